/**
 * One CSV cell (RFC 4180) of a file people open in a spreadsheet: quoted when it holds a quote, comma or line break, and a
 * text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return: OWASP's CSV
 * injection) is written with a leading apostrophe, so it is shown as text. Numbers are written as they are (a negative
 * count stays a number); an array is its items joined with '|'.
 */
export function csvCell(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  const text = Array.isArray(v) ? v.join('|') : String(v ?? '');
  const s = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
