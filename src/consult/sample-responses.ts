/**
 * The sample responses of the FOCb consultation (`documents/consultations/focb/responses/`), made
 * by filling the generated template as respondents would. Regenerate with `npm run samples`.
 * @module
 */
import type { Consultation } from './consultation.js';
import { fillTemplate, type FillBlock, type FillValue } from './fill-template.js';

/** A sample respondent and what they type. */
interface Sample {
  file: string;
  name: string;
  organisation: string;
  email: string;
  category: string;
  whole: 'Yes' | 'No';
  /** Publication choice as typed (absent: the template's default, organisation only). */
  publication?: string;
  /** Reason for confidentiality. */
  reason?: string;
  position: string;
  confidential: 'Yes' | 'No';
  rationale: FillBlock[];
  comments?: Record<string, FillValue>;
  /** Clause comments marked confidential. */
  confidentialComments?: string[];
}

const p = (...runs: Array<string | { ins: string } | { del: string }>): FillBlock => ({ kind: 'paragraph', runs });
const bullet = (text: string, level = 0): FillBlock => ({ kind: 'bullet', text, level });

const SAMPLES: Sample[] = [
  {
    file: '01-northgate-energy.docx',
    name: 'Priya Raman',
    organisation: 'Northgate Energy',
    email: 'priya.raman@northgate-energy.example',
    category: 'Large Supplier',
    whole: 'No',
    publication: 'With my name and organisation',
    position: 'Agree',
    confidential: 'No',
    rationale: [
      p('Northgate Energy supports migrating only installations whose half-hourly data switch is off. Consumers have not consented to the S1SP receiving half-hourly data, and this is the prudent way to respect that.'),
      p('We ask DCC to confirm three things:'),
      bullet('that the restriction ends as soon as the S1SP can set the switch itself;'),
      bullet('how suppliers will be told which installations were held back;'),
      bullet('that a held-back installation keeps its place in the migration plan.'),
      p('With those assurances we are content with the drafting.'),
    ],
    comments: { '4.44B': [p('The obligation is clear. Please say how a supplier evidences that the switch was off at the time it authorised migration.')] },
  },
  {
    file: '02-brightwater-power.docx',
    name: 'Tom Ellery',
    organisation: 'Brightwater Power',
    email: 't.ellery@brightwater.example',
    category: 'Large Supplier',
    whole: 'No',
    reason: 'Our answer quotes our own survey of the FOC estate, which is commercially sensitive.',
    position: 'Disagree',
    confidential: 'Yes',
    rationale: [
      p('Brightwater Power does not agree. Our own survey of the FOC estate shows the switch is on for a large share of our meters:'),
      { kind: 'table', rows: [['Meter type', 'Switch on', 'Switch off'], ['Active', '4,310', '11,902'], ['Mixed', '215', '1,044']] },
      p('Holding these back would leave ', { del: 'many' }, { ins: 'thousands of' }, ' our customers without smart services over the winter. Internal reference BW-CONF-7731.'),
    ],
  },
  {
    file: '03-kestrel-gas-and-power.docx',
    name: 'Hannah Cole',
    organisation: 'Kestrel Gas & Power',
    email: 'hannah@kestrel.example',
    category: 'Small Supplier',
    whole: 'No',
    position: 'Agree',
    confidential: 'No',
    rationale: [p('We agree. The change is small and temporary, and protects consumers. We have no comments on the legal drafting.')],
  },
  {
    file: '04-meadow-energy.docx',
    name: 'Oliver Grant',
    organisation: 'Meadow Energy',
    email: 'oliver.grant@meadow.example',
    category: 'Small Supplier',
    whole: 'Yes',
    publication: 'Do not publish',
    reason: 'Our systems readiness is not public.',
    position: 'Neutral',
    confidential: 'No',
    rationale: [
      p('Meadow Energy has no objection in principle, but our systems cannot yet read the switch setting from the Communications Hub.'),
      p('We expect to build this by the end of January (project MDW-SWITCH-19); until then we would authorise no migrations at all.'),
    ],
    comments: { '4.24A': [p('Please allow a supplier to rely on DCC’s reading of the switch.')] },
  },
  {
    file: '05-eastern-distribution-networks.docx',
    name: 'Fiona Walsh',
    organisation: 'Eastern Distribution Networks',
    email: 'fiona.walsh@edn.example',
    category: 'Network Party',
    whole: 'No',
    publication: 'With my name and organisation',
    position: 'Neutral',
    confidential: 'No',
    rationale: [
      p('As a network operator we are not directly affected by the restriction. We note:'),
      bullet('network operators do not receive half-hourly consumption data through the S1SP;'),
      bullet('we would like to see the weekly numbers of held-back installations.'),
    ],
  },
  {
    file: '06-meterserve.docx',
    name: 'Daniel Okafor',
    organisation: 'MeterServe Ltd',
    email: 'd.okafor@meterserve.example',
    category: 'Other SEC Party',
    whole: 'No',
    reason: 'Our comment on 4.24A refers to a contract with an SMSO.',
    confidentialComments: ['4.24A'],
    position: 'Agree',
    confidential: 'No',
    rationale: [p('MeterServe agrees with the amendments.'), p('We support DCC working with each SMETS1 SMSO to confirm the switch before Dormant Meters migrate.')],
    comments: {
      '4.24': [p('Suggest "confirmed in writing by the SMETS1 SMSO" to make the evidence clear.')],
      '4.24A': [p('Our contract with the SMSO (reference MS-SMSO-88) already requires written confirmation of the switch.')],
    },
  },
  {
    file: '07-citizens-energy-forum.docx',
    name: 'Grace Lin',
    organisation: 'Citizens Energy Forum',
    email: 'grace.lin@cef.example',
    category: 'Other',
    whole: 'No',
    publication: 'Anonymously',
    position: 'Disagree',
    confidential: 'No',
    rationale: [
      p('We disagree with the approach, although we share DCC’s concern for consent.'),
      p('Consumers with the switch on will lose smart functionality for longer through no fault of their own. DCC should instead turn the switch off remotely, with notice to the consumer, so that every installation can migrate.'),
      p('If the proposal goes ahead, DCC should publish a date by which the restriction ends.'),
    ],
  },
  {
    file: '08-harbour-utilities.docx',
    name: 'Marcus Webb',
    organisation: 'Harbour Utilities',
    email: 'marcus.webb@harbour.example',
    category: 'Large Supplier',
    whole: 'No',
    reason: 'Our answer refers to a commercial contract.',
    position: 'Agree',
    confidential: 'Yes',
    rationale: [p('We agree, subject to our commercial arrangements with our meter asset provider (contract HU-MAP-2020-44) allowing the extra checks.')],
    comments: { '4.44B': [p('The words ', { del: '"where the switch is off"' }, { ins: '"only where the Half-Hourly Data Switch is set to off"' }, ' would match the new definition.')] },
  },
  {
    file: '09-western-gas-networks.docx',
    name: 'Alan Price',
    organisation: 'Western Gas Networks',
    email: 'alan.price@wgn.example',
    category: 'Network Party',
    whole: 'No',
    position: 'Agree',
    confidential: 'No',
    rationale: [p('We agree with the proposal and the legal drafting.')],
  },
];

