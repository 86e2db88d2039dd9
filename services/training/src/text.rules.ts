/**
 * A name, a title or a code is one line: no tab, line feed or carriage return inside it (the gRPC edge refuses every other
 * control character, but lets these three through for the texts that may hold them: descriptions, notes, reasons). A
 * participant's or a provider's name with a line break would reach officers' lists, exports, certificates and logs as two.
 * Whitespace around it is trimmed before it is stored, so only what is inside counts.
 */
export function isOneLine(s: string | undefined | null): boolean {
  return !/[\t\n\r]/.test((s ?? '').trim());
}

export const ONE_LINE = 'must be one line (no tab or line break)';
