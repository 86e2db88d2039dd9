/**
 * Whether a text is one line: no tab and no line break inside it (those at its ends are trimmed away when stored). Names,
 * numbers and codes (a legal name, a position, a person's or a provider's name, a program title, a decree number) are
 * shown in lists, exports, cards and logs where a tab or a line break splits the row. The gRPC edge refuses every other
 * control character but lets these through for the texts meant to hold them (descriptions, notes, reasons), which are not
 * checked. Anything but a string is left to the field's own type check.
 */
export const isOneLine = (s: unknown): boolean => typeof s !== 'string' || !/[\t\n\r\u2028\u2029]/.test(s.trim());

/** The violation's description for a text that is not one line. */
export const ONE_LINE = 'must be one line (no tab or line break)';
