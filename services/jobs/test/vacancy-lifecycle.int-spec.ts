import { status } from '@grpc/grpc-js';
import { todayWib } from '@siapkerja/codes';
import { VacancyClosed, VacancyExpired, VacancyFilled, VacancyPublished, VacancyRegistered, type jobsV1 } from '@siapkerja/contracts';
import { TransactionalOutbox } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { collectTopic, createTestDatabase, serviceTestEnv, waitFor } from '@siapkerja/testing';
import { jobsService } from '../src/jobs.module';
import { VacanciesService } from '../src/vacancies/vacancies.service';

function randomNib() {
  return String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
}

/** YYYY-MM-DD, `days` after today in WIB. */
function day(days: number): string {
  const t = new Date(`${todayWib()}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

function fieldsOf(err: { metadata: { get(k: string): unknown[] } }): string[] {
  return JSON.parse(String(err.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field);
}

describe('vacancy content and lifecycle (Perpres 57/2023 art. 5/6; real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_lifecycle');
    drop = db.drop;
    topic = await collectTopic([VacancyRegistered.topic]);
    svc = await startService(jobsService, serviceTestEnv(db.url));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await drop?.();
  });

  const newEmployer = async () =>
    client.createEmployer({
      employer: {
        nib: randomNib(),
        legalName: 'PT Maju Bersama',
        employerType: 'EMPLOYER_TYPE_PRIVATE',
        kbliCodes: ['62019', '10750'],
        regionCode: '33.74',
      },
    });
  const basic = (employerId: string, extra: Partial<jobsV1.Vacancy> = {}): jobsV1.Vacancy => ({
    employerId,
    positionName: 'Operator Mesin',
    kbjiCode: '8189',
    regionCode: '33.74',
    numberNeeded: 3,
    validFrom: day(0),
    validUntil: day(200),
    ...extra,
  });
  const full = (employerId: string): jobsV1.Vacancy => ({
    ...basic(employerId),
    positionName: 'Pengembang Perangkat Lunak',
    kbjiCode: '2512',
    kbliCode: '62019',
    description: 'Membangun layanan SIAPKerja',
    ageMin: 20,
    ageMax: 35,
    sexRequirement: 'SEX_REQUIREMENT_FEMALE',
    minEducation: 'EDUCATION_LEVEL_SMK',
    skills: ['TypeScript', 'PostgreSQL'],
    skkniUnits: ['J.620100.001.01', 'TIK.PR02.001.01'],
    experienceMonthsMin: 12,
    wageMin: 5_000_000,
    wageMax: '8000000',
    wageHidden: false,
    latitude: -6.9932,
    longitude: 110.4203,
    employmentType: 'EMPLOYMENT_TYPE_CONTRACT',
  });
  /** The service on the running instance's database, outbox source and relay: what the expiry job calls. */
  const expiryService = () => new VacanciesService(svc.dataSource, new TransactionalOutbox(svc.dataSource, '/siapkerja/jobs', svc.relay));
  const eventsOf = (id: string, n: number) =>
    waitFor(
      async () => {
        const ms = topic.messages.filter((m) => m.key === id);
        return ms.length >= n ? ms : undefined;
      },
      { what: `${n} events of vacancy ${id}` },
    );

  it('stores the full art. 5 content and returns it', async () => {
    const e = await newEmployer();
    const v = await client.createVacancy({ vacancy: full(e.id) });
    const expected = {
      state: 'VACANCY_STATE_PUBLISHED',
      kbliCode: '62019',
      ageMin: 20,
      ageMax: 35,
      sexRequirement: 'SEX_REQUIREMENT_FEMALE',
      minEducation: 'EDUCATION_LEVEL_SMK',
      skills: ['TypeScript', 'PostgreSQL'],
      skkniUnits: ['J.620100.001.01', 'TIK.PR02.001.01'],
      experienceMonthsMin: 12,
      wageMin: '5000000',
      wageMax: '8000000',
      wageHidden: false,
      latitude: -6.9932,
      longitude: 110.4203,
      employmentType: 'EMPLOYMENT_TYPE_CONTRACT',
      overseas: false,
      destinationCountry: '',
      numberHired: 0,
      endTime: '',
    };
    expect(v).toMatchObject(expected);
    expect(v.publishTime).not.toBe('');
    expect(await client.getVacancy({ id: v.id })).toMatchObject(expected);

    const overseas = await client.createVacancy({
      vacancy: { ...basic(e.id), overseas: true, destinationCountry: 'sa', latitude: 24.7136, longitude: 46.6753 },
    });
    expect(overseas).toMatchObject({ overseas: true, destinationCountry: 'SA', latitude: 24.7136, longitude: 46.6753 });
  });

  it('applies sensible defaults to a vacancy created with only the original fields', async () => {
    const e = await newEmployer();
    const v = await client.createVacancy({ vacancy: basic(e.id) });
    expect(v).toMatchObject({
      state: 'VACANCY_STATE_PUBLISHED',
      sexRequirement: 'SEX_REQUIREMENT_ANY',
      minEducation: 'EDUCATION_LEVEL_NONE',
      employmentType: 'EMPLOYMENT_TYPE_FULL_TIME',
      wageHidden: true,
      wageMin: '0',
      wageMax: '0',
      ageMin: 0,
      ageMax: 0,
      kbliCode: '62019',
      skills: [],
      skkniUnits: [],
      overseas: false,
    });
    expect(v.latitude).toBeUndefined();
    // a wage given without wageHidden is shown
    expect(await client.createVacancy({ vacancy: basic(e.id, { wageMin: 4_000_000 }) })).toMatchObject({
      wageHidden: false,
      wageMin: '4000000',
      wageMax: '0',
    });
  });

  it('rejects bad content naming each field and stores nothing', async () => {
    const e = await newEmployer();
    const count = async () =>
      (await svc.dataSource.query(`SELECT (SELECT count(*) FROM vacancies)::int AS v, (SELECT count(*) FROM outbox_events)::int AS o`))[0];
    const before = await count();
    const bad = await client
      .createVacancy({
        vacancy: {
          ...full(e.id),
          ageMin: 14,
          ageMax: 71,
          kbliCode: '00123',
          skkniUnits: ['J.620100.001.01', 'nope'],
          skills: ['ok', ''],
          experienceMonthsMin: -1,
          wageMin: 9_000_000,
          wageMax: 8_000_000,
          destinationCountry: 'MY',
          latitude: 35.68,
          longitude: 139.69,
        },
      })
      .catch((x) => x);
    expect(bad.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(bad)).toEqual(
      expect.arrayContaining([
        'ageMin',
        'ageMax',
        'kbliCode',
        'skkniUnits[1]',
        'skills[1]',
        'experienceMonthsMin',
        'wageMax',
        'destinationCountry',
        'latitude',
      ]),
    );
    expect(fieldsOf(bad)).not.toContain('skkniUnits[0]');

    const ages = await client.createVacancy({ vacancy: { ...basic(e.id), ageMin: 40, ageMax: 30 } }).catch((x) => x);
    expect(ages.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(ages)).toEqual(['ageMax']);
    const noDestination = await client.createVacancy({ vacancy: { ...basic(e.id), overseas: true } }).catch((x) => x);
    expect(fieldsOf(noDestination)).toEqual(['destinationCountry']);
    const home = await client.createVacancy({ vacancy: { ...basic(e.id), overseas: true, destinationCountry: 'ID' } }).catch((x) => x);
    expect(fieldsOf(home)).toEqual(['destinationCountry']);
    const unknownCountry = await client
      .createVacancy({ vacancy: { ...basic(e.id), overseas: true, destinationCountry: 'XX' } })
      .catch((x) => x);
    expect(fieldsOf(unknownCountry)).toEqual(['destinationCountry']);
    const halfCoordinates = await client.createVacancy({ vacancy: { ...basic(e.id), latitude: -7 } }).catch((x) => x);
    expect(fieldsOf(halfCoordinates)).toEqual(['longitude']);
    const outsideIndonesia = await client.createVacancy({ vacancy: { ...basic(e.id), latitude: -7, longitude: 150 } }).catch((x) => x);
    expect(fieldsOf(outsideIndonesia)).toEqual(['longitude']);
    expect(await count()).toEqual(before);
  });

  it('creates a DRAFT without any event, then publishes it (Registered + Published) and closes it', async () => {
    const e = await newEmployer();
    const draft = await client.createVacancy({ vacancy: full(e.id), draft: true });
    expect(draft).toMatchObject({ state: 'VACANCY_STATE_DRAFT', publishTime: '' });
    const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM outbox_events WHERE message_key = $1`, [draft.id]);
    expect(n).toBe(0);

    const published = await client.publishVacancy({ id: draft.id });
    expect(published).toMatchObject({ state: 'VACANCY_STATE_PUBLISHED' });
    expect(published.publishTime).not.toBe('');
    const again = await client.publishVacancy({ id: draft.id }).catch((x) => x);
    expect(again.code).toBe(status.FAILED_PRECONDITION);
    expect(again.details).toMatch(/is PUBLISHED.*cannot become PUBLISHED/);

    const closed = await client.closeVacancy({ id: draft.id, reason: 'Posisi dibatalkan' });
    expect(closed).toMatchObject({ state: 'VACANCY_STATE_CLOSED', numberHired: 0 });
    expect(closed.endTime).not.toBe('');

    const events = await eventsOf(draft.id, 3);
    expect(events.map((m) => m.value.type)).toEqual([VacancyRegistered.type, VacancyPublished.type, VacancyClosed.type]);
    expect(events.every((m) => m.topic === 'siapkerja.jobs.vacancy.v1' && m.value.regioncode === '33.74')).toBe(true);
    expect(events[0].value.data).toMatchObject({ vacancyId: draft.id, state: 'PUBLISHED', numberNeeded: 3 });
    expect(events[1].value.data).toMatchObject({
      fromState: 'DRAFT',
      state: 'PUBLISHED',
      kbliCode: '62019',
      minEducation: 'SMK',
      sexRequirement: 'FEMALE',
      employmentType: 'CONTRACT',
      overseas: false,
    });
    expect(events[2].value.data).toMatchObject({ fromState: 'PUBLISHED', state: 'CLOSED', reason: 'Posisi dibatalkan' });
  });

  it('reports a vacancy filled with the number hired (art. 6)', async () => {
    const e = await newEmployer();
    const v = await client.createVacancy({ vacancy: basic(e.id, { numberNeeded: 5 }) });
    for (const numberHired of [0, 6]) {
      const err = await client.reportVacancyFilled({ id: v.id, numberHired }).catch((x) => x);
      expect(err.code).toBe(status.INVALID_ARGUMENT);
      expect(fieldsOf(err)).toEqual(['numberHired']);
    }
    expect((await client.getVacancy({ id: v.id })).state).toBe('VACANCY_STATE_PUBLISHED');
    const filled = await client.reportVacancyFilled({ id: v.id, numberHired: 4 });
    expect(filled).toMatchObject({ state: 'VACANCY_STATE_FILLED', numberHired: 4 });
    const events = await eventsOf(v.id, 3);
    expect(events.map((m) => m.value.type)).toEqual([VacancyRegistered.type, VacancyPublished.type, VacancyFilled.type]);
    expect(events[2].value.data).toMatchObject({
      vacancyId: v.id,
      fromState: 'PUBLISHED',
      state: 'FILLED',
      numberNeeded: 5,
      numberHired: 4,
    });
  });

  it('refuses illegal transitions with FAILED_PRECONDITION naming both states', async () => {
    const e = await newEmployer();
    const draft = await client.createVacancy({ vacancy: basic(e.id), draft: true });
    // a draft was never public: it cannot be closed or reported filled, only published
    await expect(client.closeVacancy({ id: draft.id })).rejects.toMatchObject({
      code: status.FAILED_PRECONDITION,
      details: expect.stringMatching(/is DRAFT.*cannot become CLOSED/),
    });
    await expect(client.reportVacancyFilled({ id: draft.id, numberHired: 1 })).rejects.toMatchObject({
      code: status.FAILED_PRECONDITION,
    });

    const v = await client.createVacancy({ vacancy: basic(e.id) });
    await expect(client.publishVacancy({ id: v.id })).rejects.toMatchObject({ code: status.FAILED_PRECONDITION });
    await client.closeVacancy({ id: v.id });
    await expect(client.reportVacancyFilled({ id: v.id, numberHired: 1 })).rejects.toMatchObject({
      code: status.FAILED_PRECONDITION,
      details: expect.stringMatching(/is CLOSED.*cannot become FILLED/),
    });
    await expect(client.closeVacancy({ id: v.id })).rejects.toMatchObject({ code: status.FAILED_PRECONDITION });
    await expect(client.publishVacancy({ id: v.id })).rejects.toMatchObject({ code: status.FAILED_PRECONDITION });

    // a draft whose validity period already ended cannot be published
    const stale = await client.createVacancy({ vacancy: basic(e.id, { validFrom: day(-30), validUntil: day(-1) }), draft: true });
    await expect(client.publishVacancy({ id: stale.id })).rejects.toMatchObject({
      code: status.FAILED_PRECONDITION,
      details: expect.stringMatching(/validity period ended/),
    });

    await expect(client.publishVacancy({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
    await expect(client.closeVacancy({ id: 'not-a-uuid' })).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it('lets exactly one of concurrent transitions win', async () => {
    const e = await newEmployer();
    const v = await client.createVacancy({ vacancy: basic(e.id) });
    const results = await Promise.allSettled([
      ...Array.from({ length: 4 }, () => client.closeVacancy({ id: v.id })),
      ...Array.from({ length: 4 }, () => client.reportVacancyFilled({ id: v.id, numberHired: 1 })),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as { code: number }).code).toBe(status.FAILED_PRECONDITION);
    const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM outbox_events WHERE message_key = $1`, [v.id]);
    expect(n).toBe(3); // registered, published, and one of closed / filled
  });

  it('registers vacancies arriving together in shared transactions, each answered as if it had come alone', async () => {
    const e = await newEmployer();
    const ds = svc.dataSource;
    // a row the database itself refuses (its checks pass in the service): its batch fails and goes again one by one
    await ds.query(`CREATE FUNCTION refuse_vacancy() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'vacancy refused by the database'; END $$`);
    await ds.query(`CREATE TRIGGER refuse_vacancy BEFORE INSERT ON vacancies FOR EACH ROW
      WHEN (NEW.position_name = 'Ditolak Basis Data') EXECUTE FUNCTION refuse_vacancy()`);
    try {
      const create = (vacancy: jobsV1.Vacancy, requestId?: string) =>
        client.createVacancy({ vacancy, ...(requestId ? { requestId } : {}) });
      const operators = (n: number, name: string) =>
        Array.from({ length: n }, (_, i) => create(basic(e.id, { positionName: `${name} ${i}` })));
      const failures = (settled: PromiseSettledResult<jobsV1.Vacancy__Output>[]) =>
        settled.flatMap((r, i) => (r.status === 'rejected' ? [{ i, e: r.reason as { code: number; details: string } }] : []));
      const made = (settled: PromiseSettledResult<jobsV1.Vacancy__Output>[]) =>
        settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const transactionsOf = async (ids: string[]) =>
        new Set(((await ds.query(`SELECT xmin::text AS t FROM vacancies WHERE id = ANY($1)`, [ids])) as { t: string }[]).map((x) => x.t))
          .size;

      /** a counter of the service's ops port (/metrics) */
      const metric = async (name: string) => {
        const text = await (await fetch(`http://127.0.0.1:${svc.opsPort}/metrics`)).text();
        return Number(
          text
            .split('\n')
            .find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `))
            ?.split(' ')
            .pop(),
        );
      };
      /**
       * Sends the calls while the vacancies table is locked against inserts (SHARE: reads go on), and lets the inserts go
       * once every call is in the service's hands (in a batch held at its INSERT, or waiting for one): the calls then
       * arrive together however slow the machine is, as they do under load, and the test does not race their arrival.
       */
      const together = async <T>(calls: () => Promise<T>[]): Promise<PromiseSettledResult<T>[]> => {
        const hold = ds.createQueryRunner();
        await hold.connect();
        await hold.startTransaction();
        let settled: Promise<PromiseSettledResult<T>[]> | undefined;
        try {
          await hold.query(`LOCK TABLE vacancies IN SHARE MODE`);
          const before = await metric('vacancy_create_batched_total');
          const sent = calls();
          settled = Promise.allSettled(sent);
          const arrived = async () => (await metric('vacancy_create_batched_total')) - before + (await metric('vacancy_create_waiting'));
          while ((await arrived()) < sent.length) await new Promise((r) => setTimeout(r, 10));
        } finally {
          await hold.rollbackTransaction();
          await hold.release();
        }
        return settled;
      };
      const [batches0, batched0] = [await metric('vacancy_create_batches_total'), await metric('vacancy_create_batched_total')];
      // 40 at once, two of them refused for themselves (their content, their employer): answered their own errors
      const first = await together(() => [
        ...operators(20, 'Operator'),
        create(basic(e.id, { kbjiCode: '99999' })),
        create(basic('00000000-0000-4000-8000-000000000000')),
        ...operators(18, 'Juru Las'),
      ]);
      expect(failures(first).map((f) => [f.i, f.e.code])).toEqual([
        [20, status.INVALID_ARGUMENT],
        [21, status.NOT_FOUND],
      ]);
      expect(fieldsOf(failures(first)[0].e as never)).toEqual(['kbjiCode']);
      const firstIds = made(first).map((v) => v.id);
      expect(new Set(firstIds).size).toBe(38);
      expect(made(first).map((v) => v.positionName)).toEqual([
        ...Array.from({ length: 20 }, (_, i) => `Operator ${i}`),
        ...Array.from({ length: 18 }, (_, i) => `Juru Las ${i}`),
      ]);
      // several went in one transaction (they share its id, xmin): the two that found a slot free went alone, held at the
      // lock; the 38 that waited went in batches of at most 32 (VACANCY_WRITE_BATCH_MAX)
      expect(await transactionsOf(firstIds)).toBeLessThanOrEqual(4);
      // and the service says so on /metrics: 40 creates in 4 batches
      expect((await metric('vacancy_create_batched_total')) - batched0).toBe(40);
      expect((await metric('vacancy_create_batches_total')) - batches0).toBeLessThanOrEqual(4);

      // the same key twice at once, and a key used before: one vacancy, answered to each
      const key = `batch-key-${Date.now()}`;
      const earlier = await create(basic(e.id, { positionName: 'Operator Lama' }), `${key}-old`);
      const second = await together(() => [
        ...operators(10, 'Juru Masak'),
        create(basic(e.id, { positionName: 'Operator Kunci' }), key),
        create(basic(e.id, { positionName: 'Operator Kunci' }), key),
        create(basic(e.id, { positionName: 'Operator Lama' }), `${key}-old`),
        ...operators(10, 'Juru Cat'),
      ]);
      expect(failures(second)).toEqual([]);
      const keyed = made(second).slice(10, 13);
      expect(keyed[0].id).toBe(keyed[1].id);
      expect(keyed[2].id).toBe(earlier.id);
      expect(new Set(made(second).map((v) => v.id)).size).toBe(22);
      expect(await transactionsOf(made(second).map((v) => v.id))).toBeLessThanOrEqual(6);

      // a row the database refuses fails its batch: each of its vacancies then goes alone, the refused one alone fails
      const third = await together(() => [
        ...operators(10, 'Penjahit'),
        create(basic(e.id, { positionName: 'Ditolak Basis Data' })),
        ...operators(10, 'Pengemudi'),
      ]);
      expect(failures(third).map((f) => [f.i, f.e.code])).toEqual([[10, status.INTERNAL]]);
      expect(made(third)).toHaveLength(20);

      // every vacancy stored once with its two events (none of the refused ones)
      const ids = [...firstIds, ...made(second).map((v) => v.id), ...made(third).map((v) => v.id), earlier.id];
      const stored: { n: number; refused: number }[] = await ds.query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE position_name = 'Ditolak Basis Data')::int AS refused FROM vacancies WHERE employer_id = $1`,
        [e.id],
      );
      expect(stored).toEqual([{ n: new Set(ids).size, refused: 0 }]);
      const events: { message_key: string; n: number }[] = await ds.query(
        `SELECT message_key, count(*)::int AS n FROM outbox_events WHERE message_key = ANY($1) GROUP BY message_key`,
        [[...new Set(ids)]],
      );
      expect(events).toHaveLength(new Set(ids).size);
      expect(events.every((x) => x.n === 2)).toBe(true);
    } finally {
      await ds.query(`DROP TRIGGER refuse_vacancy ON vacancies`);
      await ds.query(`DROP FUNCTION refuse_vacancy()`);
    }
  });

  it('expires published vacancies after their validity period (WIB) and emits VacancyExpired', async () => {
    const e = await newEmployer();
    const until = day(3);
    const due = await client.createVacancy({ vacancy: basic(e.id, { validUntil: until }) });
    const draft = await client.createVacancy({ vacancy: basic(e.id, { validUntil: until }), draft: true });
    const later = await client.createVacancy({ vacancy: basic(e.id, { validUntil: day(4) }) });
    const service = expiryService();

    // the last day of validity is still valid; at 23:59 UTC of that day it is already the next day in WIB (UTC+7)
    expect(await service.expireDue(new Date(`${until}T16:59:00Z`))).toBe(0);
    expect(await service.expireDue(new Date(`${until}T17:00:00Z`))).toBe(1);
    expect(await service.expireDue(new Date(`${until}T17:00:00Z`))).toBe(0);
    expect((await client.getVacancy({ id: due.id })).state).toBe('VACANCY_STATE_EXPIRED');
    expect((await client.getVacancy({ id: draft.id })).state).toBe('VACANCY_STATE_DRAFT');
    expect((await client.getVacancy({ id: later.id })).state).toBe('VACANCY_STATE_PUBLISHED');
    await expect(client.reportVacancyFilled({ id: due.id, numberHired: 1 })).rejects.toMatchObject({
      code: status.FAILED_PRECONDITION,
    });

    const events = await eventsOf(due.id, 3);
    expect(events[2].value).toMatchObject({
      type: VacancyExpired.type,
      subject: due.id,
      data: { fromState: 'PUBLISHED', state: 'EXPIRED', validUntil: until },
    });
  });

  it('expires in batches', async () => {
    const e = await newEmployer();
    const until = day(2); // no other published vacancy of this file ends this early
    for (let i = 0; i < 5; i++) await client.createVacancy({ vacancy: basic(e.id, { validUntil: until }) });
    const service = expiryService();
    expect(await service.expireDue(new Date(`${until}T17:00:00Z`), 2)).toBe(5);
    const left = await client.listVacancies({ employerId: e.id, state: 'VACANCY_STATE_PUBLISHED' });
    expect(left.vacancies).toEqual([]);
  });

  it('lists vacancies newest first across pages without duplicates, with filters', async () => {
    const e = await newEmployer();
    const other = await newEmployer();
    const made: jobsV1.Vacancy__Output[] = [];
    for (const regionCode of ['33.74', '33.74', '33.73', '33.73', '33.74', '32.73', '33.74'])
      made.push(await client.createVacancy({ vacancy: basic(e.id, { regionCode }) }));
    made.push(await client.createVacancy({ vacancy: basic(e.id), draft: true }));
    await client.createVacancy({ vacancy: basic(other.id) });

    const all = async (req: jobsV1.ListVacanciesRequest) => {
      const seen: jobsV1.Vacancy__Output[] = [];
      let pageToken = '';
      let pages = 0;
      do {
        const page = await client.listVacancies({ ...req, pageToken });
        expect(page.vacancies.length).toBeLessThanOrEqual(req.pageSize || 20);
        seen.push(...page.vacancies);
        pageToken = page.nextPageToken;
        pages++;
      } while (pageToken);
      return { seen, pages };
    };
    const { seen, pages } = await all({ employerId: e.id, pageSize: 3 });
    expect(pages).toBe(3);
    expect(seen.map((v) => v.id)).toEqual([...made].reverse().map((v) => v.id));
    expect(new Set(seen.map((v) => v.id)).size).toBe(8);

    expect((await all({ employerId: e.id, regionCode: '33', pageSize: 2 })).seen).toHaveLength(7);
    expect((await all({ employerId: e.id, regionCode: '33.74', state: 'VACANCY_STATE_PUBLISHED', pageSize: 2 })).seen).toHaveLength(4);
    expect((await all({ employerId: e.id, regionCode: '32', pageSize: 2 })).seen.map((v) => v.regionCode)).toEqual(['32.73']);
    const drafts = (await all({ employerId: e.id, state: 'VACANCY_STATE_DRAFT' })).seen;
    expect(drafts.map((v) => v.id)).toEqual([made[7].id]);
    expect((await client.listVacancies({ pageSize: 1000 })).vacancies.length).toBeLessThanOrEqual(100);

    const first = await client.listVacancies({ employerId: e.id, pageSize: 3 });
    const changed = await client.listVacancies({ employerId: other.id, pageSize: 3, pageToken: first.nextPageToken }).catch((x) => x);
    expect(changed.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(changed)).toEqual(['pageToken']);
    const bad = await client.listVacancies({ regionCode: '99', employerId: 'x', pageSize: -1, pageToken: 'garbage' }).catch((x) => x);
    expect(bad.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(bad)).toEqual(expect.arrayContaining(['regionCode', 'employerId', 'pageSize', 'pageToken']));
  });

  it('refuses a Disnaker officer moving a vacancy outside its region', async () => {
    const e = await newEmployer();
    const v = await client.createVacancy({ vacancy: basic(e.id, { regionCode: '33.74' }), draft: true });
    const elsewhere = { metadata: { 'x-caller': JSON.stringify({ sub: 'officer-1', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' }) } };
    const here = { metadata: { 'x-caller': JSON.stringify({ sub: 'officer-2', roles: ['DISNAKER_PROVINCE'], regionCode: '33' }) } };
    await expect(client.publishVacancy({ id: v.id }, elsewhere)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    expect((await client.publishVacancy({ id: v.id }, here)).state).toBe('VACANCY_STATE_PUBLISHED');
    await expect(client.closeVacancy({ id: v.id }, elsewhere)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    await expect(client.reportVacancyFilled({ id: v.id, numberHired: 1 }, elsewhere)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    expect((await client.reportVacancyFilled({ id: v.id, numberHired: 1 }, here)).state).toBe('VACANCY_STATE_FILLED');
  });
});
