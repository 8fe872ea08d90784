/**
 * A paragraph's inline content in one view of its tracked changes: runs' text, tabs and breaks,
 * fields, bookmarks, footnote references and inline content controls. Comments, drawings, text
 * boxes and alternate content are kept out of the text.
 * @module
 */
import { childElement, type XmlElement, type XmlNode } from '../../../docx/xml.js';
import { isOn, ownText } from '../ooxml.js';
import { addInstruction, beginField, endField, place, separateField, type FieldFrame, type FieldSink } from './fields.js';

/** What reading inline content needs: the view, the open fields, and the paragraph being read. */
export interface InlineContext {
  /** Which side of tracked changes to read. */
  view: 'accept' | 'reject';
  /** Open fields (carried across paragraphs). */
  stack: FieldFrame[];
  /** The paragraph being read. */
  sink: FieldSink;
  /** Record a bookmark starting here. */
  bookmark(name: string): void;
  /** Record a footnote reference. */
  footnote(id: string): void;
}

/**
 * Read inline nodes (the children of a `w:p`, a hyperlink, an inline content control...).
 * @param nodes The nodes.
 * @param context The view, fields and paragraph.
 */
export function readInline(nodes: readonly XmlNode[], context: InlineContext): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    switch (node.name) {
      case 'w:r':
        readRun(node, context);
        break;
      case 'w:ins':
      case 'w:moveTo':
        if (context.view === 'accept') readInline(node.children, context);
        break;
      case 'w:del':
      case 'w:moveFrom':
        if (context.view === 'reject') readInline(node.children, context);
        break;
      case 'w:hyperlink':
      case 'w:smartTag':
      case 'w:customXml':
      case 'w:bdo':
      case 'w:dir':
        readInline(node.children, context);
        break;
      case 'w:sdt': {
        const content = childElement(node, 'w:sdtContent');
        if (content) readInline(content.children, context);
        break;
      }
      case 'w:fldSimple': {
        const frame = beginField(context.stack, node.attributes['w:instr'] ?? '');
        separateField(context.stack);
        readInline(node.children, context);
        if (context.stack[context.stack.length - 1] === frame) endField(context.stack, context.sink);
        break;
      }
      case 'w:bookmarkStart': {
        const name = node.attributes['w:name'];
        if (name) context.bookmark(name);
        break;
      }
      default:
        break;
    }
  }
}

function readRun(run: XmlElement, context: InlineContext): void {
  const rPr = childElement(run, 'w:rPr');
  const hidden = isOn(rPr, 'w:vanish') || isOn(rPr, 'w:specVanish');
  const text = (value: string): void => {
    if (!hidden && value !== '') place(context.stack, context.sink, { kind: 'text', text: value });
  };
  for (const node of run.children) {
    if (node.type !== 'element') continue;
    switch (node.name) {
      case 'w:t':
        text(ownText(node));
        break;
      case 'w:delText':
        if (context.view === 'reject') text(ownText(node));
        break;
      case 'w:instrText':
        addInstruction(context.stack, ownText(node));
        break;
      case 'w:delInstrText':
        if (context.view === 'reject') addInstruction(context.stack, ownText(node));
        break;
      case 'w:fldChar': {
        const type = node.attributes['w:fldCharType'];
        if (type === 'begin') beginField(context.stack);
        else if (type === 'separate') separateField(context.stack);
        else if (type === 'end') endField(context.stack, context.sink);
        break;
      }
      case 'w:tab':
      case 'w:ptab':
        text('\t');
        break;
      case 'w:br': {
        const type = node.attributes['w:type'];
        if (type !== 'page' && type !== 'column') text('\n');
        break;
      }
      case 'w:cr':
        text('\n');
        break;
      case 'w:noBreakHyphen':
        text('-');
        break;
      case 'w:sym': {
        const code = Number.parseInt(node.attributes['w:char'] ?? '', 16);
        if (Number.isInteger(code) && code > 0) text(String.fromCodePoint(code >= 0xf000 ? code - 0xf000 : code));
        break;
      }
      case 'w:footnoteReference': {
        const id = node.attributes['w:id'];
        if (id !== undefined) context.footnote(id);
        break;
      }
      default:
        break;
    }
  }
}
