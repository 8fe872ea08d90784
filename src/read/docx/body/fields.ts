/**
 * Word fields (`w:fldChar` begin/separate/end with `w:instrText`, and `w:fldSimple`) while walking
 * a body: which results are text, which are dropped (a table of contents, page references, index
 * and contents entries), which are kept to resolve later (`REF` cross-references), and which are
 * placeholders (`MACROBUTTON`). Fields nest and may span paragraphs (a `TOC` does), so the open
 * fields live in a stack the walker carries from paragraph to paragraph.
 * @module
 */
import type { RawNote, RawSegment } from './raw-blocks.js';

/** What happens to a field's result. */
export type FieldMode = 'text' | 'drop' | 'ref';

/** An open field. */
export interface FieldFrame {
  /** The field code as read so far. */
  instruction: string;
  /** `code` until `separate`, then `result`. */
  phase: 'code' | 'result';
  /** Decided at `separate` (or `end` for a field without a result). */
  mode: FieldMode;
  /** The result's text, for a `ref` field. */
  captured: string;
}

/** Where text goes: a paragraph's segments, plus what the field stack wants noted. */
export interface FieldSink {
  /** Append a segment to the paragraph being read. */
  push(segment: RawSegment): void;
  /** Note something about the paragraph being read. */
  note(note: RawNote): void;
  /** The paragraph being read had text dropped as part of a table of contents. */
  contents(): void;
}

const DROPPED = new Set(['TOC', 'PAGEREF', 'TC', 'XE', 'RD', 'INDEX', 'TOA', 'TA']);

/**
 * The first word of a field code, upper case (`REF`, `TOC`, `MACROBUTTON`).
 * @param instruction The field code.
 * @returns Its name.
 */
export function fieldName(instruction: string): string {
  return (/^\s*(\S+)/.exec(instruction)?.[1] ?? '').toUpperCase();
}

/**
 * What happens to a field's result.
 * @param instruction The field code.
 * @returns `drop` for contents, page references and entries; `ref` for `REF`; `text` otherwise.
 */
export function fieldMode(instruction: string): FieldMode {
  const name = fieldName(instruction);
  if (DROPPED.has(name)) return 'drop';
  if (name === 'REF') return 'ref';
  return 'text';
}

/**
 * Send text where the open fields say: nowhere inside a field code or a dropped result, into the
 * innermost `REF` being captured, else into the paragraph.
 * @param stack The open fields, innermost last.
 * @param sink The paragraph being read.
 * @param segment The text (or resolved reference) to place.
 * @param below Only look at frames below this index (used when a frame closes).
 */
export function place(stack: readonly FieldFrame[], sink: FieldSink, segment: RawSegment, below = stack.length): void {
  for (let index = below - 1; index >= 0; index -= 1) {
    const frame = stack[index];
    if (!frame) continue;
    if (frame.phase === 'code') return;
    if (frame.mode === 'drop') {
      if (fieldName(frame.instruction) === 'TOC') sink.contents();
      return;
    }
    if (frame.mode === 'ref') {
      frame.captured += segment.kind === 'text' ? segment.text : segment.cached;
      return;
    }
  }
  sink.push(segment);
}

/**
 * Open a field (`w:fldChar w:fldCharType="begin"`, or a `w:fldSimple`).
 * @param stack The open fields.
 * @param instruction The code when already known (`w:fldSimple`), else empty.
 * @returns The new frame.
 */
export function beginField(stack: FieldFrame[], instruction = ''): FieldFrame {
  const frame: FieldFrame = { instruction, phase: 'code', mode: 'text', captured: '' };
  stack.push(frame);
  return frame;
}

/**
 * Append field code (`w:instrText`) to the innermost field still reading its code.
 * @param stack The open fields.
 * @param text The code text.
 */
export function addInstruction(stack: readonly FieldFrame[], text: string): void {
  const frame = stack[stack.length - 1];
  if (frame && frame.phase === 'code') frame.instruction += text;
}

/**
 * `w:fldChar w:fldCharType="separate"`: the code is complete, the result follows.
 * @param stack The open fields.
 */
export function separateField(stack: readonly FieldFrame[]): void {
  const frame = stack[stack.length - 1];
  if (frame && frame.phase === 'code') {
    frame.phase = 'result';
    frame.mode = fieldMode(frame.instruction);
  }
}

/**
 * `w:fldChar w:fldCharType="end"`: close the innermost field and place what it leaves behind: a
 * `REF` becomes a segment to resolve, a `MACROBUTTON` its display text (with a note), a `LISTNUM`
 * a note that its number is not computed.
 * @param stack The open fields.
 * @param sink The paragraph being read.
 */
export function endField(stack: FieldFrame[], sink: FieldSink): void {
  const frame = stack.pop();
  if (!frame) return;
  if (frame.phase === 'code') frame.mode = fieldMode(frame.instruction);
  const name = fieldName(frame.instruction);
  const words = frame.instruction.trim().split(/\s+/);
  if (frame.mode === 'ref') {
    const bookmark = words[1] ?? '';
    const switches = words.slice(2).filter((word) => word.startsWith('\\'));
    place(stack, sink, { kind: 'ref', bookmark, switches, cached: frame.captured });
  } else if (name === 'MACROBUTTON') {
    const display = words.slice(2).join(' ');
    place(stack, sink, { kind: 'text', text: display });
    sink.note({ severity: 'info', ruleId: 'docx-field', reason: `MACROBUTTON placeholder kept as text: "${display}"; replace it with the real text` });
  } else if (name === 'LISTNUM') {
    sink.note({ severity: 'warning', ruleId: 'docx-field', reason: `LISTNUM field (${frame.instruction.trim()}): its number is not computed; use Word's automatic numbering or type the number` });
  }
}
