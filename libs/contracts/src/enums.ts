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

/**
 * int64 arrives as a decimal string (loader option longs: String): empty is 0, anything unparsable (or negative when
 * `unsigned`) becomes NaN, which the domain's validation refuses naming the field.
 */
export function fromProtoInt64(value: string | number | undefined | null, opts: { unsigned?: boolean } = {}): number {
  if (value === undefined || value === null || value === '') return 0;
  if (typeof value === 'number') return value;
  return (opts.unsigned ? /^\d+$/ : /^-?\d+$/).test(value) ? Number(value) : NaN;
}
