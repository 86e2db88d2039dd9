/**
 * Common result shape of every validator in this library: validators never throw,
 * they return `{ valid: true, ...details }` or `{ valid: false, reason }`.
 */
export interface InvalidResult {
  valid: false;
  /** Human readable explanation (English), safe to show to API clients. */
  reason: string;
}

export function invalid(reason: string): InvalidResult {
  return { valid: false, reason };
}

/** Short description of a value for error messages (never echoes long input). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return value.length > 32 ? `"${value.slice(0, 32)}..."` : `"${value}"`;
  return typeof value;
}
