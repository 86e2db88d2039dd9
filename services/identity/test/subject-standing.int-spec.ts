import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, SANDBOX_CLIENTS, serviceTestEnv, testNik } from '@siapkerja/testing';
import { DevVerificationSender } from '../src/accounts/verification';
import { identityService } from '../src/identity.module';

type GrpcErr = { code: number; details: string; metadata: { get(k: string): unknown[] } };
const fails = async (p: Promise<unknown>): Promise<GrpcErr> => {
  try {
    await p;
  } catch (e) {
    return e as GrpcErr;
  }
  throw new Error('expected the call to fail');
};
/** A caller as the gateway or a service forwards it (signed in production; the test service takes it unsigned). */
const as = (caller: object) => ({ metadata: { 'x-caller': JSON.stringify(caller) } });
/** Another service of the platform asking for itself (libs/authz serviceCaller). */
const service = as({ sub: 'service:entrepreneurship', roles: [] });

/**
 * GetSubjectStanding (real PostgreSQL, gRPC): how the subject of a token stands, for the services (entrepreneurship asks
 * it before naming an account a TKM group's mentor). Internal: anyone but a service is refused, and the answer carries no
 * personal data.
 */
describe('identity: the standing of a subject (GetSubjectStanding)', () => {
  let svc: RunningService;
  let client: ServiceClient<'identity'>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase('identity_standing');
    drop = db.drop;
    svc = await startService(identityService, serviceTestEnv(db.url, { SANDBOX: 'true' }));
    client = createServiceClient('identity', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await drop?.();
  });

  let serial = 0;
  /** A person's account: signed up, verified unless `verified` is false, with `roles` set when given. */
  const account = async (roles?: string[], verified = true, regionCode = '') => {
    const email = `pendamping.${Date.now()}.${serial++}@example.id`;
    const up = await client.signUp({
      nik: testNik('3373', '1985-04-12', 1),
      name: 'Bambang Sutrisno',
      motherMaidenName: 'Sri Wahyuni',
      birthDate: '1985-04-12',
      sex: 1,
      email,
      phone: '',
      password: 'wedang-jahe-2024',
    });
    if (verified) await client.verifyAccount({ login: email, code: DevVerificationSender.lastCode(email)! });
    if (roles) await client.setAccountRoles({ id: up.id, roles, regionCode });
    return up.id;
  };

  it("answers a person's account holding TKM_MENTOR: exists, active, its roles; and one without the role", async () => {
    const mentor = await account(['TKM_MENTOR']);
    const standing = await client.getSubjectStanding({ subject: mentor }, service);
    expect(standing).toEqual({ subject: mentor, kind: 'ACCOUNT', exists: true, active: true, roles: ['TKM_MENTOR'], regionCode: '' });
    // nothing personal: no name, NIK, phone or e-mail, only these fields
    expect(Object.keys(standing).sort()).toEqual(['active', 'exists', 'kind', 'regionCode', 'roles', 'subject']);
    expect(JSON.stringify(standing)).not.toMatch(/Bambang|example\.id|3373/);

    const seeker = await account();
    expect(await client.getSubjectStanding({ subject: seeker }, service)).toMatchObject({
      kind: 'ACCOUNT',
      exists: true,
      active: true,
      roles: ['JOB_SEEKER'],
    });
    // an officer's account names its region
    const officer = await account(['DISNAKER_REGENCY'], true, '33.73');
    expect(await client.getSubjectStanding({ subject: officer }, service)).toMatchObject({
      roles: ['DISNAKER_REGENCY'],
      regionCode: '33.73',
    });
  });

  it('answers an account not yet verified, or disabled, as existing but not active', async () => {
    const pending = await account(['TKM_MENTOR'], false);
    expect(await client.getSubjectStanding({ subject: pending }, service)).toMatchObject({
      exists: true,
      active: false,
      roles: ['TKM_MENTOR'],
    });
    const disabled = await account(['TKM_MENTOR']);
    await svc.dataSource.query(`UPDATE auth_accounts SET status = 'DISABLED' WHERE id = $1`, [disabled]);
    expect(await client.getSubjectStanding({ subject: disabled }, service)).toMatchObject({ exists: true, active: false });
  });

  it('answers an OAuth client by its client id: active until revoked, with its roles and region', async () => {
    const c = await client.createClient({ name: 'Pendamping TKM', scopes: ['entrepreneurship:read'], roles: ['TKM_MENTOR'] });
    const id = c.client!.clientId;
    expect(await client.getSubjectStanding({ subject: id }, service)).toEqual({
      subject: id,
      kind: 'CLIENT',
      exists: true,
      active: true,
      roles: ['TKM_MENTOR'],
      regionCode: '',
    });
    await client.revokeClient({ clientId: id });
    expect(await client.getSubjectStanding({ subject: id }, service)).toMatchObject({
      kind: 'CLIENT',
      exists: true,
      active: false,
      roles: ['TKM_MENTOR'],
    });
    expect(await client.getSubjectStanding({ subject: SANDBOX_CLIENTS.regency3373.id }, service)).toMatchObject({
      kind: 'CLIENT',
      active: true,
      roles: ['DISNAKER_REGENCY'],
      regionCode: '33.73',
    });
  });

  it('answers an unknown subject (an account id or a client id nobody holds) as not existing', async () => {
    for (const subject of [randomUUID(), 'c_nobodyHasThisId', 'acc-mentor-1'])
      expect(await client.getSubjectStanding({ subject }, service)).toEqual({
        subject,
        kind: '',
        exists: false,
        active: false,
        roles: [],
        regionCode: '',
      });
    // what no token's subject can be is refused naming the field (a NUL never reaches PostgreSQL)
    for (const subject of ['', 'a b', 'a\u0000b', 'x'.repeat(201)]) {
      const e = await fails(client.getSubjectStanding({ subject }, service));
      expect([subject.slice(0, 8), e.code, JSON.parse(String(e.metadata.get('x-field-violations')[0]))[0].field]).toEqual([
        subject.slice(0, 8),
        status.INVALID_ARGUMENT,
        'subject',
      ]);
    }
  });

  it('refuses every caller but a service with PERMISSION_DENIED: a person, an officer, a ministry admin, a client, no caller', async () => {
    const mentor = await account(['TKM_MENTOR']);
    const others = [
      as({ sub: mentor, roles: ['TKM_MENTOR'] }),
      as({ sub: randomUUID(), roles: ['MINISTRY_ADMIN'] }),
      as({
        sub: SANDBOX_CLIENTS.regency3373.id,
        clientId: SANDBOX_CLIENTS.regency3373.id,
        roles: ['DISNAKER_REGENCY'],
        regionCode: '33.73',
      }),
      // a client whose id looks like a service's is still a client
      as({ sub: 'service:entrepreneurship', clientId: 'service:entrepreneurship', roles: [] }),
      {},
    ];
    for (const [i, opts] of others.entries()) {
      const e = await fails(client.getSubjectStanding({ subject: mentor }, opts));
      expect([i, e.code]).toEqual([i, status.PERMISSION_DENIED]);
    }
  });
});