/**
 * Fill the template once per sample respondent.
 * @param template The consultation's response template.
 * @param consultation The consultation (its first question is answered).
 * @returns File names and bytes.
 */
export function sampleResponses(template: Uint8Array, consultation: Consultation): Array<{ name: string; bytes: Uint8Array }> {
  const question = consultation.questions[0]?.id ?? '';
  return SAMPLES.map((sample) => {
    const values = new Map<string, FillValue>([
      ['tmad:respondent:name', [sample.name]],
      ['tmad:respondent:organisation', [sample.organisation]],
      ['tmad:respondent:email', [sample.email]],
      ['tmad:respondent:category', [sample.category]],
      ['tmad:respondent:wholeConfidential', [sample.whole]],
      [`tmad:question:${question}:position`, [sample.position]],
      [`tmad:question:${question}:rationale`, sample.rationale],
      [`tmad:question:${question}:confidential`, [sample.confidential]],
    ]);
    for (const [clause, comment] of Object.entries(sample.comments ?? {})) values.set(`tmad:clause:${clause}:comment`, comment);
    if (sample.publication) values.set('tmad:respondent:publication', [sample.publication]);
    if (sample.reason) values.set('tmad:respondent:confidentialReason', [sample.reason]);
    for (const clause of sample.confidentialComments ?? []) values.set(`tmad:clause:${clause}:confidential`, ['Yes']);
    return { name: sample.file, bytes: fillTemplate(template, values, { author: sample.name, date: '2020-11-25T10:00:00Z' }) };
  });
}
