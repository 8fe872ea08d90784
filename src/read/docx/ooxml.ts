/**
 * Small accessors for WordprocessingML elements read with the untrusted XML parser
 * (`src/docx/xml.ts`): attribute values, on/off properties, integers.
 * @module
 */
import { childElement, type XmlElement } from '../../docx/xml.js';

/**
 * The `w:val` attribute of a child element, e.g. `val(pPr, 'w:pStyle')`.
 * @param parent The parent element, or undefined.
 * @param name The child's qualified name.
 * @returns The value, or undefined when the child or its `w:val` is absent.
 */
export function childVal(parent: XmlElement | undefined, name: string): string | undefined {
  if (!parent) return undefined;
  return childElement(parent, name)?.attributes['w:val'];
}

/**
 * An integer attribute value, or undefined when absent or not an integer.
 * @param value The attribute text.
 * @returns The integer.
 */
export function integer(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*[+-]?\d+\s*$/.test(value)) return undefined;
  return Number.parseInt(value, 10);
}

/**
 * An on/off property (`<w:b/>`, `<w:vanish w:val="false"/>`): present and not `false`/`0`/`off`.
 * @param parent The properties element, or undefined.
 * @param name The property's qualified name.
 * @returns Whether it is on.
 */
export function isOn(parent: XmlElement | undefined, name: string): boolean {
  const element = parent ? childElement(parent, name) : undefined;
  if (!element) return false;
  const value = element.attributes['w:val'];
  return value === undefined || !['false', '0', 'off'].includes(value);
}

/**
 * The concatenated character data of an element's text children (a `w:t`, a core property).
 * @param element The element.
 * @returns Its text.
 */
export function ownText(element: XmlElement): string {
  return element.children.map((child) => (child.type === 'text' ? child.text : '')).join('');
}
