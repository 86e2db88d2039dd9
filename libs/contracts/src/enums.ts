/**
 * Proto enums carry their type as a prefix (EMPLOYER_TYPE_PRIVATE, zero value
 * EMPLOYER_TYPE_UNSPECIFIED); the domain and the REST API use the bare value (PRIVATE).
 */
export function fromProtoEnum(prefix: string, value: string | number | undefined | null): string {
  const s = String(value ?? '');
  if (s === `${prefix}_UNSPECIFIED` || s === '0') return '';
  return s.startsWith(`${prefix}_`) ? s.slice(prefix.length + 1) : s;
}

export function toProtoEnum<T extends string = string>(prefix: string, value: string | undefined | null): T {
  return (value ? `${prefix}_${value}` : `${prefix}_UNSPECIFIED`) as T;
}
