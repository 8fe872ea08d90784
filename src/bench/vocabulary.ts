/**
 * Words for synthetic documents: the lower-case vocabulary of regulatory drafting, sentence
 * openers the `undefined-term` rule ignores, and the parts defined terms are made of.
 * @module
 */

/** Lower-case words that make up ordinary clause text. None is a cross-reference keyword. */
export const WORDS: readonly string[] = (
  'the a an of to in for on by with within under upon after before until unless where which that ' +
  'such each any every all other its their this those these and or not only also may shall must will ' +
  'should be is are been being has have had make made give given provide provided procure ensure ' +
  'notify notified publish published maintain maintained record recorded update updated request ' +
  'requested submit submitted approve approved reject rejected complete completed commence commenced ' +
  'assess assessed agree agreed consult consulted determine determined specify specified comply ' +
  'apply applies applied take taken reasonable reasonably practicable necessary appropriate relevant ' +
  'applicable affected available responsible required permitted prior subsequent following preceding ' +
  'written electronic secure technical operational commercial financial material substantial partial ' +
  'whole period date time day days week weeks month months year notice notices report reports ' +
  'information data details evidence record records register list lists plan plans schedule ' +
  'arrangement arrangements procedure procedures process processes service services system systems ' +
  'device devices meter meters premises consumer consumers supplier suppliers operator operators ' +
  'person persons party parties body authority regulator licence licensee obligation obligations ' +
  'requirement requirements provision provisions purpose purposes extent manner means basis ' +
  'circumstances event events failure failures change changes amendment amendments review reviews ' +
  'test tests testing result results criteria threshold limit limits capacity volume volumes charge ' +
  'charges cost costs payment payments invoice account accounts security credentials configuration ' +
  'firmware version versions model models installation installations communication communications ' +
  'connection network networks migration transfer transition rollback recovery incident incidents ' +
  'response responses decision decisions direction directions approval consent consents delay delays ' +
  'extension extensions exception exceptions dispute disputes resolution escalation stage stages ' +
  'phase phases tranche tranches window windows release releases document documents copy copies ' +
  'website email letter form forms template templates format formats part parts paragraph clause ' +
  'number numbers total maximum minimum per cent working calendar business hours hour'
)
  .split(' ')
  .filter((word) => word !== 'paragraph' && word !== 'clause');

/**
 * Capitalised words that open sentences. Each is one the `undefined-term` lint rule drops at the
 * start of a capitalised run, so "Each Active Meter" never reads as an undefined term.
 */
export const OPENERS: readonly string[] = ['The', 'Each', 'Where', 'When', 'If', 'In', 'For', 'Subject', 'Unless', 'Within', 'Following', 'Upon', 'Any'];

/** Joining phrases before a cross-reference. */
export const REF_LEADS: readonly string[][] = [
  ['in', 'accordance', 'with'],
  ['as', 'set', 'out', 'in'],
  ['under'],
  ['subject', 'to'],
  ['described', 'in'],
  ['referred', 'to', 'in'],
];

/** First words of defined terms. */
export const TERM_MODIFIERS: readonly string[] = [
  'Active', 'Dormant', 'Eligible', 'Daily', 'Final', 'Initial', 'Mixed', 'Network', 'Responsible', 'Secure',
  'Annual', 'Central', 'Regional', 'Interim', 'Planned', 'Standard', 'Critical', 'Remote', 'Shared', 'Primary',
];

/** Last words of defined terms. */
export const TERM_HEADS: readonly string[] = [
  'Migration', 'Meter', 'Supplier', 'Window', 'Cohort', 'Installation', 'Service', 'Report', 'Schedule', 'Notice',
  'Device', 'Party', 'Record', 'Register', 'Status', 'Plan', 'Limit', 'Failure', 'Operator', 'Agreement',
  'Charge', 'Event', 'Test', 'Release', 'Incident',
];

/** Acronyms used as defined terms. */
export const ACRONYMS: readonly string[] = ['DCC', 'DSP', 'SMSO', 'CSP', 'SSI'];

/** Capitalised first words of section titles and sub-headings (headings are not linted for terms). */
export const TITLE_WORDS: readonly string[] = [
  'General', 'Eligibility', 'Scheduling', 'Capacity', 'Testing', 'Reporting', 'Rollback', 'Security', 'Charging',
  'Governance', 'Transition', 'Registration', 'Communications', 'Incidents', 'Releases', 'Disputes', 'Records', 'Access',
];
