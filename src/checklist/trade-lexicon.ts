// Everyday words of the trades people follow up in that Harper's dictionary lacks (each was
// checked against harper.js 2.10: it flags every one). Credentials, acronyms and mixed-case
// product names need no list: trade-shapes.ts knows them by their shape. Plurals and other
// endings of these words are accepted too (harper-misreads.ts, isEndingOfKnownWord).
export const TRADE_LEXICON: readonly string[] = [
  // Nursing, medicine and care
  ...'troponin intubation intubated extubation extubated hemodynamic haemodynamic hemodynamics haemodynamics vasopressor pressors titrate titrating titrated venipuncture cannulation cannula cannulas catheterization catheterisation tracheostomy oximetry oximeter glucometer anticoagulation perioperative periop preceptorship precepting preceptee preceptored nephrology paediatric paediatrics orthopaedic orthopaedics hemodialysis haemodialysis creatinine arrhythmias formulary pharmacokinetics sonography sonographer endodontic endodontics prophy radiographs anaesthesia anaesthetist anaesthetic triaging bronchoscopy cardiothoracic hypotension hypotensive hypokalemia hyponatremia tachypnea dyspnea dyspnoea diaphoresis oedema procalcitonin haemoglobin coags medsurg surg gastroenterology pulmonology rheumatology haematology pathophysiology kinesiology orthotics biopsychosocial telehealth'.split(
    ' ',
  ),
  // Law
  ...'amicus certiorari habeas redlines'.split(' '),
  // Building trades, engineering and manufacturing
  ...'submittal submittals pipefitter pipefitters annunciator pneumatics ampacity megger meggering geotechnical geospatial photogrammetry tolerancing fixturing kaizen kanban drayage putaway'.split(
    ' ',
  ),
  // Retail and hospitality
  ...'planogram planograms markdown markdowns omnichannel clienteling sommelier brunoise chiffonade mixology mixologist patissier pâtissier viennoiserie charcuterie'.split(
    ' ',
  ),
  // Teaching
  ...'scaffolded summative syllabi edtech manipulatives decodable decodables alouds behaviourist'.split(' '),
  // Accounting, science and business
  ...'payables pipetting electrophoresis spectrometry aliquot aliquots plasmid plasmids transfection immunohistochemistry cytometry proteomics metabolomics learnings de-escalation'.split(
    ' ',
  ),
  // Products and frameworks people name in these trades
  ...'Cerner Meditech Pyxis Omnicell Westlaw Procore Bluebeam Revit Schoology Kahoot Desmos Xero Simulink Minitab Stata Zendesk Lightspeed Mailchimp Canva Asana Trello Kronos Paychex Taleo Moodle Nearpod Fountas Pinnell Orton Gillingham Danielson Marzano Reggio Ofsted'.split(
    ' ',
  ),
];

/**
 * Phrases borrowed from Latin and French whose parts are not English words on their own: their
 * parts are accepted only inside the phrase, so "rea" or "vide" alone is still a typo.
 */
export const BORROWED_PHRASES: readonly string[] = [
  'voir dire',
  'pro bono',
  'mens rea',
  'de novo',
  'in vitro',
  'in vivo',
  'in situ',
  'sous vide',
  'mise en place',
  'garde manger',
  'habeas corpus',
  'amicus curiae',
  'pro se',
  'per diem',
  'ad hoc',
  'bona fide',
  'force majeure',
  'prima facie',
  'chef de partie',
  'amuse bouche',
  'amuse-bouche',
];
