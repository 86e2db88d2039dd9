import { status } from '@grpc/grpc-js';
import { EmployerRegistered, VacancyRegistered } from '@siapkerja/contracts';
import { HealthClient, createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { runWithContext } from '@siapkerja/logging';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { collectTopic, createTestDatabase, serviceTestEnv, uniqueSuffix, waitFor } from '@siapkerja/testing';
import type { Pool } from 'pg';
import { jobsService } from '../src/jobs.module';
import { REGISTER_LOOKUP_SQL } from '../src/vacancies/vacancies.service';

function randomNib() {
  return String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
}

describe('jobs service (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;

  beforeAll(async () => {
    const db = await createTestDatabase('jobs');
    drop = db.drop;
    topic = await collectTopic([VacancyRegistered.topic, EmployerRegistered.topic]);
    svc = await startService(jobsService, serviceTestEnv(db.url));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await drop?.();
  });

  const employer = (nib = randomNib()) => ({
    nib,
    legalName: 'PT Sinar Jaya Abadi',
    employerType: 'EMPLOYER_TYPE_PRIVATE' as const,
    kbliCodes: ['62019'],
    regionCode: '33.73',
    address: 'Jl. Diponegoro 1',
  });
  const vacancy = (employerId: string) => ({
    employerId,
    positionName: 'Pengembang Perangkat Lunak',
    kbjiCode: '2512',
    regionCode: '33.73',
    numberNeeded: 3,
    validFrom: '2026-11-01',
    validUntil: '2026-12-31',
    description: 'Membangun layanan',
  });

  it('serves grpc.health.v1 as SERVING once database and broker are up', async () => {
    const h = new HealthClient(`127.0.0.1:${svc.grpcPort}`);
    expect(await waitFor(async () => (await h.check('siapkerja.jobs.v1.JobsService')) === 'SERVING', { what: 'SERVING' })).toBe(true);
    h.close();
    const ready = await fetch(`http://127.0.0.1:${svc.opsPort}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await (await fetch(`http://127.0.0.1:${svc.opsPort}/metrics`)).text()).toContain('outbox_pending_events');
  });

  it('registers an employer and a vacancy, persisted and published to Kafka with the correlation id', async () => {
    const corr = `corr-${uniqueSuffix()}`;
    const e = await runWithContext({ correlationId: corr }, () =>
      client.createEmployer({ employer: employer(), requestId: `req-${uniqueSuffix()}` }),
    );
    expect(e).toMatchObject({ legalName: 'PT Sinar Jaya Abadi', employerType: 'EMPLOYER_TYPE_PRIVATE', regionCode: '33.73' });
    expect(await client.getEmployer({ id: e.id })).toMatchObject({ id: e.id, nib: e.nib });
    const v = await runWithContext({ correlationId: corr }, () => client.createVacancy({ vacancy: vacancy(e.id) }));
    expect(v).toMatchObject({ employerId: e.id, state: 'VACANCY_STATE_PUBLISHED', numberNeeded: 3, validFrom: '2026-11-01' });
    expect(await client.getVacancy({ id: v.id })).toMatchObject({ id: v.id, positionName: 'Pengembang Perangkat Lunak' });
    const msg = await waitFor(async () => topic.messages.find((m) => m.value.subject === v.id), { what: 'vacancy event on Kafka' });
    expect(msg.topic).toBe('siapkerja.jobs.vacancy.v1');
    expect(msg.key).toBe(v.id);
    expect(msg.headers['x-correlation-id']).toBe(corr);
    expect(msg.value).toMatchObject({
      specversion: '1.0',
      type: 'siapkerja.jobs.vacancy.registered',
      source: '/siapkerja/jobs',
      regioncode: '33.73',
      data: { vacancyId: v.id, numberNeeded: 3 },
    });
    // the relay marks rows sent just after the broker acknowledged them
    await waitFor(async () => (await svc.relay.pending()) === 0, { what: 'outbox drained' });
  });

  it("looks up a new vacancy's request id and employer as a prepared statement of its connection (not planned per create)", async () => {
    const e = await client.createEmployer({ employer: employer(), requestId: `req-${uniqueSuffix()}` });
    for (let i = 0; i < 12; i++) await client.createVacancy({ vacancy: vacancy(e.id), requestId: `req-${uniqueSuffix()}` });
    // every connection of the service's pool, each asked for its prepared statements (they are its session's own): all of
    // the pool's places are taken, so a connection the relay has out at this moment is waited for, not passed over for a new one
    const pool = (svc.dataSource.driver as unknown as { master: Pool }).master;
    const held = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
    try {
      const runs = await Promise.all(
        held.map(async (c) => {
          const { rows } = await c.query<{ generic: number; custom: number }>(
            `SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE statement = $1`,
            [REGISTER_LOOKUP_SQL],
          );
          return rows[0] ?? { generic: 0, custom: 0 };
        }),
      );
      expect(runs.reduce((a, r) => a + r.generic + r.custom, 0)).toBeGreaterThanOrEqual(12);
      // planned at most 5 times per connection (PostgreSQL's trial custom plans), then its generic plan is kept: the
      // connections that ran it most ran their generic plan (with a custom plan each time, creates paid its planning again)
      expect(Math.max(...runs.map((r) => r.custom))).toBeLessThanOrEqual(5);
      expect(runs.reduce((a, r) => a + r.generic, 0)).toBeGreaterThan(0);
    } finally {
      held.forEach((c) => c.release());
    }
  });

  it('stores a region code as the code list writes it, whatever spacing or dots it came with', async () => {
    const e = await client.createEmployer({ employer: { ...employer(), regionCode: ' 33.73\n' }, requestId: `req-${uniqueSuffix()}` });
    expect(e.regionCode).toBe('33.73');
    const v = await client.createVacancy({ vacancy: { ...vacancy(e.id), regionCode: '3373\n' }, requestId: `req-${uniqueSuffix()}` });
    expect(v.regionCode).toBe('33.73');
    const rows: { e: string; v: string }[] = await svc.dataSource.query(
      `SELECT (SELECT region_code FROM employers WHERE id = $1) AS e, (SELECT region_code FROM vacancies WHERE id = $2) AS v`,
      [e.id, v.id],
    );
    expect(rows).toEqual([{ e: '33.73', v: '33.73' }]);
  });

  it('is idempotent on requestId and refuses a second employer with the same NIB', async () => {
    const requestId = `req-${uniqueSuffix()}`;
    const body = employer();
    const a = await client.createEmployer({ employer: body, requestId });
    const b = await client.createEmployer({ employer: body, requestId });
    expect(b.id).toBe(a.id);
    await expect(client.createEmployer({ employer: body })).rejects.toMatchObject({ code: status.ALREADY_EXISTS });
    const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM outbox_events WHERE message_key = $1`, [a.id]);
    expect(n).toBe(1);
  });

  it('scopes a request id to its caller: two partners with one key get two employers and two vacancies, each its own back', async () => {
    const as = (clientId: string) => ({
      metadata: { 'x-caller': JSON.stringify({ sub: `acc-${clientId}`, roles: ['PARTNER'], clientId }) },
    });
    const [a, b] = [`partner-a-${uniqueSuffix()}`, `partner-b-${uniqueSuffix()}`];
    const [pa, pb] = [as(a), as(b)];
    const requestId = `shared-${uniqueSuffix()}`;
    const ea = await client.createEmployer({ employer: employer(), requestId }, pa);
    const eb = await client.createEmployer({ employer: employer(), requestId }, pb);
    expect(eb.id).not.toBe(ea.id);
    expect(eb.nib).not.toBe(ea.nib);
    // the same caller gets its first record back (another body with the same key changes nothing)
    expect((await client.createEmployer({ employer: employer(), requestId }, pa)).id).toBe(ea.id);
    expect((await client.createEmployer({ employer: employer(), requestId }, pb)).id).toBe(eb.id);
    const va = await client.createVacancy({ vacancy: vacancy(ea.id), requestId, draft: true }, pa);
    const vb = await client.createVacancy({ vacancy: vacancy(eb.id), requestId, draft: true }, pb);
    expect(vb.id).not.toBe(va.id);
    expect(vb.employerId).toBe(eb.id);
    expect((await client.createVacancy({ vacancy: vacancy(ea.id), requestId, draft: true }, pa)).id).toBe(va.id);
    const stored: { request_id: string }[] = await svc.dataSource.query(
      `SELECT request_id FROM employers WHERE id = ANY($1) UNION ALL SELECT request_id FROM vacancies WHERE id = ANY($1)`,
      [[ea.id, eb.id, va.id, vb.id]],
    );
    const scoped = (c: string) => `client:${c}|${requestId}`;
    expect(stored.map((r) => r.request_id).sort()).toEqual([scoped(a), scoped(a), scoped(b), scoped(b)]);
  });

  it("keeps the gateway's request hash with the key: a retry is answered as a replay, another request under the key is refused", async () => {
    const caller = {
      metadata: { 'x-caller': JSON.stringify({ sub: 'acc-h', roles: ['PARTNER'], clientId: `partner-h-${uniqueSuffix()}` }) },
    };
    const requestId = `hash-${uniqueSuffix()}`;
    // as the gateway calls: its context holds the hash to send (forward), the service's answer marks a replay on it
    const as = <T>(hash: string, call: () => Promise<T>) => {
      const ctx = {
        correlationId: `corr-${uniqueSuffix()}`,
        idempotency: { hash, forward: true } as { hash: string; forward: boolean; replayed?: boolean },
      };
      return runWithContext(ctx, async () => ({ answer: await call(), replayed: ctx.idempotency.replayed === true }));
    };
    const [h1, h2] = ['1'.repeat(64), '2'.repeat(64)];
    const e = await as(h1, () => client.createEmployer({ employer: employer(), requestId }, caller));
    expect(e.replayed).toBe(false);
    const again = await as(h1, () => client.createEmployer({ employer: employer(), requestId }, caller));
    expect(again).toEqual({ answer: expect.objectContaining({ id: e.answer.id }), replayed: true });
    await expect(as(h2, () => client.createEmployer({ employer: employer(), requestId }, caller))).rejects.toMatchObject({
      code: status.FAILED_PRECONDITION,
      details: expect.stringContaining('Idempotency-Key was already used for a different request'),
    });
    // the vacancy's own statements (the lookup inside its transaction) answer the same way
    const v = await as(h1, () => client.createVacancy({ vacancy: vacancy(e.answer.id), requestId }, caller));
    expect(v.replayed).toBe(false);
    expect((await as(h1, () => client.createVacancy({ vacancy: vacancy(e.answer.id), requestId }, caller))).replayed).toBe(true);
    const refused = as(h2, () => client.createVacancy({ vacancy: vacancy(e.answer.id), requestId }, caller));
    await expect(refused).rejects.toMatchObject({ code: status.FAILED_PRECONDITION });
    // without a hash (a direct caller, rows made before hashes were kept) the key alone decides, as before
    expect((await client.createVacancy({ vacancy: vacancy(e.answer.id), requestId }, caller)).id).toBe(v.answer.id);
    const rows: { request_hash: string }[] = await svc.dataSource.query(
      `SELECT request_hash FROM employers WHERE id = $1 UNION ALL SELECT request_hash FROM vacancies WHERE id = $2`,
      [e.answer.id, v.answer.id],
    );
    expect(rows.map((r) => r.request_hash)).toEqual([h1, h1]);
    const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM vacancies WHERE employer_id = $1`, [e.answer.id]);
    expect(n).toBe(1);
  });

  it('never lets a hidden wage leave the service: every read by anyone, the owner and the ministry included (Perpres 57/2023)', async () => {
    const clientId = `partner-w-${uniqueSuffix()}`;
    const owner = { metadata: { 'x-caller': JSON.stringify({ sub: `acc-${clientId}`, roles: ['PARTNER'], clientId }) } };
    const ministry = { metadata: { 'x-caller': JSON.stringify({ sub: 'minister', roles: ['MINISTRY_ADMIN'] }) } };
    const e = await client.createEmployer({ employer: employer() }, owner);
    const position = `Juru Hitung ${uniqueSuffix()}`;
    const wages = { wageMin: 4_000_000, wageMax: 6_000_000 };
    const hidden = await client.createVacancy({ vacancy: { ...vacancy(e.id), positionName: position, ...wages, wageHidden: true } }, owner);
    const shown = await client.createVacancy({ vacancy: { ...vacancy(e.id), positionName: position, ...wages } }, owner);
    const none = { wageHidden: true, wageMin: '0', wageMax: '0' };
    expect(hidden).toMatchObject(none);
    expect(shown).toMatchObject({ wageHidden: false, wageMin: '4000000', wageMax: '6000000' });
    for (const as of [owner, ministry, {}]) {
      expect(await client.getVacancy({ id: hidden.id }, as)).toMatchObject(none);
      const listed = (await client.listVacancies({ employerId: e.id, pageSize: 10 }, as)).vacancies;
      expect(listed.find((v) => v.id === hidden.id)).toMatchObject(none);
      expect(listed.find((v) => v.id === shown.id)).toMatchObject({ wageMin: '4000000' });
      // the search answer is the same public view for every caller (the gateway caches and shares it)
      const hits = (await client.searchVacancies({ query: position, regionCode: '33.73', pageSize: 10 }, as)).hits;
      expect(hits.find((h) => h.id === hidden.id)).toMatchObject(none);
      expect(hits.find((h) => h.id === shown.id)).toMatchObject({ wageMin: '4000000', wageMax: '6000000' });
    }
    expect(await client.closeVacancy({ id: hidden.id, reason: 'done' }, owner)).toMatchObject(none);
    // stored in full: the employer's own figures are kept, only never shown
    const [row] = await svc.dataSource.query(`SELECT wage_min::text AS w FROM vacancies WHERE id = $1`, [hidden.id]);
    expect(row.w).toBe('4000000');
  });

  it('rejects bad input naming each field and stores nothing', async () => {
    const before = await svc.dataSource.query(
      `SELECT (SELECT count(*) FROM employers)::int AS e, (SELECT count(*) FROM vacancies)::int AS v, (SELECT count(*) FROM outbox_events)::int AS o`,
    );
    const err = await client
      .createEmployer({
        employer: { ...employer('12345'), regionCode: '99.99', kbliCodes: ['ZZ'], employerType: 'EMPLOYER_TYPE_UNSPECIFIED' },
      })
      .catch((x) => x);
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    const fields = JSON.parse(String(err.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['nib', 'regionCode', 'kbliCodes[0]', 'employerType']));
    const e = await client.createEmployer({ employer: employer() });
    const bad = await client
      .createVacancy({ vacancy: { ...vacancy(e.id), validUntil: '2026-10-01', numberNeeded: 0, kbjiCode: 'abc' } })
      .catch((x) => x);
    expect(bad.code).toBe(status.INVALID_ARGUMENT);
    expect(JSON.parse(String(bad.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['validUntil', 'numberNeeded', 'kbjiCode']),
    );
    await expect(client.createVacancy({ vacancy: vacancy('00000000-0000-4000-8000-000000000000') })).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
    await expect(client.getVacancy({ id: 'not-a-uuid' })).rejects.toMatchObject({ code: status.NOT_FOUND });
    const after = await svc.dataSource.query(
      `SELECT (SELECT count(*) FROM employers)::int AS e, (SELECT count(*) FROM vacancies)::int AS v, (SELECT count(*) FROM outbox_events)::int AS o`,
    );
    expect(after[0]).toEqual({ e: before[0].e + 1, v: before[0].v, o: before[0].o + 1 });
  });

  it('refuses a Disnaker officer acting outside its region (defence in depth behind the gateway)', async () => {
    const e = await client.createEmployer({ employer: employer() });
    const regency = { metadata: { 'x-caller': JSON.stringify({ sub: 'officer-1', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' }) } };
    const province = { metadata: { 'x-caller': JSON.stringify({ sub: 'officer-2', roles: ['DISNAKER_PROVINCE'], regionCode: '32' }) } };
    expect(await client.createVacancy({ vacancy: vacancy(e.id) }, regency)).toMatchObject({ regionCode: '33.73' });
    await expect(client.createVacancy({ vacancy: { ...vacancy(e.id), regionCode: '33.74' } }, regency)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    await expect(client.createVacancy({ vacancy: vacancy(e.id) }, province)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    await expect(client.createEmployer({ employer: employer() }, province)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    expect(await client.createVacancy({ vacancy: { ...vacancy(e.id), regionCode: '32.73' } }, province)).toMatchObject({
      regionCode: '32.73',
    });
  });
});
