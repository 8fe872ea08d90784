/**
 * Exhaustiveness check for switches over discriminated unions.
 * @module
 */

/**
 * Fail at compile time when a switch over a union misses a case.
 * @param value The value that should be `never`.
 * @returns Never; throws if reached at run time.
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
