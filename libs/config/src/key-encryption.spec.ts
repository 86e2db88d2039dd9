import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from './index';
import { KeyEncryptionKeyring, kekSpec, previousKeksSpec, SEALED_KEY_CHECK, type KeyringLabels } from './key-encryption';

const SECRET = 'person-id-secret-for-the-unit-test-0123';
const LABELS: KeyringLabels = {
  variable: 'TEST_KEY_ENCRYPTION_KEY',
  sealedThing: 'test key',
  protects: 'the test keys',
  developmentKekInfo: 'siapkerja/test/kek/development',
  kekIdLabel: 'siapkerja test KEK id',
  aadLabel: 'siapkerja/test-key/v1',
};
const PLAIN = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n';
const KID = 'kid-0001';
const ring = (settings: Partial<Parameters<typeof KeyEncryptionKeyring.create>[1]> = {}, labels = LABELS) =>
  KeyEncryptionKeyring.create(labels, { production: false, PERSON_ID_SECRET: SECRET, ...settings });
const error = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
};

describe('KeyEncryptionKeyring (AES-256-GCM envelope encryption under a configured KEK)', () => {
  const kek = randomBytes(32);
  const a = ring({ kek });

  it('round trip: seals with a fresh nonce each time, opens what it sealed, never holds the value in clear', () => {
    const one = a.seal(KID, PLAIN);
    const two = a.seal(KID, Buffer.from(PLAIN));
    expect(one.kekId).toMatch(/^kek-[0-9a-f]{16}$/);
    expect(one.kekId).toBe(a.current.id);
    expect(one.sealed.subarray(0, 12).equals(two.sealed.subarray(0, 12))).toBe(false);
    expect(one.sealed.length).toBe(12 + Buffer.byteLength(PLAIN) + 16);
    expect(one.sealed.toString('latin1')).not.toContain('PRIVATE KEY');
    expect(a.open(KID, one).toString('utf8')).toBe(PLAIN);
    expect(a.open(KID, two).toString('utf8')).toBe(PLAIN);
  });

  it('a wrong KEK is a ConfigError naming the variable, the KEK the value is sealed under and the configured ones', () => {
    const sealed = a.seal(KID, PLAIN);
    const b = ring({ kek: randomBytes(32) });
    const e = error(() => b.open(KID, sealed));
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toContain(`TEST_KEY_ENCRYPTION_KEY does not open test key ${KID}: it is sealed under KEK ${a.current.id}`);
    expect(e.message).toContain(`${b.current.id} (TEST_KEY_ENCRYPTION_KEY)`);
    expect(e.message).toContain('the development KEK (derived from PERSON_ID_SECRET)');
    expect(e.message).toContain('TEST_KEY_ENCRYPTION_KEY_PREVIOUS');
  });

  it('a tampered row fails: a flipped byte, a value moved to another kid, a relabelled KEK id, a truncated value', () => {
    const s = a.seal(KID, PLAIN);
    for (const at of [0, 15, s.sealed.length - 1]) {
      const flipped = Buffer.from(s.sealed);
      flipped[at] ^= 1;
      expect(() => a.open(KID, { ...s, sealed: flipped })).toThrow(
        `test key ${KID}: the sealed private key fails authentication under KEK ${a.current.id}`,
      );
    }
    expect(() => a.open('kid-0002', s)).toThrow(/fails authentication/);
    // the same KEK known under two ids cannot happen; a value sealed under the dev KEK relabelled as the current one does not open
    const devSealed = ring().seal(KID, PLAIN);
    expect(() => a.open(KID, { ...devSealed, kekId: a.current.id })).toThrow(/fails authentication/);
    expect(() => a.open(KID, { ...s, sealed: s.sealed.subarray(0, 20) })).toThrow('the sealed private key is truncated');
  });

  it('a previous KEK opens (and the current one seals); the development KEK opens outside production only', () => {
    const sealed = a.seal(KID, PLAIN);
    const next = ring({ kek: randomBytes(32), previousKeks: [randomBytes(32), kek] });
    expect(next.knows(sealed.kekId)).toBe(true);
    expect(next.open(KID, sealed).toString()).toBe(PLAIN);
    const resealed = next.seal(KID, next.open(KID, sealed));
    expect(resealed.kekId).toBe(next.current.id);
    expect(resealed.kekId).not.toBe(sealed.kekId);
    expect(() => ring({ kek: randomBytes(32) }).open(KID, sealed)).toThrow(ConfigError);

    const dev = ring();
    expect(dev.current.id).toMatch(/^dev-[0-9a-f]{16}$/);
    expect(dev.current.source).toBe('the development KEK (derived from PERSON_ID_SECRET)');
    const devSealed = dev.seal(KID, PLAIN);
    expect(a.open(KID, devSealed).toString()).toBe(PLAIN);
    expect(() => ring({ kek, production: true }).open(KID, devSealed)).toThrow(ConfigError);
  });

  it('production requires the KEK, naming the variable and what it protects', () => {
    const e = error(() => ring({ production: true }));
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toContain('TEST_KEY_ENCRYPTION_KEY is required when NODE_ENV=production');
    expect(e.message).toContain('it encrypts the test keys at rest');
    expect(ring({ production: true, kek }).current.id).toBe(a.current.id);
  });

  it('the labels separate keyrings: the same KEK has another id and does not open the other keyring’s values', () => {
    const other = ring({ kek }, { ...LABELS, kekIdLabel: 'another KEK id', aadLabel: 'another/v1' });
    expect(other.current.id).not.toBe(a.current.id);
    const sameIdOtherAad = ring({ kek }, { ...LABELS, aadLabel: 'another/v1' });
    expect(sameIdOtherAad.current.id).toBe(a.current.id);
    expect(() => sameIdOtherAad.open(KID, a.seal(KID, PLAIN))).toThrow(/fails authentication/);
    const otherDev = ring({}, { ...LABELS, developmentKekInfo: 'another/development' });
    expect(otherDev.current.id).not.toBe(ring().current.id);
  });

  it('reads KEKs as base64, base64url or hex of 32 bytes, never showing the value', () => {
    const spec = { K: kekSpec('a KEK'), K_PREVIOUS: previousKeksSpec('earlier KEKs') };
    const key = randomBytes(32);
    for (const written of [key.toString('base64'), key.toString('base64url'), key.toString('hex')])
      expect(loadConfig(spec, { K: written }).K).toEqual(key);
    expect(loadConfig(spec, { K_PREVIOUS: `${key.toString('hex')}, ${key.toString('base64')}` }).K_PREVIOUS).toEqual([key, key]);
    const short = randomBytes(16).toString('base64');
    const e = error(() => loadConfig(spec, { K: short, K_PREVIOUS: `${key.toString('hex')},zz` })) as ConfigError;
    expect(e.problems).toEqual([
      'K must be 32 bytes written as base64 (44 characters) or hex (64 characters)',
      'K_PREVIOUS item 2 must be 32 bytes written as base64 (44 characters) or hex (64 characters)',
    ]);
    expect(e.message).not.toContain(short);
    expect(SEALED_KEY_CHECK).toContain('kek_id');
  });
});
