/** Proto enums carry a prefix (PROGRAM_KIND_PEMULA); the domain stores the bare value (PEMULA). UNSPECIFIED maps to ''. */
export function fromEnum(prefix: string, value: string | number | undefined): string {
  const s = String(value ?? '');
  if (s === `${prefix}_UNSPECIFIED`) return '';
  return s.startsWith(`${prefix}_`) ? s.slice(prefix.length + 1) : s;
}

export function toEnum(prefix: string, value: string): string {
  return value ? `${prefix}_${value}` : `${prefix}_UNSPECIFIED`;
}
