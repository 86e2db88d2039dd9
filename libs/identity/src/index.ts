import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The person id used in events and across services: a keyed hash (HMAC-SHA256) of the NIK
 * with a platform secret, identical in every service, so that no event carries a NIK.
 * Without the secret the NIK cannot be recovered by hashing all 16-digit candidates.
 */
export class PersonIdentity {
  constructor(private readonly secret: string) {
    if (!secret || secret.length < 32) throw new Error('PERSON_ID_SECRET must be at least 32 characters');
  }

  personId(nik: string): string {
    const normalized = nik.replace(/\s+/g, '');
    if (!/^\d{16}$/.test(normalized)) throw new Error('NIK must be 16 digits');
    return 'p_' + createHmac('sha256', this.secret).update(`nik:${normalized}`).digest('base64url');
  }

  matches(nik: string, personId: string): boolean {
    const a = Buffer.from(this.personId(nik));
    const b = Buffer.from(personId);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

export function isPersonId(value: string): boolean {
  return /^p_[A-Za-z0-9_-]{43}$/.test(value);
}
