/**
 * A TMAD as DCC keeps it in Word, made with the `docx` library at test time: automatic multi-level
 * numbering through paragraph styles (section `%1`, clause `%1.%2`, `(%3)` lower letters, `(%4)`
 * lower Roman), an inserted clause typed as text (`4.24A`) with its numbering removed, a
 * definitions table, and tracked changes (a word replaced, a clause inserted).
 */
import { AlignmentType, DeletedTextRun, Document, InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocxSource } from '../../../src/read/docx/read-docx-source.js';
import type { SourceBlock, SourceDocument } from '../../../src/read/source-block.js';

const REVISION = { author: 'DCC', date: '2020-11-18T00:00:00Z' };

function level(levelIndex: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) {
  return { level: levelIndex, format, text, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720 * (levelIndex + 1), hanging: 720 } } } };
}

async function tmadInWord(): Promise<Uint8Array> {
  const clause = (text: string): Paragraph => new Paragraph({ style: 'DccClauseL2', children: [new TextRun(text)] });
  const section4Clauses = Array.from({ length: 23 }, (_, index) => clause(`Migration clause ${index + 1}.`));
  const doc = new Document({
    creator: 'DCC',
    title: 'SMETS1 Transition and Migration Approach Document',
    features: { trackRevisions: true },
    numbering: {
      config: [
        {
          reference: 'tmad-clauses',
          levels: [level(0, LevelFormat.DECIMAL, '%1'), level(1, LevelFormat.DECIMAL, '%1.%2'), level(2, LevelFormat.LOWER_LETTER, '(%3)'), level(3, LevelFormat.LOWER_ROMAN, '(%4)')],
        },
      ],
    },
    styles: {
      paragraphStyles: [
        // Clause styles as a DCC template has them (ids starting "Tmad" would be tmad's own front matter, left out).
        { id: 'DccClauseL1', name: 'Section Heading', basedOn: 'Heading1', next: 'DccClauseL2', paragraph: { numbering: { reference: 'tmad-clauses', level: 0 } } },
        { id: 'DccClauseL2', name: 'Clause', basedOn: 'Normal', paragraph: { numbering: { reference: 'tmad-clauses', level: 1 } } },
        { id: 'DccClauseL3', name: 'Sub-paragraph', basedOn: 'Normal', paragraph: { numbering: { reference: 'tmad-clauses', level: 2 } } },
        { id: 'DccClauseL4', name: 'Sub-sub-paragraph', basedOn: 'Normal', paragraph: { numbering: { reference: 'tmad-clauses', level: 3 } } },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ style: 'Title', children: [new TextRun('SMETS1 Transition and Migration Approach Document')] }),
          new Paragraph({ style: 'DccClauseL1', children: [new TextRun('Definitions and Interpretation')] }),
          new Paragraph({ style: 'DccClauseL2', children: [new TextRun('In this document the following terms have these meanings:')] }),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: [new TableCell({ children: [new Paragraph('Term')] }), new TableCell({ children: [new Paragraph('Meaning')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Dormant Meter')] }), new TableCell({ children: [new Paragraph('a SMETS1 meter that is not communicating.')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Migration')] }), new TableCell({ children: [new Paragraph('moving a meter to the DCC.')] })] }),
            ],
          }),
          new Paragraph({ style: 'DccClauseL1', children: [new TextRun('Roles')] }),
          new Paragraph({ style: 'DccClauseL2', children: [new TextRun('The DCC '), new DeletedTextRun({ id: 1, ...REVISION, text: 'may' }), new InsertedTextRun({ id: 2, ...REVISION, text: 'shall' }), new TextRun(' coordinate migration.')] }),
          new Paragraph({ style: 'DccClauseL1', children: [new TextRun('Planning')] }),
          new Paragraph({ style: 'DccClauseL2', children: [new TextRun('Plans are published.')] }),
          new Paragraph({ style: 'DccClauseL1', children: [new TextRun('Migration')] }),
          ...section4Clauses,
          new Paragraph({ style: 'DccClauseL2', run: { insertion: { id: 3, ...REVISION } }, children: [new InsertedTextRun({ id: 4, ...REVISION, text: 'An inserted clause.' })] }),
          new Paragraph({ style: 'DccClauseL2', children: [new TextRun('The DCC shall migrate each Dormant Meter:')] }),
          new Paragraph({ style: 'DccClauseL3', children: [new TextRun('in batches;')] }),
          new Paragraph({ style: 'DccClauseL4', children: [new TextRun('of no more than 1000 meters;')] }),
          new Paragraph({ style: 'DccClauseL4', children: [new TextRun('agreed with the supplier;')] }),
          new Paragraph({ style: 'DccClauseL3', children: [new TextRun('and report on each batch.')] }),
          new Paragraph({ style: 'DccClauseL2', numbering: false, children: [new TextRun({ text: '4.24A', bold: true }), new TextRun('\tWhere a Dormant Meter cannot be migrated, the DCC shall say why.')] }),
          new Paragraph({ style: 'DccClauseL2', children: [new TextRun('Clause 4.25 follows the inserted one.')] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function show(block: SourceBlock): string {
  if (block.kind === 'heading') return `H${block.depth} ${block.number ? `${block.number.text} ` : ''}${block.text}`;
  if (block.kind === 'paragraph') return `${block.number ? `${block.number.text} ` : ''}${block.text}`;
  if (block.kind === 'table') return `T ${[block.header, ...block.rows].map((row) => row.join(' | ')).join(' / ')}`;
  return `N ${block.ruleId}`;
}

describe('a TMAD in Word\'s own style', () => {
  let accepted: SourceDocument;
  let rejected: SourceDocument;
  beforeAll(async () => {
    const bytes = await tmadInWord();
    accepted = await readDocxSource(bytes, 'tmad.docx', {});
    rejected = await readDocxSource(bytes, 'tmad.docx', { view: 'reject' });
  });

  it('reads the numbers Word shows, with clause depth from the level text', () => {
    const shown = accepted.blocks.map(show);
    expect(shown.slice(0, 10)).toEqual([
      'N docx-revisions',
      'H1 SMETS1 Transition and Migration Approach Document',
      'H2 1 Definitions and Interpretation',
      '1.1 In this document the following terms have these meanings:',
      'T Term | Meaning / Dormant Meter | a SMETS1 meter that is not communicating. / Migration | moving a meter to the DCC.',
      'H2 2 Roles',
      '2.1 The DCC shall coordinate migration.',
      'H2 3 Planning',
      '3.1 Plans are published.',
      'H2 4 Migration',
    ]);
    expect(shown.slice(10, 13)).toEqual(['4.1 Migration clause 1.', '4.2 Migration clause 2.', '4.3 Migration clause 3.']);
    expect(shown.slice(32)).toEqual([
      '4.23 Migration clause 23.',
      '4.24 An inserted clause.',
      '4.25 The DCC shall migrate each Dormant Meter:',
      '(a) in batches;',
      '(i) of no more than 1000 meters;',
      '(ii) agreed with the supplier;',
      '(b) and report on each batch.',
      '4.24A\tWhere a Dormant Meter cannot be migrated, the DCC shall say why.',
      '4.26 Clause 4.25 follows the inserted one.',
    ]);
    const depth = (text: string): number | undefined => {
      const block = accepted.blocks.find((candidate) => (candidate.kind === 'paragraph' || candidate.kind === 'heading') && candidate.number?.text === text);
      return block && block.kind !== 'table' && block.kind !== 'note' ? block.number?.depth : undefined;
    };
    expect([depth('4'), depth('4.25'), depth('(a)'), depth('(ii)')]).toEqual([1, 2, 1, 1]);
    const typed = accepted.blocks.find((block) => block.kind === 'paragraph' && block.text.startsWith('4.24A'));
    expect(typed && typed.kind === 'paragraph' ? typed.number : 'missing').toBeUndefined();
  });

  it('the reject view is the original: no inserted clause, so the numbers after it are one lower', () => {
    const shown = rejected.blocks.map(show);
    expect(shown).toContain('2.1 The DCC may coordinate migration.');
    expect(shown).not.toContain('4.24 An inserted clause.');
    expect(shown.slice(-7)).toEqual([
      '4.24 The DCC shall migrate each Dormant Meter:',
      '(a) in batches;',
      '(i) of no more than 1000 meters;',
      '(ii) agreed with the supplier;',
      '(b) and report on each batch.',
      '4.24A\tWhere a Dormant Meter cannot be migrated, the DCC shall say why.',
      '4.25 Clause 4.25 follows the inserted one.',
    ]);
    expect(accepted.blocks.length - rejected.blocks.length).toBe(1);
  });

  it('takes the title and author from the document properties', () => {
    expect(accepted.meta.title).toBe('SMETS1 Transition and Migration Approach Document');
    expect(accepted.meta.author).toBe('DCC');
  });
});
