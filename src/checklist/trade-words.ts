// Credentials, licences and acronyms of the trades people follow up in besides software:
// nursing and care, finance, teaching, the building trades, retail, hospitality, HR. A general
// dictionary flags them and capitals make them look shouted ("Jane Doe, RN, BSN, CCRN"); they are
// known words for spelling and never shouting for tone.
export const CREDENTIALS: readonly string[] = [
  // Nursing and care
  'RN', 'RNs', 'LPN', 'LPNs', 'LVN', 'BSN', 'MSN', 'DNP', 'APRN', 'NP', 'CNA', 'CNAs', 'CCRN', 'CEN', 'CNOR', 'PCCN', 'ICU', 'NICU',
  'PICU', 'CCU', 'PACU', 'ER', 'ED', 'OR', 'EHR', 'EMR', 'BLS', 'ACLS', 'PALS', 'NRP', 'CPR', 'EMT', 'EMTs', 'HIPAA', 'NMC', 'NHS',
  'HCA', 'MD', 'PA', 'PT', 'OT', 'SLP', 'DDS', 'PharmD', 'MSW', 'LCSW',
  // Finance and accounting
  'CPA', 'CPAs', 'CFA', 'CFP', 'CMA', 'CIA', 'CISA', 'FRM', 'CAIA', 'ACCA', 'ACA', 'CIMA', 'EA', 'GAAP', 'IFRS', 'SOX', 'AML', 'KYC',
  'FINRA', 'SEC', 'P&L', 'ROI', 'EBITDA', 'FP&A', 'AP', 'AR', 'YoY', 'QoQ',
  // Degrees and management
  'MBA', 'MBAs', 'PhD', 'MSc', 'BSc', 'BA', 'MA', 'MEd', 'EdD', 'JD', 'PMP', 'CAPM', 'PMI', 'CSM', 'PRINCE2', 'CEO', 'CFO', 'COO',
  'CTO', 'CMO', 'VP', 'SVP', 'EVP', 'HR', 'HRBP', 'SHRM', 'CIPD', 'PHR', 'SPHR',
  // Teaching
  'ESL', 'ELL', 'EAL', 'ESOL', 'TEFL', 'TESOL', 'CELTA', 'IEP', 'IEPs', 'SEN', 'SEND', 'SENCO', 'PGCE', 'QTS', 'GCSE', 'GCSEs', 'IB',
  'AP', 'K-12', 'STEM', 'STEAM', 'PTA', 'SAT', 'ACT', 'NQT', 'ECT',
  // Building trades and facilities
  'HVAC', 'OSHA', 'NEC', 'CDL', 'PLC', 'PLCs', 'CAD', 'AutoCAD', 'EPA', 'NICEIC', 'CSCS', 'PPE', 'LOTO', 'MEP',
  // Retail and hospitality
  'POS', 'SKU', 'SKUs', 'ServSafe', 'TIPS', 'WSET', 'F&B', 'FOH', 'BOH', 'GM', 'AGM', 'KPI', 'NPS', 'ADR', 'RevPAR', 'OTA', 'CRM',
];
