import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from '@siapkerja/config';
import { certificationConfigSpec } from '../certification.config';
import { IssuerKeyKeyring } from './issuer-key-encryption';

const SECRET = 'person-id-secret-for-the-unit-test-0123';
const JWK = {
  kty: 'OKP',
  crv: 'Ed25519',
  x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
  d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
};
const KID = 'did:web:siapkerja.kemnaker.go.id#key-aaaaaaaaaaaaaaaa';

describe('issuer key envelope encryption (AES-256-GCM under a KEK)', () => {
  const kek = randomBytes(32);
  const ring = IssuerKeyKeyring.fromConfig({ PERSON_ID_SECRET: SECRET, ISSUER_KEY_ENCRYPTION_KEY: kek });

  it('seals with a fresh nonce each time, opens what it sealed, and never holds the private member in clear', () => {
    const one = ring.seal(KID, JWK);
    const two = ring.seal(KID, JWK);
    expect(one.sealed.equals(two.sealed)).toBe(false);
    expect(one.sealed.subarray(0, 12).equals(two.sealed.subarray(0, 12))).toBe(false);
    expect(one.kekId).toMatch(/^kek-[0-9a-f]{16}$/);
    expect(one.sealed.toString('latin1')).not.toContain(JWK.d);
    expect(one.sealed.includes(Buffer.from(JWK.d, 'base64url'))).toBe(false);
    expect(ring.open(KID, one)).toEqual(JWK);
  });

  it('binds a sealed key to its kid and KEK id; a flipped bit or another kid does not open', () => {
    const s = ring.seal(KID, JWK);
    expect(() => ring.open(`${KID}x`, s)).toThrow(/fails authentication/);
    const flipped = Buffer.from(s.sealed);
    flipped[15] ^= 1;
    expect(() => ring.open(KID, { ...s, sealed: flipped })).toThrow(/fails authentication/);
    const other = IssuerKeyKeyring.fromConfig({ PERSON_ID_SECRET: SECRET, ISSUER_KEY_ENCRYPTION_KEY: randomBytes(32) });
    expect(() => other.open(KID, s)).toThrow(ConfigError);
    expect(() => other.open(KID, s)).toThrow(`it is sealed under KEK ${s.kekId}`);
  });

  it('opens with a previous KEK; the development KEK only outside production, and production requires a KEK', () => {
    const next = IssuerKeyKeyring.fromConfig({
      PERSON_ID_SECRET: SECRET,
      ISSUER_KEY_ENCRYPTION_KEY: randomBytes(32),
      ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS: [randomBytes(32), kek],
    });
    const sealed = ring.seal(KID, JWK);
    expect(next.knows(sealed.kekId)).toBe(true);
    expect(next.open(KID, sealed)).toEqual(JWK);
    expect(next.seal(KID, JWK).kekId).not.toBe(sealed.kekId);

    const dev = IssuerKeyKeyring.fromConfig({ PERSON_ID_SECRET: SECRET });
    expect(dev.current.id).toMatch(/^dev-[0-9a-f]{16}$/);
    const devSealed = dev.seal(KID, JWK);
    expect(IssuerKeyKeyring.fromConfig({ PERSON_ID_SECRET: SECRET, ISSUER_KEY_ENCRYPTION_KEY: kek }).open(KID, devSealed)).toEqual(JWK);
    const prod = IssuerKeyKeyring.fromConfig({ PERSON_ID_SECRET: SECRET, ISSUER_KEY_ENCRYPTION_KEY: kek, NODE_ENV: 'production' });
    expect(() => prod.open(KID, devSealed)).toThrow(ConfigError);
    expect(() => IssuerKeyKeyring.fromConfig({ PERSON_ID_SECRET: SECRET, NODE_ENV: 'production' })).toThrow(
      'ISSUER_KEY_ENCRYPTION_KEY is required when NODE_ENV=production',
    );
  });

  it('reads the KEKs as base64, base64url or hex of 32 bytes, naming the variable and never showing the value', () => {
    const key = randomBytes(32);
    for (const written of [key.toString('base64'), key.toString('base64url'), key.toString('hex')])
      expect(loadConfig(certificationConfigSpec, { ISSUER_KEY_ENCRYPTION_KEY: written }).ISSUER_KEY_ENCRYPTION_KEY).toEqual(key);
    const prev = loadConfig(certificationConfigSpec, {
      ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS: `${key.toString('hex')}, ${key.toString('base64')}`,
    }).ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS;
    expect(prev).toEqual([key, key]);
    const short = randomBytes(16).toString('base64');
    const err = (() => {
      try {
        loadConfig(certificationConfigSpec, {
          ISSUER_KEY_ENCRYPTION_KEY: short,
          ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS: `${key.toString('hex')},zz`,
        });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err!.problems).toEqual([
      'ISSUER_KEY_ENCRYPTION_KEY must be 32 bytes written as base64 (44 characters) or hex (64 characters)',
      'ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS item 2 must be 32 bytes written as base64 (44 characters) or hex (64 characters)',
    ]);
    expect(err!.message).not.toContain(short);
  });

  it('still opens what the keyring sealed before it moved to libs/config (labels, KEK ids and sealed form unchanged)', () => {
    // sealed by the service's own keyring before the move, under this fixed KEK and under the development KEK of SECRET
    const fixed = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
    const kekSealed = {
      kekId: 'kek-cae32d6099257bff',
      sealed: Buffer.from(
        '2MPsJaN3FuQylWm+LXb6hc5VSOZf2DrXPMbVl/vv9mvQRWLgYkxzwXZsamWyp4mIZJnkjevhlqmS6G7M96hgV7a3N4RtgRriyLD1rzJUKadGyiAzZOYsSeAkVOU++8aYMh90FgdqXs9TOdQ3AOGATw8mH4iqQ6gxOb6ZWVqm+g5s2TX5PT5ifhuQiSpAqex4RWEpVcl/3W5GuV/sEg==',
        'base64',
      ),
    };
    const devSealed = {
      kekId: 'dev-6502b76e741e5279',
      sealed: Buffer.from(
        'ylAD1+2QFeBMIewPtpAhF4RSG9j5EcpmdSRL6DlrC+eYgzQwLnNWi3U5meJeP+BrXQec3col8h12+zlWq0IM+LzAoIGAjv4RSbxX/7s3JHj11C30yNE2uXEkJ+UEiNhxeTecVeCP1Yyl165UMsUFi/kh0hTZ8YXgI4yw2fmAmHmrPL4CqwChNrQ0llzEtyGhdkHBxSn6HXRjr84MAA==',
        'base64',
      ),
    };
    const fixedRing = IssuerKeyKeyring.fromConfig({ PERSON_ID_SECRET: SECRET, ISSUER_KEY_ENCRYPTION_KEY: fixed });
    expect(fixedRing.current.id).toBe(kekSealed.kekId);
    expect(fixedRing.open(KID, kekSealed)).toEqual(JWK);
    expect(fixedRing.open(KID, devSealed)).toEqual(JWK);
    expect(IssuerKeyKeyring.fromConfig({ PERSON_ID_SECRET: SECRET }).current.id).toBe(devSealed.kekId);
  });
});
