import { regionWithin } from '@siapkerja/authz';
import { maskNik as maskNikCode } from '@siapkerja/codes';

/**
 * Masking of personal data (UU 27/2022 PDP) in responses to callers without the purpose and scope to see it.
 * Masked values keep just enough to recognise a record (region, last digits, year) and hide their length where it helps.
 */

/** `3273014507900001` -> `3273********0001` (province + regency and serial kept; district and birth date hidden). */
export function maskNik(nik: unknown): string {
  return maskNikCode(nik);
}

/** `081234565678` -> `0812****5678`: the first and last four digits, always four stars (hides the length). */
export function maskPhone(phone: unknown): string {
  if (typeof phone !== 'string' || phone === '') return '';
  const p = phone.replace(/[\s().-]/g, '');
  if (p.length < 10) return `${'*'.repeat(Math.max(p.length - 2, 0))}${p.slice(-2)}`;
  return `${p.slice(0, 4)}****${p.slice(-4)}`;
}

/** `siti.rahayu@example.id` -> `s***@example.id`. */
export function maskEmail(email: unknown): string {
  if (typeof email !== 'string' || email === '') return '';
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/**
 * `Siti Nur Rahayu` -> `S*** N*** R***`: the first letter of each word and always three stars (hides the length), at most
 * four words (more are dropped, hiding how many there were). Enough for someone holding a document to recognise it.
 */
export function maskName(name: unknown): string {
  if (typeof name !== 'string') return '';
  const words = name.trim().split(/\s+/).filter(Boolean).slice(0, 4);
  return words.map((w) => `${[...w][0].toUpperCase()}***`).join(' ');
}

/** `1990-07-05` -> `1990`: the year only. */
export function maskBirthDate(birthDate: unknown): string {
  if (typeof birthDate !== 'string') return '';
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(birthDate);
  return m ? m[1] : '';
}

export interface AddressLike {
  line: string;
  regionCode: string;
  postalCode?: string;
}

/** The street, village and postal code are dropped: the region (regency, `NN.NN`) only. */
export function maskAddress(address: AddressLike | null | undefined, regencyCode?: string): AddressLike {
  const code = regencyCode ?? /^\d{2}\.\d{2}/.exec(address?.regionCode ?? '')?.[0] ?? '';
  return { line: '', regionCode: code, postalCode: '' };
}

/** Who is looking (the authenticated caller, with the person id of a person's account). */
export interface Viewer {
  roles: readonly string[];
  /** officers: the province (NN) or regency (NN.NN) they are bound to */
  regionCode?: string;
  /** people: the person id (libs/identity) of the account */
  personId?: string;
}

/** Whose data it is. */
export interface DataSubject {
  personId: string;
  /** regency (NN.NN) or deeper region of the person's record */
  regionCode: string;
}

/**
 * Whether the viewer may see the subject's personal data unmasked: the person himself (JOB_SEEKER whose person id
 * matches), a Disnaker officer of the subject's region (regency or province), or the ministry. Everyone else (partners,
 * employers, other people, officers elsewhere) gets masked values.
 */
export function mayViewPersonalData(viewer: Viewer | undefined, subject: DataSubject): boolean {
  if (!viewer) return false;
  if (viewer.roles.includes('MINISTRY_ADMIN')) return true;
  if (viewer.roles.includes('JOB_SEEKER') && !!viewer.personId && viewer.personId === subject.personId) return true;
  const officer = viewer.roles.includes('DISNAKER_REGENCY') || viewer.roles.includes('DISNAKER_PROVINCE');
  return officer && !!viewer.regionCode && !!subject.regionCode && regionWithin(subject.regionCode, viewer.regionCode);
}

export interface PersonalFields {
  nik: string;
  phone: string;
  email: string;
  birthDate: string;
  address: AddressLike | null;
}

/** The masked form of the usual personal fields (NIK, phone, e-mail, birth date -> year, address -> region). */
export function maskPersonalFields<T extends PersonalFields>(record: T, regencyCode?: string): T {
  return {
    ...record,
    nik: maskNik(record.nik),
    phone: maskPhone(record.phone),
    email: maskEmail(record.email),
    birthDate: maskBirthDate(record.birthDate),
    address: record.address ? maskAddress(record.address, regencyCode) : null,
  };
}
