import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { Client } from 'pg';
import {
  createTestDatabase,
  kafkaBrokers,
  sandboxAuth,
  serviceTestEnv,
  TEST_PERSON_SECRET,
  uniqueSuffix,
  waitFor,
} from '@siapkerja/testing';
import { PersonIdentity } from '@siapkerja/identity';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { startGateway, type RunningGateway } from '../../services/gateway/src/app';
import { DevVerificationSender } from '../../services/identity/src/accounts/verification';
import { identityService } from '../../services/identity/src/identity.module';
import { freshWindow } from './http';

/**
 * Personal data protection (UU 27/2022) through HTTP on the in-process gateway in front of identity: real PostgreSQL
 * (fresh databases; `pg` reads identity's, which holds consents, requests, accounts and the access log) and a real
 * Kafka broker (the erasure / restriction events are read back from it).
 */
describe('gateway privacy (UU 27/2022)', () => {
  const TOPIC = 'siapkerja.gateway.privacy.v1';
  const identity = new PersonIdentity(TEST_PERSON_SECRET);
  let gw: RunningGateway;
  let identitySvc: RunningService;
  let base: string;
  let drop: () => Promise<void>;
  let dropIdentity: () => Promise<void>;
  let pg: Client;
  let consumer: Consumer;
  /** raw records read from the privacy topic since the start of the test */
  const received: { key: string; value: string; headers: Record<string, string> }[] = [];

  beforeAll(async () => {
    const db = await createTestDatabase('gw_privacy');
    drop = db.drop;
    const idDb = await createTestDatabase('gw_privacy_identity');
    dropIdentity = idDb.drop;
    identitySvc = await startService(identityService, serviceTestEnv(idDb.url, { SANDBOX: 'true' }));
    gw = await startGateway({
      DATABASE_URL: db.url,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      PERSON_ID_SECRET: TEST_PERSON_SECRET,
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
      SANDBOX: 'true',
      GRPC_DEADLINE_MS: '300',
      IDENTITY_GRPC_URL: `127.0.0.1:${identitySvc.grpcPort}`,
      JOBS_GRPC_URL: '127.0.0.1:1',
      TRAINING_GRPC_URL: '127.0.0.1:1',
      CERTIFICATION_GRPC_URL: '127.0.0.1:1',
      PLACEMENT_GRPC_URL: '127.0.0.1:1',
      ENTREPRENEURSHIP_GRPC_URL: '127.0.0.1:1',
    });
    base = gw.url;
    pg = new Client({ connectionString: idDb.url });
    await pg.connect();

    const kafka = new Kafka({ clientId: 'privacy-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: TOPIC, numPartitions: 3 }] }).catch(() => undefined);
    await admin.disconnect();
    consumer = kafka.consumer({ groupId: `privacy-test-${uniqueSuffix()}` });
    await consumer.connect();
    await consumer.subscribe({ topics: [TOPIC], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined) headers[k] = v.toString();
        received.push({ key: message.key?.toString() ?? '', value: message.value?.toString('utf8') ?? '', headers });
      },
    });
  });
  afterAll(async () => {
    await consumer?.disconnect().catch(() => undefined);
    await pg?.end().catch(() => undefined);
    await gw?.close();
    await identitySvc?.stop();
    await drop?.();
    await dropIdentity?.();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });
  const del = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { method: 'DELETE', headers });
  async function expectProblem(res: Response, status: number, fields: string[] = []) {
    const text = await res.text();
    expect({ status: res.status, text }).toMatchObject({ status });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = JSON.parse(text);
    if (fields.length) expect(body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(fields));
    return body;
  }

  let serial = 100;
  /** A verified JOB_SEEKER account (woman born 1990-07-05 in Kota Salatiga) and its bearer header. */
  async function person(password = 'kopi-tubruk-2026') {
    const n = ++serial;
    const p = {
      nik: `33730145079${String(n).padStart(5, '0')}`,
      name: 'Siti Rahayu',
      motherMaidenName: 'Sri Wahyuni',
      birthDate: '1990-07-05',
      sex: 2,
      phone: `08129${String(n).padStart(7, '0')}`,
      email: `siti.${n}@example.id`,
      password,
    };
    const signup = await post('/v1/auth/signup', p);
    expect(signup.status).toBe(201);
    const account = await signup.json();
    const e164 = `+628129${String(n).padStart(7, '0')}`;
    expect((await post('/v1/auth/verify', { login: p.email, code: DevVerificationSender.lastCode(e164)! })).status).toBe(200);
    const login = await post('/v1/auth/login', { login: p.email, password });
    expect(login.status).toBe(200);
    const t = await login.json();
    return {
      ...p,
      e164,
      id: account.id as string,
      personId: identity.personId(p.nik),
      auth: { authorization: `Bearer ${t.access_token}` },
    };
  }

  describe('access log', () => {
    const row = (subject: string, actor: string, purpose = 'AK1_ISSUANCE', at = 'now()') =>
      pg.query(
        `INSERT INTO personal_data_access (id, accessed_at, actor_sub, actor_client_id, actor_roles, actor_region_code, resource_type, resource_id, fields, subject_person_id, purpose)
         VALUES ($1, ${at}, $2, $2, '{DISNAKER_REGENCY}', '33.73', 'job-seeker', $3, '{nik,phone}', $4, $5)`,
        [randomUUID(), actor, randomUUID(), subject, purpose],
      );

    it('is append-only in PostgreSQL itself: direct UPDATE, DELETE and TRUNCATE fail', async () => {
      const subject = identity.personId('3373014507900001');
      await row(subject, 'sandbox-regency-33-73');
      const before = (await pg.query('SELECT count(*)::int AS n, max(purpose) AS p FROM personal_data_access')).rows[0];
      await expect(pg.query(`UPDATE personal_data_access SET purpose = 'STATISTICS'`)).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(pg.query(`UPDATE personal_data_access SET purpose = 'STATISTICS' WHERE false`)).rejects.toThrow(/append-only/);
      await expect(pg.query(`DELETE FROM personal_data_access WHERE subject_person_id = $1`, [subject])).rejects.toThrow(
        /append-only: DELETE refused/,
      );
      await expect(pg.query(`TRUNCATE personal_data_access`)).rejects.toThrow(/append-only: TRUNCATE refused/);
      const after = (await pg.query('SELECT count(*)::int AS n, max(purpose) AS p FROM personal_data_access')).rows[0];
      expect(after).toEqual(before);
      // consents keep their history the same way
      await expect(pg.query(`DELETE FROM privacy_consents`)).rejects.toThrow(/append-only: DELETE refused/);
    });

    it('lets a ministry administrator query it by subject, actor and time, page by page; partners, officers and people get 403', async () => {
      const subject = identity.personId('3373014507900002');
      const other = identity.personId('3373014507900003');
      await row(subject, 'sandbox-regency-33-73', 'PLACEMENT_SERVICE', `now() - interval '40 days'`);
      for (let i = 0; i < 3; i++) await row(subject, 'sandbox-regency-33-73');
      await row(other, 'sandbox-regency-33-73');
      await row(subject, 'sandbox-province-33', 'SUPERVISION');
      const admin = await sandboxAuth(base, 'admin');

      const first = await get(`/v1/privacy/access-log?subject=${subject}&pageSize=2`, admin);
      expect(first.status).toBe(200);
      const p1 = await first.json();
      expect(p1.items).toHaveLength(2);
      expect(p1.items[0]).toMatchObject({
        subjectPersonId: subject,
        actor: { sub: 'sandbox-province-33', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' },
        purpose: 'SUPERVISION',
        fields: ['nik', 'phone'],
        resourceType: 'job-seeker',
      });
      expect(p1.nextPageToken).not.toBe('');
      const p2 = await (await get(`/v1/privacy/access-log?subject=${subject}&pageSize=2&pageToken=${p1.nextPageToken}`, admin)).json();
      const p3 = await (await get(`/v1/privacy/access-log?subject=${subject}&pageSize=2&pageToken=${p2.nextPageToken}`, admin)).json();
      expect(p3.nextPageToken).toBe('');
      const all = [...p1.items, ...p2.items, ...p3.items];
      expect(all).toHaveLength(5);
      expect(new Set(all.map((e: { id: string }) => e.id)).size).toBe(5);
      expect(all.map((e: { seq: string }) => Number(e.seq))).toEqual(
        [...all.map((e: { seq: string }) => Number(e.seq))].sort((a, b) => b - a),
      );

      const byActor = await (await get(`/v1/privacy/access-log?subject=${subject}&actor=sandbox-province-33`, admin)).json();
      expect(byActor.items.map((e: { purpose: string }) => e.purpose)).toEqual(['SUPERVISION']);
      const from = new Date(Date.now() - 3600e3).toISOString();
      const recent = await (await get(`/v1/privacy/access-log?subject=${subject}&from=${from}`, admin)).json();
      expect(recent.items).toHaveLength(4);
      const old = await (await get(`/v1/privacy/access-log?subject=${subject}&to=${from}`, admin)).json();
      expect(old.items.map((e: { purpose: string }) => e.purpose)).toEqual(['PLACEMENT_SERVICE']);

      await expectProblem(await get('/v1/privacy/access-log?subject=3373014507900002', admin), 400, ['subject']);
      await expectProblem(await get('/v1/privacy/access-log?pageToken=not-a-token', admin), 400, ['pageToken']);
      await expectProblem(await get('/v1/privacy/access-log?pageSize=0', admin), 400, ['pageSize']);
      await expectProblem(await get(`/v1/privacy/access-log?from=${from}&to=${from}`, admin), 400, ['to']);
      await expectProblem(await get('/v1/privacy/access-log', await sandboxAuth(base, 'partnerA')), 403);
      await expectProblem(await get('/v1/privacy/access-log', await sandboxAuth(base, 'regency3373')), 403);
      await expectProblem(await get('/v1/privacy/access-log', (await person()).auth), 403);
      await expectProblem(await get('/v1/privacy/access-log'), 401);
    });
  });

  describe('consents', () => {
    it('records consent per purpose and policy version, withdraws it keeping the history, and replays an Idempotency-Key', async () => {
      const p = await person();
      const given = await post('/v1/privacy/consents', { purpose: 'JOB_MATCHING', policyVersion: '2026-01' }, p.auth);
      expect(given.status).toBe(201);
      const c1 = await given.json();
      expect(c1).toMatchObject({ purpose: 'JOB_MATCHING', policyVersion: '2026-01', status: 'ACTIVE', withdrawnAt: null });
      // the same consent again: the active one, not a second row
      const again = await post('/v1/privacy/consents', { purpose: 'JOB_MATCHING', policyVersion: '2026-01' }, p.auth);
      expect(again.status).toBe(200);
      expect((await again.json()).id).toBe(c1.id);
      // a newer notice supersedes it
      const key = `consent-${uniqueSuffix()}`;
      const v2 = await post(
        '/v1/privacy/consents',
        { purpose: 'JOB_MATCHING', policyVersion: '2026-07' },
        { ...p.auth, 'Idempotency-Key': key },
      );
      expect(v2.status).toBe(201);
      const c2 = await v2.json();
      const replay = await post(
        '/v1/privacy/consents',
        { purpose: 'JOB_MATCHING', policyVersion: '2026-07' },
        { ...p.auth, 'Idempotency-Key': key },
      );
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect((await replay.json()).id).toBe(c2.id);
      expect(
        (
          await post(
            '/v1/privacy/consents',
            { purpose: 'TRAINING_OFFERS', policyVersion: '2026-07' },
            { ...p.auth, 'Idempotency-Key': key },
          )
        ).status,
      ).toBe(422);
      expect((await post('/v1/privacy/consents', { purpose: 'TRAINING_OFFERS', policyVersion: '2026-07' }, p.auth)).status).toBe(201);

      const withdrawn = await del('/v1/privacy/consents/JOB_MATCHING', p.auth);
      expect(withdrawn.status).toBe(200);
      expect(await withdrawn.json()).toMatchObject({ id: c2.id, status: 'WITHDRAWN', withdrawnAt: expect.any(String) });
      await expectProblem(await del('/v1/privacy/consents/JOB_MATCHING', p.auth), 404);

      const list = (await (await get('/v1/privacy/consents', p.auth)).json()).items as {
        id: string;
        purpose: string;
        status: string;
        supersededBy: string | null;
      }[];
      expect(list.filter((c) => c.purpose === 'JOB_MATCHING').map((c) => [c.id, c.status])).toEqual(
        expect.arrayContaining([
          [c1.id, 'SUPERSEDED'],
          [c2.id, 'WITHDRAWN'],
        ]),
      );
      expect(list.find((c) => c.id === c1.id)!.supersededBy).toBe(c2.id);
      expect(list.find((c) => c.purpose === 'TRAINING_OFFERS')!.status).toBe('ACTIVE');
      expect((await pg.query('SELECT count(*)::int AS n FROM privacy_consents WHERE account_id = $1', [p.id])).rows[0].n).toBe(3);
      // consent again after withdrawal: a new row, the withdrawn one stays
      expect((await post('/v1/privacy/consents', { purpose: 'JOB_MATCHING', policyVersion: '2026-07' }, p.auth)).status).toBe(201);
      expect((await pg.query('SELECT count(*)::int AS n FROM privacy_consents WHERE account_id = $1', [p.id])).rows[0].n).toBe(4);
      // another person sees only their own
      expect((await (await get('/v1/privacy/consents', (await person()).auth)).json()).items).toEqual([]);
    });

    it('refuses unknown purposes and bad versions (400 naming the field) and callers who are not the person (403)', async () => {
      const p = await person();
      await expectProblem(await post('/v1/privacy/consents', { purpose: 'SELLING', policyVersion: '2026-01' }, p.auth), 400, ['purpose']);
      await expectProblem(await post('/v1/privacy/consents', { purpose: 'JOB_MATCHING', policyVersion: 'v 1' }, p.auth), 400, [
        'policyVersion',
      ]);
      await expectProblem(await del('/v1/privacy/consents/SELLING', p.auth), 400, ['purpose']);
      await expectProblem(
        await post('/v1/privacy/consents', { purpose: 'JOB_MATCHING', policyVersion: '2026-01' }, await sandboxAuth(base, 'partnerA')),
        403,
      );
      await expectProblem(await get('/v1/privacy/consents', await sandboxAuth(base, 'admin')), 403);
    });
  });

  describe('data-subject requests', () => {
    it('exports what the gateway holds about the person: account, consents, requests and the logged reads (the export itself is logged)', async () => {
      const p = await person();
      await post('/v1/privacy/consents', { purpose: 'JOB_MATCHING', policyVersion: '2026-01' }, p.auth);
      await post('/v1/privacy/consents', { purpose: 'NOTIFICATIONS', policyVersion: '2026-01' }, p.auth);
      await del('/v1/privacy/consents/NOTIFICATIONS', p.auth);
      const created = await post('/v1/privacy/requests', { type: 'EXPORT' }, p.auth);
      expect(created.status).toBe(201);
      const r = await created.json();
      expect(r).toMatchObject({
        type: 'EXPORT',
        status: 'COMPLETED',
        personId: p.personId,
        exportUrl: `/v1/privacy/requests/${r.id}/export`,
      });
      expect(created.headers.get('location')).toBe(`/v1/privacy/requests/${r.id}`);
      expect(await (await get(`/v1/privacy/requests/${r.id}`, p.auth)).json()).toMatchObject({ id: r.id, status: 'COMPLETED' });

      const res = await get(r.exportUrl, p.auth);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="siapkerja-export-${r.id}.json"`);
      const x = await res.json();
      expect(x).toMatchObject({
        format: 'siapkerja.privacy.export.v1',
        personId: p.personId,
        account: { id: p.id, email: p.email, phone: p.e164, name: 'Siti Rahayu', nikMasked: '3373********' + p.nik.slice(-4) },
      });
      expect(x.consents.map((c: { purpose: string; status: string }) => `${c.purpose}:${c.status}`).sort()).toEqual([
        'JOB_MATCHING:ACTIVE',
        'NOTIFICATIONS:WITHDRAWN',
      ]);
      expect(x.dataSubjectRequests.map((d: { id: string }) => d.id)).toContain(r.id);
      expect(x.accessLog).toEqual([
        expect.objectContaining({
          subjectPersonId: p.personId,
          purpose: 'DATA_SUBJECT_REQUEST',
          resourceType: 'privacy-export',
          resourceId: r.id,
          actor: expect.objectContaining({ sub: p.id }),
        }),
      ]);
      expect(JSON.stringify(x)).not.toContain(p.nik);

      // the administrator sees the read in the log; nobody else can download the export
      const admin = await sandboxAuth(base, 'admin');
      const log = await (await get(`/v1/privacy/access-log?subject=${p.personId}`, admin)).json();
      expect(log.items).toHaveLength(1);
      expect(log.items[0].correlationId).toBe(res.headers.get('x-correlation-id'));
      await expectProblem(await get(r.exportUrl, (await person()).auth), 404);
      await expectProblem(await get(`/v1/privacy/requests/${r.id}`, (await person()).auth), 404);
      await expectProblem(await get(r.exportUrl, admin), 403);
      expect((await get(`/v1/privacy/requests/${r.id}`, admin)).status).toBe(200);
    });

    it('erases: the event carries only the person id (no NIK, e-mail, phone or name in its bytes) and the account is pseudonymised so the old login fails', async () => {
      const p = await person();
      await post('/v1/privacy/consents', { purpose: 'JOB_MATCHING', policyVersion: '2026-01' }, p.auth);
      const res = await post('/v1/privacy/requests', { type: 'ERASURE' }, { ...p.auth, 'Idempotency-Key': `erase-${uniqueSuffix()}` });
      expect(res.status).toBe(201);
      const r = await res.json();
      expect(r).toMatchObject({ type: 'ERASURE', status: 'COMPLETED', eventId: expect.any(String), personId: p.personId });

      const msg = await waitFor(async () => received.find((m) => m.headers['ce-id'] === r.eventId), {
        what: 'PersonErasureRequested on Kafka',
      });
      const bytes = `${msg.key}\n${msg.value}\n${JSON.stringify(msg.headers)}`;
      for (const secret of [p.nik, p.email, p.phone, p.e164, p.e164.slice(1), 'Siti', 'Rahayu', p.nik.slice(6, 12)])
        expect(bytes).not.toContain(secret);
      const e = JSON.parse(msg.value);
      expect(e).toMatchObject({
        type: 'siapkerja.gateway.privacy.erasure-requested',
        source: '/siapkerja/identity',
        subject: p.personId,
        data: { personId: p.personId, requestId: r.id },
      });
      expect(Object.keys(e.data).sort()).toEqual(['personId', 'requestId', 'requestedAt']);
      expect(msg.key).toBe(p.personId);

      // the gateway's own copy: personal fields replaced, person id, roles and dates kept
      const [a] = (await pg.query('SELECT * FROM auth_accounts WHERE id = $1', [p.id])).rows;
      expect(a).toMatchObject({
        person_id: p.personId,
        name: '[erased]',
        email: null,
        phone: null,
        nik_masked: '3373************',
        status: 'DISABLED',
        roles: ['JOB_SEEKER'],
      });
      expect(a.pseudonymised_at).toBeInstanceOf(Date);
      expect(JSON.stringify(a)).not.toContain(p.email);
      await expectProblem(await post('/v1/auth/login', { login: p.email, password: p.password }), 401);
      await expectProblem(await post('/v1/auth/login', { login: p.phone, password: p.password }), 401);
      await expectProblem(await get('/v1/auth/me', p.auth), 401); // sessions ended
      // consents stay as the record of what was agreed (they hold no direct personal data)
      expect((await pg.query('SELECT count(*)::int AS n FROM privacy_consents WHERE account_id = $1', [p.id])).rows[0].n).toBe(1);
      // the administrator lists it
      const admin = await sandboxAuth(base, 'admin');
      const listed = await (await get('/v1/privacy/requests?status=COMPLETED&type=ERASURE', admin)).json();
      expect(listed.items.map((i: { id: string }) => i.id)).toContain(r.id);
      await waitFor(
        async () => (await pg.query(`SELECT published_at FROM outbox_events WHERE id = $1`, [r.eventId])).rows[0]?.published_at,
        { what: 'outbox row marked published' },
      );
    });

    it('restricts processing: PersonProcessingRestricted on Kafka, the account marked, the person still signed in', async () => {
      const p = await person();
      const r = await (await post('/v1/privacy/requests', { type: 'RESTRICTION' }, p.auth)).json();
      expect(r).toMatchObject({ type: 'RESTRICTION', status: 'COMPLETED', eventId: expect.any(String) });
      const msg = await waitFor(async () => received.find((m) => m.headers['ce-id'] === r.eventId), {
        what: 'PersonProcessingRestricted on Kafka',
      });
      expect(JSON.parse(msg.value)).toMatchObject({
        type: 'siapkerja.gateway.privacy.processing-restricted',
        data: { personId: p.personId, requestId: r.id },
      });
      expect(msg.value).not.toContain(p.nik);
      expect(
        (await pg.query('SELECT processing_restricted_at FROM auth_accounts WHERE id = $1', [p.id])).rows[0].processing_restricted_at,
      ).toBeInstanceOf(Date);
      expect((await get('/v1/auth/me', p.auth)).status).toBe(200);
    });

    it('leaves a CORRECTION to an administrator, who lists RECEIVED requests page by page and closes it once', async () => {
      const p = await person();
      await expectProblem(await post('/v1/privacy/requests', { type: 'CORRECTION' }, p.auth), 400, ['details']);
      await expectProblem(await post('/v1/privacy/requests', { type: 'FORGET_ME' }, p.auth), 400, ['type']);
      await expectProblem(await post('/v1/privacy/requests', { type: 'EXPORT' }, await sandboxAuth(base, 'partnerA')), 403);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++)
        ids.push((await (await post('/v1/privacy/requests', { type: 'CORRECTION', details: `alamat salah ${i}` }, p.auth)).json()).id);
      const admin = await sandboxAuth(base, 'admin');
      const seen: string[] = [];
      let token = '';
      do {
        const page = await (
          await get(`/v1/privacy/requests?status=RECEIVED&pageSize=2${token ? `&pageToken=${token}` : ''}`, admin)
        ).json();
        expect(page.items.length).toBeLessThanOrEqual(2);
        for (const i of page.items) expect(i.status).toBe('RECEIVED');
        seen.push(...page.items.map((i: { id: string }) => i.id));
        token = page.nextPageToken;
      } while (token);
      expect(seen).toEqual(expect.arrayContaining(ids));
      expect(new Set(seen).size).toBe(seen.length);
      await expectProblem(await get('/v1/privacy/requests', p.auth), 403);
      await expectProblem(await get('/v1/privacy/requests?status=DONE', admin), 400, ['status']);

      const patch = (id: string, body: unknown, auth: Record<string, string>) =>
        fetch(`${base}/v1/privacy/requests/${id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', ...auth },
          body: JSON.stringify(body),
        });
      const closed = await patch(ids[0], { status: 'COMPLETED', resolution: 'Alamat diperbarui' }, admin);
      expect(closed.status).toBe(200);
      expect(await closed.json()).toMatchObject({ status: 'COMPLETED', resolution: 'Alamat diperbarui', completedAt: expect.any(String) });
      await expectProblem(await patch(ids[0], { status: 'REJECTED', resolution: 'x' }, admin), 409);
      await expectProblem(await patch(ids[1], { status: 'COMPLETED', resolution: 'x' }, p.auth), 403);
      await expectProblem(await patch(randomUUID(), { status: 'COMPLETED', resolution: 'x' }, admin), 404);
      expect(await (await get(`/v1/privacy/requests/${ids[0]}`, p.auth)).json()).toMatchObject({ status: 'COMPLETED' });
    });
  });

  // last: it exhausts the per-IP login budget of 127.0.0.1 for this gateway
  describe('login throttling', () => {
    it('answers 429 with Retry-After after 5 failures for an account, refuses even the right password then, and leaves other accounts alone', async () => {
      await freshWindow(30, 900); // failed logins are counted in 15-minute windows (the default AUTH_LOGIN_WINDOW_S)
      const p = await person();
      const other = await person();
      for (let i = 0; i < 5; i++)
        await expectProblem(await post('/v1/auth/login', { login: p.email, password: `wrong-password-${i}` }), 401);
      const locked = await post('/v1/auth/login', { login: p.email, password: 'wrong-password-x' });
      const body = await expectProblem(locked, 429);
      const retryAfter = Number(locked.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(900);
      expect(body.detail).toMatch(/Too many failed logins/);
      // the right password is refused while locked, also through another identifier of the same account
      expect((await post('/v1/auth/login', { login: p.email, password: p.password })).status).toBe(429);
      expect((await post('/v1/auth/login', { login: p.nik, password: p.password })).status).toBe(429);
      // the counter lives in PostgreSQL (shared by replicas) in a 15-minute window
      const [c] = (await pg.query(`SELECT count, window_seconds FROM login_attempts WHERE key = $1`, [`login:account:${p.id}`])).rows;
      expect(c).toMatchObject({ window_seconds: 900 });
      expect(c.count).toBeGreaterThanOrEqual(6);
      // another account from the same address still logs in; a success clears its own failures
      await expectProblem(await post('/v1/auth/login', { login: other.email, password: 'wrong-password-1' }), 401);
      expect((await post('/v1/auth/login', { login: other.email, password: other.password })).status).toBe(200);
      expect(
        (await pg.query(`SELECT count(*)::int AS n FROM login_attempts WHERE key = $1`, [`login:account:${other.id}`])).rows[0].n,
      ).toBe(0);
      // logins of unknown accounts are throttled the same way (no hint whether an account exists)
      for (let i = 0; i < 5; i++)
        await expectProblem(await post('/v1/auth/login', { login: 'nobody@example.id', password: `guess-${i}` }), 401);
      expect((await post('/v1/auth/login', { login: 'nobody@example.id', password: 'guess-x' })).status).toBe(429);
    });

    it('throttles one IP address after 30 failures across accounts, whatever the login', async () => {
      await freshWindow(30, 900);
      const p = await person();
      const ipCount = async () =>
        (await pg.query(`SELECT count FROM login_attempts WHERE key LIKE 'login:ip:%' ORDER BY window_start DESC LIMIT 1`)).rows[0]
          ?.count as number | undefined;
      expect(await ipCount()).toBeLessThan(30);
      let status = 0;
      let attempts = 0;
      while (attempts < 40) {
        const res = await post('/v1/auth/login', { login: `spray-${attempts}@example.id`, password: 'Password123' });
        attempts++;
        status = res.status;
        if (status === 429) {
          expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
          break;
        }
        expect(status).toBe(401);
      }
      expect(status).toBe(429);
      expect(attempts).toBeLessThanOrEqual(31);
      // 30 failures were let through in this window; the 31st attempt was refused
      expect(await ipCount()).toBe(31);
      expect((await post('/v1/auth/login', { login: p.email, password: p.password })).status).toBe(429);
    });
  });
});
