/** Sex as coded by Dukcapil / IPK forms: 1 male, 2 female. */
export const SEX = Object.freeze({ MALE: 1, FEMALE: 2 } as const);
export type Sex = (typeof SEX)[keyof typeof SEX];
export type SexName = keyof typeof SEX;

export function isSex(value: unknown): value is Sex {
  return value === 1 || value === 2;
}

/** Converts 1/2, '1'/'2' or 'MALE'/'FEMALE' (any case) to the numeric code. */
export function toSex(value: unknown): Sex | undefined {
  if (value === 1 || value === '1') return 1;
  if (value === 2 || value === '2') return 2;
  if (typeof value === 'string') {
    const v = value.trim().toUpperCase();
    if (v === 'MALE') return 1;
    if (v === 'FEMALE') return 2;
  }
  return undefined;
}

export function sexName(sex: Sex): SexName {
  return sex === 1 ? 'MALE' : 'FEMALE';
}
