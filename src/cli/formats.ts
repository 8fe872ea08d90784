/**
 * Checking `--format` values.
 * @module
 */
import { usageError } from './errors.js';

/**
 * Check a `--format` value against the allowed ones.
 * @param value The value given.
 * @param allowed The allowed values.
 * @returns The value, typed.
 */
export function oneFormat<T extends string>(value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(`Unexpected --format \`${value}\`, expected one of: ${allowed.join(', ')}`);
}

/**
 * Check a comma-separated `--format` list (e.g. `docx,html`).
 * @param value The value given.
 * @param allowed The allowed values.
 * @returns The values, typed, in the order given, without repeats.
 */
export function formatList<T extends string>(value: string, allowed: readonly T[]): T[] {
  const parts = value.split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length === 0) throw usageError(`Unexpected empty --format, expected some of: ${allowed.join(', ')}`);
  return [...new Set(parts.map((part) => oneFormat(part, allowed)))];
}
