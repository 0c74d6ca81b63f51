// Everyday words of the trades people follow up in that Harper's dictionary lacks (each was
// checked against harper.js 2.10: it flags every one). Credentials, acronyms and mixed-case
// product names need no list: trade-shapes.ts knows them by their shape; nor do a word made from
// one Harper knows (a clipped "topo", "rebacking", "tensioning": word-forms.ts), chemicals
// (chemical-names.ts) or another language's greetings (BORROWED_PHRASES below). What is listed
// here has no such shape: nothing but a dictionary tells "flyer" or "contracture" from a slip.
// Plurals and other endings of these words are accepted too (harper-misreads.ts, isEndingOfKnownWord).
export const TRADE_LEXICON: readonly string[] = [
  // Nursing, medicine and care
  ...'troponin intubation intubated extubation extubated hemodynamic haemodynamic hemodynamics haemodynamics vasopressor pressors titrate titrating titrated venipuncture cannulation cannula cannulas catheterization catheterisation tracheostomy oximetry oximeter glucometer anticoagulation perioperative periop preceptorship precepting preceptee preceptored nephrology paediatric paediatrics orthopaedic orthopaedics hemodialysis haemodialysis creatinine arrhythmias formulary pharmacokinetics sonography sonographer endodontic endodontics prophy radiographs anaesthesia anaesthetist anaesthetic triaging bronchoscopy cardiothoracic hypotension hypotensive hypokalemia hyponatremia tachypnea dyspnea dyspnoea diaphoresis oedema procalcitonin haemoglobin coags medsurg surg gastroenterology pulmonology rheumatology haematology pathophysiology kinesiology orthotics biopsychosocial telehealth contracture capnograph'.split(
    ' ',
  ),
  // Medicines: the generic names most prescribed in the United States and the United Kingdom,
  // and those of veterinary anaesthesia, that Harper flags (aspirin, insulin, warfarin, heparin,
  // metformin and morphine it knows). A misspelt one ("apixiban") is still reported.
  ...'atorvastatin simvastatin rosuvastatin pravastatin lisinopril enalapril ramipril losartan valsartan olmesartan amlodipine diltiazem metoprolol atenolol carvedilol bisoprolol hydrochlorothiazide chlorthalidone bumetanide spironolactone glipizide glimepiride sitagliptin empagliflozin dapagliflozin canagliflozin semaglutide liraglutide dulaglutide tirzepatide glargine lispro levothyroxine omeprazole esomeprazole pantoprazole lansoprazole famotidine ondansetron metoclopramide sertraline citalopram escitalopram paroxetine venlafaxine duloxetine bupropion mirtazapine trazodone nortriptyline quetiapine olanzapine risperidone aripiprazole haloperidol lamotrigine levetiracetam topiramate gabapentin pregabalin carbamazepine valproate clonazepam lorazepam alprazolam midazolam zolpidem hydrocodone hydromorphone tramadol buprenorphine naloxone naltrexone naproxen celecoxib meloxicam prednisolone dexamethasone methylprednisolone clavulanate azithromycin doxycycline cephalexin ceftriaxone ciprofloxacin levofloxacin nitrofurantoin sulfamethoxazole trimethoprim clindamycin vancomycin piperacillin tazobactam meropenem metronidazole fluconazole valacyclovir oseltamivir apixaban rivaroxaban dabigatran edoxaban enoxaparin clopidogrel ticagrelor prasugrel albuterol salbutamol fluticasone budesonide montelukast tiotropium cetirizine loratadine diphenhydramine tamsulosin finasteride sildenafil tadalafil allopurinol colchicine alendronate hydroxychloroquine adalimumab infliximab etanercept rituximab pembrolizumab nivolumab trastuzumab bevacizumab tacrolimus cyclosporine mycophenolate medroxyprogesterone levonorgestrel donepezil memantine ropinirole pramipexole carbidopa levodopa sumatriptan rizatriptan cyclobenzaprine baclofen tizanidine methocarbamol'.split(
    ' ',
  ),
  ...'medetomidine dexmedetomidine carprofen robenacoxib maropitant alfaxalone propofol isoflurane sevoflurane acepromazine butorphanol'.split(
    ' ',
  ),
  // Pharmacy, dentistry and research
  ...'anticholinergic anticholinergics deprescribing pharmacogenomic pharmacogenomics capnography perio colonic lentivirus lentiviral electrophysiology immunofluorescence'.split(
    ' ',
  ),
  // British words whose American form Harper does not even suggest (see isOtherDialectSpelling),
  // and the British shift names ("on earlies and lates")
  ...'programme programmes cheque cheques earlies lates'.split(' '),
  // Law
  ...'amicus certiorari habeas redlines'.split(' '),
  // Building trades, engineering and manufacturing
  ...'submittal submittals pipefitter pipefitters annunciator pneumatics ampacity megger meggering geotechnical geospatial photogrammetry tolerancing fixturing kaizen kanban drayage putaway lidar thermite perc regen'.split(
    ' ',
  ),
  // Retail and hospitality
  ...'planogram planograms markdown markdowns omnichannel clienteling sommelier brunoise chiffonade velouté gastrique shakshuka mixology mixologist patissier pâtissier viennoiserie charcuterie macaron roastery chypre mise flyer'.split(
    ' ',
  ),
  // Crafts: glass, locks, youth work
  ...'murrine murrina bitting chaperone'.split(' '),
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
  'en banc',
  'in limine',
  'ex parte',
  'sua sponte',
  'inter alia',
  'stare decisis',
  'res judicata',
  'lis pendens',
  'duces tecum',
  'nunc pro tunc',
  'pro hac vice',
  'de minimis',
  'ultra vires',
  'obiter dicta',
  'ratio decidendi',
  'res ipsa loquitur',
  // Latin and French phrases that English dictionaries list as English words of their own
  'modus operandi',
  'modus vivendi',
  'vis-à-vis',
  'vis-a-vis',
  'sine qua non',
  'ad nauseam',
  'ad infinitum',
  'tête-à-tête',
  "raison d'être",
  'joie de vivre',
  'esprit de corps',
  'mea culpa',
  'magnum opus',
  'terra incognita',
  'non sequitur',
  'quid pro quo',
  // Thanks and closings in the writer's other language: a chef signs "Grazie mille", a realtor
  // "Un saludo". Only the whole phrase is accepted; "Gracais" is still a typo.
  'merci',
  'merci beaucoup',
  'merci encore',
  'bien à vous',
  'cordialement',
  'grazie',
  'grazie mille',
  'cordiali saluti',
  'gracias',
  'muchas gracias',
  'gracias de nuevo',
  'un saludo',
  'saludos',
  'atentamente',
  'obrigado',
  'obrigada',
  'danke',
  'vielen dank',
  'dank je wel',
  'go raibh maith agat',
  'shukran',
  'bon appétit',
  'bon appetit',
  'asante sana',
  // Greetings and sign-offs in the languages people greet in within an English letter: te reo
  // Māori in New Zealand ("Kia ora Aroha,", "Ngā mihi nui,"), Pacific, Hawaiian, South Asian,
  // Southern African and others. A formula, not a word: "ora" or "mihi" alone is still a typo.
  'kia ora',
  'kia ora koe',
  'kia ora kōrua',
  'kia ora korua',
  'kia ora koutou',
  'tēnā koe',
  'tena koe',
  'tēnā kōrua',
  'tena korua',
  'tēnā koutou',
  'tena koutou',
  'mōrena',
  'morena',
  'ngā mihi',
  'nga mihi',
  'ngā mihi nui',
  'nga mihi nui',
  'ngā mihi mahana',
  'nga mihi mahana',
  'nāku noa',
  'naku noa',
  'nāku noa, nā',
  'naku noa, na',
  'mauri ora',
  'noho ora mai',
  'kia pai tō rā',
  'talofa',
  'talofa lava',
  'mālō e lelei',
  'malo e lelei',
  'bula vinaka',
  'vinaka',
  'mahalo',
  'mahalo nui loa',
  'salaam',
  'salaam alaikum',
  'assalamu alaikum',
  'as-salamu alaykum',
  'namaskar',
  'namaskaram',
  'vanakkam',
  'sat sri akal',
  'sawubona',
  'dumela',
  'molweni',
  'habari',
  'mabuhay',
  'kumusta',
  'kamusta',
  'xin chào',
  'sawasdee',
  'annyeong haseyo',
  'konnichiwa',
  'bore da',
  'shwmae',
  'dia duit',
  'dia dhuit',
];
