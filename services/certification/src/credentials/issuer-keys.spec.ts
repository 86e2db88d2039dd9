import { calculateJwkThumbprint, CompactSign, exportJWK, generateKeyPair } from 'jose';
import { IssuerKeysService } from './issuer-keys.service';

const HOST = 'siapkerja.kemnaker.go.id';
const ID = 'urn:uuid:5f0c6c2e-8d0b-4b8e-9d7a-0c6f7f1f2a11';
const NESTED = 'urn:uuid:00000000-0000-4000-8000-000000000000';

describe('IssuerKeysService.verifyCredentialId', () => {
  let keys: IssuerKeysService;
  let sign: (payload: unknown) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = `did:web:${HOST}#key-${(await calculateJwkThumbprint(publicJwk)).slice(0, 16)}`;
    // a retired key: published (it verifies), never opened for signing
    const rows = [{ kid, publicJwk, retiredAt: new Date() }];
    const ds = { getRepository: () => ({ find: async () => rows }) };
    keys = new IssuerKeysService(ds as never, { CERTIFICATION_PUBLIC_HOST: HOST, PERSON_ID_SECRET: 'x'.repeat(32) } as never);
    sign = (payload) =>
      new CompactSign(new TextEncoder().encode(typeof payload === 'string' ? payload : JSON.stringify(payload)))
        .setProtectedHeader({ alg: 'EdDSA', kid, typ: 'vc+jwt', cty: 'vc' })
        .sign(privateKey);
  });

  it('reads the top-level id of a credential as the register signs it, and of any other JSON payload by parsing it', async () => {
    const vc = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: ID,
      credentialSubject: { id: NESTED },
    };
    expect(await keys.verifyCredentialId(await sign(vc))).toMatchObject({ ok: true, id: ID });
    // other orders and shapes: the top-level id, never a nested one
    expect(await keys.verifyCredentialId(await sign({ credentialSubject: { id: NESTED }, id: ID }))).toMatchObject({ ok: true, id: ID });
    expect(await keys.verifyCredentialId(await sign({ '@context': ['https://x'], credentialSubject: { id: NESTED } }))).toMatchObject({
      ok: true,
      id: '',
    });
    expect(await keys.verifyCredentialId(await sign({ '@context': ['https://x'], id: 'urn:uuid:NOT-A-UUID' }))).toMatchObject({
      ok: true,
      id: 'urn:uuid:NOT-A-UUID',
    });
    expect(await keys.verifyCredentialId(await sign([ID]))).toMatchObject({ ok: true, id: '' });
    // signed, but not JSON: malformed
    expect(await keys.verifyCredentialId(await sign('{"@context":["x"],"id":"'))).toMatchObject({ ok: false, failure: 'MALFORMED' });
  });

  it('answers why a credential is not genuine: tampered, unknown key, foreign issuer, malformed', async () => {
    const jws = await sign({ '@context': ['https://x'], id: ID });
    const [h, p, s] = jws.split('.');
    const other = Buffer.from(JSON.stringify({ '@context': ['https://x'], id: NESTED })).toString('base64url');
    expect(await keys.verifyCredentialId(`${h}.${other}.${s}`)).toMatchObject({ ok: false, failure: 'TAMPERED' });
    const header = (kid: string) => Buffer.from(JSON.stringify({ alg: 'EdDSA', kid })).toString('base64url');
    expect(await keys.verifyCredentialId(`${header(`did:web:${HOST}#key-unknown`)}.${p}.${s}`)).toMatchObject({
      ok: false,
      failure: 'UNKNOWN_KEY',
    });
    expect(await keys.verifyCredentialId(`${header('did:web:example.org#key-1')}.${p}.${s}`)).toMatchObject({
      ok: false,
      failure: 'FOREIGN_ISSUER',
    });
    expect(await keys.verifyCredentialId('not a jws')).toMatchObject({ ok: false, failure: 'MALFORMED' });
  });
});
