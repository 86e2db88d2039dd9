import { status } from '@grpc/grpc-js';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { asCaller, createTestDatabase, serviceTestEnv, testNik, testTopicPrefix } from '@siapkerja/testing';
import { placementService } from '../src/placement.module';

const caller = (c: object) => ({ metadata: { 'x-caller': JSON.stringify(c) } });
const ministry = caller({ sub: 'min', roles: ['MINISTRY_ADMIN'] });
const regencyOfficer = caller({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' });

/** The field violations of a gRPC error (x-field-violations). */
const violations = (e: { metadata: { get(k: string): unknown[] } }) => JSON.parse(String(e.metadata.get('x-field-violations')[0]));

/**
 * Hostile queries through the placement gRPC API (real PostgreSQL, Kafka and gRPC): page tokens carried over to another
 * listing, and months at the edge of what YYYY-MM can hold.
 */
describe('placement: hostile queries', () => {
  let svc: RunningService;
  let client: ServiceClient<'placement'>;
  let drop: () => Promise<void>;
  const M = '2025-04';

  beforeAll(async () => {
    const db = await createTestDatabase('placement_hostile_queries');
    drop = db.drop;
    svc = await startService(placementService, serviceTestEnv(db.url, { KAFKA_TOPIC_PREFIX: testTopicPrefix() }));
    client = createServiceClient('placement', `127.0.0.1:${svc.grpcPort}`);
    // five placements in Kota Salatiga (33.73): three AKL, two AKAD
    const records = Array.from({ length: 5 }, (_, i) => ({
      line: String(i + 1),
      key: `hq-${i}`,
      kind: 'placement',
      json: JSON.stringify({
        kind: 'placement',
        nik: testNik('3373', `199${i}-05-1${i}`, i % 2 === 0 ? 1 : 2),
        regionCode: '33.73',
        workRegionCode: '33.73',
        channel: i < 3 ? 'AKL' : 'AKAD',
        employerNib: `912000000010${i}`,
        employerType: 'PRIVATE',
        kbjiCode: '7212',
        educationLevel: 'SMK',
        placedOn: `${M}-1${i}`,
      }),
    }));
    const r = await client.applyImportBatch({ importId: 'hostile-queries', records }, ministry);
    expect(r.receipts.map((x) => x.accepted)).toEqual(Array(5).fill(true));
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await drop?.();
  });

  const list = (
    q: Partial<{ regionCode: string; channel: string; kbjiCode: string; pageSize: number; pageToken: string }>,
    as = ministry,
  ) => client.listPlacements({ regionCode: '', month: M, channel: '', source: '', kbjiCode: '', pageSize: 2, pageToken: '', ...q }, as);

  it('refuses a page token of another listing, and continues its own (also with another page size or region spelling)', async () => {
    const first = await list({ regionCode: '33.73' });
    expect(first.placements).toHaveLength(2);
    expect(first.nextPageToken).not.toBe('');
    // its own listing: the next rows, whatever the page size, and for '3373' (the same region, canonically)
    const rest = await list({ regionCode: '33.73', pageSize: 10, pageToken: first.nextPageToken });
    expect(rest.placements).toHaveLength(3);
    expect(await list({ regionCode: '3373', pageSize: 10, pageToken: first.nextPageToken })).toEqual(rest);
    // an officer naming no region lists his own: the same listing
    const mine = await list({}, regencyOfficer);
    expect((await list({ regionCode: '33.73', pageToken: mine.nextPageToken }, regencyOfficer)).placements).toHaveLength(2);
    // another listing (other region, channel, KBJI prefix, or the whole nation): refused, naming the token
    for (const other of [{ regionCode: '33' }, { regionCode: '33.73', channel: 'AKAD' }, { regionCode: '33.73', kbjiCode: '72' }, {}]) {
      const e = await list({ ...other, pageToken: first.nextPageToken }).catch((x) => x);
      expect(e.code).toBe(status.INVALID_ARGUMENT);
      expect(violations(e)).toEqual([{ field: 'pageToken', description: 'is not a token of this list (the filters must stay the same)' }]);
    }
  });

  it('refuses the month 0000-01 and answers a 12-month trend of YYYY-MM months also before the year 1000', async () => {
    for (const month of ['0000-01', '0000-12']) {
      const e = await client.getLabourMarket({ regionCode: '33.73', month }).catch((x) => x);
      expect(e.code).toBe(status.INVALID_ARGUMENT);
      expect(violations(e)).toEqual([{ field: 'month', description: 'must be a month YYYY-MM' }]);
    }
    const early = await client.getLabourMarket({ regionCode: '33.73', month: '0001-03' });
    expect(early.trend.map((t) => t.month)).toEqual([
      ...['04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `0000-${m}`),
      '0001-01',
      '0001-02',
      '0001-03',
    ]);
    expect((await client.getLabourMarket({ regionCode: '33.73', month: '1000-02' })).trend.map((t) => t.month).slice(0, 2)).toEqual([
      '0999-03',
      '0999-04',
    ]);
    const market = await client.getLabourMarket({ regionCode: '33.73', month: M });
    expect(market.trend.map((t) => t.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => (i < 8 ? `2024-${String(i + 5).padStart(2, '0')}` : `2025-0${i - 7}`)),
    );
    expect(market.trend.find((t) => t.month === M)?.placements).toBe('5');
  });

  it('refuses graduate outcomes for a cohort range that ends before it starts, naming cohortTo', async () => {
    const ask = (cohortFrom: string, cohortTo: string) =>
      client.getGraduateOutcomes({ regionCode: '33.73', providerId: '', programId: '', cohortFrom, cohortTo }, ministry);
    const e = await ask('2025-06', '2025-01').catch((x) => x);
    expect(e.code).toBe(status.INVALID_ARGUMENT);
    expect(violations(e)).toEqual([{ field: 'cohortTo', description: 'must not be before cohortFrom' }]);
    await expect(ask('2025-01', '2025-01')).resolves.toBeDefined();
    await expect(ask('2025-01', '')).resolves.toBeDefined();
  });

  it('refuses an import record replayed under its key with another content (in a later batch and within one), naming key', async () => {
    const nik = testNik('3373', '1991-02-03', 1);
    const record = (key: string, over: Record<string, unknown> = {}) => ({
      line: '1',
      key,
      kind: 'placement',
      json: JSON.stringify({
        kind: 'placement',
        nik,
        regionCode: '33.73',
        workRegionCode: '33.73',
        channel: 'AKL',
        employerNib: '9120000000200',
        employerType: 'PRIVATE',
        kbjiCode: '7212',
        educationLevel: 'SMK',
        placedOn: '2025-03-03',
        ...over,
      }),
    });
    const apply = (records: ReturnType<typeof record>[], as: { metadata: Record<string, string> } = ministry) =>
      client.applyImportBatch({ importId: 'key-reuse', records }, as).then((r) => r.receipts);
    const [first] = await apply([record('kr-1')]);
    expect(first.accepted).toBe(true);
    // the same record again (its JSON written in another order too): the same receipt
    const same = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(record('kr-1').json)).reverse()));
    expect((await apply([{ ...record('kr-1'), json: same }]))[0]).toMatchObject({ accepted: true, resourceId: first.resourceId });
    // another record under the same key: refused, the first one stays as it was
    const reused = (await apply([record('kr-1', { channel: 'AKAD', placedOn: '2025-03-04' })]))[0];
    expect(reused).toMatchObject({ accepted: false, resourceId: '' });
    expect(JSON.parse(reused.problemJson)).toMatchObject({
      status: 422,
      code: 'IDEMPOTENCY_KEY_REUSED',
      errors: [{ field: 'key', description: 'was already used for a different record' }],
    });
    const [stored] = await svc.dataSource.query(
      `SELECT channel, to_char(placed_on, 'YYYY-MM-DD') AS placed_on FROM placements WHERE placement_id = $1`,
      [first.resourceId],
    );
    expect(stored).toEqual({ channel: 'AKL', placed_on: '2025-03-03' });
    // within one batch: the second record under a key is the first's replay only when it is the same record
    const within = await apply([record('kr-2'), record('kr-2'), record('kr-2', { employerType: 'GOVERNMENT' })]);
    expect(within.map((r) => r.accepted)).toEqual([true, true, false]);
    expect(within[1].resourceId).toBe(within[0].resourceId);
    expect(JSON.parse(within[2].problemJson).code).toBe('IDEMPOTENCY_KEY_REUSED');
    // another caller's key of the same name is his own (his report: a second source of the same placement, same person
    // and employer within the window)
    const partner = asCaller({ sub: 'partner-b', roles: ['PARTNER'], clientId: 'partner-b' });
    expect((await apply([record('kr-1', { channel: 'AKAD' })], partner))[0]).toMatchObject({ accepted: true, problemJson: '' });
    const sources = await svc.dataSource.query(`SELECT source_key FROM placement_sources WHERE source_key LIKE '%:kr-1' ORDER BY 1`);
    expect(sources.map((r: { source_key: string }) => r.source_key)).toEqual(['IMPORT:account:min:kr-1', 'IMPORT:client:partner-b:kr-1']);
  });
});
