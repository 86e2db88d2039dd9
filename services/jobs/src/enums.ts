/** Proto enums carry a prefix (EMPLOYER_TYPE_PRIVATE); the domain stores the bare value (PRIVATE). */
export function fromEnum(prefix: string, value: string | number | undefined): string {
  const s = String(value ?? '');
  return s.startsWith(`${prefix}_`) ? s.slice(prefix.length + 1) : s === `${prefix}_UNSPECIFIED` ? '' : s;
}

export function toEnum(prefix: string, value: string): string {
  return value ? `${prefix}_${value}` : `${prefix}_UNSPECIFIED`;
}
