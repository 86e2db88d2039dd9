import { createHash, randomUUID } from 'node:crypto';
import { status, type ServiceError } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import { VacancyClosed, VacancyRegistered, VacancyWithdrawn, type VacancyClosedData, type integrationV1 } from '@siapkerja/contracts';
import { buildEvent, type EventEnvelope } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, kafkaBrokers, serviceTestEnv, waitFor } from '@siapkerja/testing';
import { integrationService } from '../src/integration.module';

const partner = { [CALLER_METADATA_KEY]: JSON.stringify({ sub: 'client:p1', roles: ['PARTNER'], clientId: 'p1' }) };
const officer = (regionCode: string, purpose?: string) => ({
  [CALLER_METADATA_KEY]: JSON.stringify({ sub: 'client:o1', roles: ['DISNAKER_REGENCY'], regionCode, clientId: 'o1', purpose }),
});
const partnerWith = (purpose: string) => ({
  [CALLER_METADATA_KEY]: JSON.stringify({ sub: 'client:p1', roles: ['PARTNER'], clientId: 'p1', purpose }),
});

/** The change feed of the integration service, projected from real Kafka events through its inbox (real PostgreSQL, gRPC). */
describe('integration service: change feed', () => {
  let svc: RunningService;
  let client: ServiceClient<'integration'>;
  let drop: () => Promise<void>;
  const kafka = new Kafka({ clientId: 'integration-feed-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  // a regency no other test writes vacancies to, so the feed filtered to it is this test's alone
  const region = `9${1 + Math.floor(Math.random() * 5)}.${String(70 + Math.floor(Math.random() * 29))}`;

  function registered(vacancyId = randomUUID()) {
    return buildEvent(VacancyRegistered, '/siapkerja/jobs', {
      subject: vacancyId,
      regionCode: region,
      data: {
        vacancyId,
        employerId: randomUUID(),
        positionName: 'Operator Las',
        kbjiCode: '7212',
        regionCode: region,
        numberNeeded: 2,
        validFrom: '2026-11-01',
        validUntil: '2026-12-31',
        state: 'DRAFT',
        registeredAt: new Date().toISOString(),
      },
    });
  }
  const closed = (vacancyId: string) =>
    buildEvent(VacancyClosed, '/siapkerja/jobs', {
      subject: vacancyId,
      regionCode: region,
      data: {
        vacancyId,
        regionCode: region,
        state: 'CLOSED',
        fromState: 'PUBLISHED',
        closedAt: new Date().toISOString(),
      } as VacancyClosedData,
    });
  const withdrawn = (vacancyId: string) =>
    buildEvent(VacancyWithdrawn, '/siapkerja/jobs', {
      subject: vacancyId,
      regionCode: region,
      data: { vacancyId, regionCode: region, withdrawnAt: new Date().toISOString() },
    });
  async function send(envelopes: EventEnvelope[]) {
    for (const e of envelopes)
      await producer.send({ topic: VacancyRegistered.topic, messages: [{ key: region, value: JSON.stringify(e) }] }); // one key: one partition, one order
  }
  const page = (after: string, pageSize: number, extra: Partial<integrationV1.ListFeedItemsRequest> = {}) =>
    client.listFeedItems({ resource: 'vacancies', after, pageSize, region, ...extra }, { metadata: partner });
  async function readAll(after = '0', pageSize = 1000) {
    const items: Awaited<ReturnType<typeof page>>['items'] = [];
    for (;;) {
      const p = await page(after, pageSize);
      items.push(...p.items);
      after = p.nextCursor;
      if (!p.hasMore) return { items, cursor: after };
    }
  }
  const rows = async (eventId: string) =>
    (await svc.dataSource.query('SELECT count(*)::int AS n FROM feed_entries WHERE event_id = $1', [eventId]))[0].n as number;

  beforeAll(async () => {
    const db = await createTestDatabase('integration_feed');
    drop = db.drop;
    svc = await startService(integrationService, serviceTestEnv(db.url, { FEED_SNAPSHOT_PART_SIZE: '2', JOBS_GRPC_URL: '127.0.0.1:1' }));
    client = createServiceClient('integration', `127.0.0.1:${svc.grpcPort}`);
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    client?.close();
    await svc?.stop();
    await drop?.();
  });

  const a = randomUUID();
  const b = randomUUID();
  const c = randomUUID();
  const first = registered(a);

  it('projects the events into feed items: creations, merged updates and tombstones, in commit order', async () => {
    await send([first, registered(b), closed(a), registered(c), withdrawn(b)]);
    const { items } = await waitFor(
      async () => {
        const r = await readAll();
        return r.items.length >= 5 ? r : undefined;
      },
      { timeoutMs: 60000, what: 'five feed items' },
    );
    expect(items.map((i) => [i.id, i.op])).toEqual([
      [a, 'upsert'],
      [b, 'upsert'],
      [a, 'upsert'],
      [c, 'upsert'],
      [b, 'delete'],
    ]);
    // the update carries the whole representation (merged onto the creation), the tombstone none
    expect(JSON.parse(items[2].dataJson)).toMatchObject({ id: a, positionName: 'Operator Las', numberNeeded: 2, state: 'CLOSED' });
    expect(items[4]).toMatchObject({ dataJson: '', regionCode: region });
    const cursors = items.map((i) => BigInt(i.cursor));
    for (let i = 1; i < cursors.length; i++) expect(cursors[i] > cursors[i - 1]).toBe(true);
  });

  it('changes nothing when an event is delivered again (inbox)', async () => {
    const consumer = svc.consumers.find((x) => x.name === 'integration.feed')!;
    const before = consumer.stats.duplicate;
    expect(await rows(first.id)).toBe(1);
    await send([first, first]);
    await waitFor(async () => consumer.stats.duplicate >= before + 2, { timeoutMs: 60000, what: 'redeliveries seen as duplicates' });
    expect(await rows(first.id)).toBe(1);
    expect((await readAll()).items).toHaveLength(5);
  });

  it('pages by cursor with Link-style continuation and an ETag that stays while nothing is new', async () => {
    const all = (await readAll()).items;
    const paged = (await readAll('0', 2)).items;
    expect(paged.map((i) => i.cursor)).toEqual(all.map((i) => i.cursor));
    const p1 = await page('0', 2);
    expect(p1).toMatchObject({ hasMore: true, nextCursor: all[1].cursor, notModified: false });
    const again = await page('0', 2, { ifNoneMatch: p1.etag });
    expect(again).toMatchObject({ notModified: true, items: [], etag: p1.etag });
    const end = await page(all[all.length - 1].cursor, 2);
    expect(end).toMatchObject({ items: [], hasMore: false, nextCursor: all[all.length - 1].cursor });
    // bad input names the field
    await expect(page('x', 2)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
    const zero = await page('0', 0).catch((e: ServiceError) => e);
    expect(zero).toMatchObject({ code: status.INVALID_ARGUMENT, details: 'The request body or parameters are invalid' });
    expect(JSON.parse(String((zero as ServiceError).metadata.get('x-field-violations')[0]))).toEqual([
      { field: 'limit', description: 'limit must be an integer from 1 to 1000' },
    ]);
    // no page size: 500 a page (answered, so the next page is read with it)
    expect(await page('0', undefined as unknown as number)).toMatchObject({ pageSize: 500 });
    expect(p1.pageSize).toBe(2);
    await expect(client.listFeedItems({ resource: 'employers', after: '0', pageSize: 1 }, { metadata: partner })).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
  });

  it('takes a snapshot consistent with a cursor: parts with checksums, then the feed after it has exactly the later changes', async () => {
    const snap = await client.createFeedSnapshot({ resource: 'vacancies', region }, { metadata: partner });
    expect(snap).toMatchObject({ resource: 'vacancies', region, records: '2' }); // a and c; b was withdrawn
    expect(snap.parts).toHaveLength(1);
    const part = await client.getFeedSnapshotPart({ resource: 'vacancies', snapshotId: snap.id, part: 0 }, { metadata: partner });
    expect(createHash('sha256').update(part.content).digest('hex')).toBe(snap.parts[0].sha256);
    expect(part.content.length).toBe(Number(snap.parts[0].bytes));
    const lines = part.content
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id).sort()).toEqual([a, c].sort());
    expect(lines.find((l) => l.id === a).data.state).toBe('CLOSED');
    expect(await client.getFeedSnapshot({ resource: 'vacancies', id: snap.id }, { metadata: partner })).toEqual(snap);
    await expect(
      client.getFeedSnapshotPart({ resource: 'vacancies', snapshotId: snap.id, part: 1 }, { metadata: partner }),
    ).rejects.toMatchObject({ code: status.NOT_FOUND });

    const d = randomUUID();
    await send([registered(d), withdrawn(c)]);
    const later = await waitFor(
      async () => {
        const r = await readAll(snap.cursor);
        return r.items.length >= 2 ? r.items : undefined;
      },
      { timeoutMs: 60000, what: 'changes after the snapshot' },
    );
    expect(later.map((i) => [i.id, i.op])).toEqual([
      [d, 'upsert'],
      [c, 'delete'],
    ]);
  });

  it('refuses a part number below 0 (a path segment that is not one) as INVALID_ARGUMENT naming part; one past the last is NOT_FOUND', async () => {
    const snap = await client.createFeedSnapshot({ resource: 'vacancies', region }, { metadata: partner });
    const get = (part: number, snapshotId = snap.id) =>
      client.getFeedSnapshotPart({ resource: 'vacancies', snapshotId, part }, { metadata: partner }).catch((e: ServiceError) => e);
    for (const part of [-1, -2147483648]) {
      const e = await get(part);
      expect(e).toMatchObject({ code: status.INVALID_ARGUMENT });
      expect(JSON.parse(String((e as ServiceError).metadata.get('x-field-violations')[0]))).toEqual([
        { field: 'part', description: expect.stringContaining('must be a part number') },
      ]);
    }
    // also of a snapshot that does not exist: the request is malformed whatever the id names
    expect(await get(-1, randomUUID())).toMatchObject({ code: status.INVALID_ARGUMENT });
    expect(await get(snap.parts.length)).toMatchObject({
      code: status.NOT_FOUND,
      details: `No part ${snap.parts.length} of snapshot ${snap.id}`,
    });
    expect(await get(2147483647)).toMatchObject({ code: status.NOT_FOUND });
  });

  it('answers NOT_FOUND, never INTERNAL, for a snapshot id that is not a UUID, quoting at most 64 characters of a huge id or resource', async () => {
    // 36 hex digits and dashes, not in the 8-4-4-4-12 form: PostgreSQL's uuid cast refuses them
    for (const id of ['-'.repeat(36), 'a'.repeat(36), `${randomUUID().replace(/-/g, '')}----`]) {
      await expect(client.getFeedSnapshot({ resource: 'vacancies', id }, { metadata: partner })).rejects.toMatchObject({
        code: status.NOT_FOUND,
        details: `No snapshot ${id}`,
      });
      await expect(
        client.getFeedSnapshotPart({ resource: 'vacancies', snapshotId: id, part: 0 }, { metadata: partner }),
      ).rejects.toMatchObject({ code: status.NOT_FOUND });
    }
    // a value of 200,000 characters quoted whole would not fit in the status trailer (the call hung to its deadline)
    const huge = 'x'.repeat(200_000);
    await expect(client.getFeedSnapshot({ resource: 'vacancies', id: huge }, { metadata: partner })).rejects.toMatchObject({
      code: status.NOT_FOUND,
      details: `No snapshot ${'x'.repeat(64)}…`,
    });
    const e = await client.listFeedItems({ resource: huge, after: '0', pageSize: 1 }, { metadata: partner }).catch((x: ServiceError) => x);
    expect(e).toMatchObject({ code: status.NOT_FOUND, details: expect.stringMatching(/^No feed for x{64}…; feeds: vacancies, /) });
  });

  it('keeps the job-seekers feed to officers inside their region, with a purpose (X-Purpose, forwarded in the caller)', async () => {
    const seekers = (metadata: Record<string, string>, extra: { region?: string } = {}) =>
      client.listFeedItems({ resource: 'job-seekers', after: '0', pageSize: 10, ...extra }, { metadata });
    await expect(seekers(partnerWith('SUPERVISION'))).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    const noPurpose = await seekers(officer('33.74')).catch((e: ServiceError) => e);
    expect(noPurpose).toMatchObject({ code: status.INVALID_ARGUMENT, details: 'The request has invalid fields' });
    expect(String((noPurpose as ServiceError).metadata.get('x-field-violations')[0])).toContain('X-Purpose header is required');
    const curiosity = await seekers(officer('33.74', 'CURIOSITY')).catch((e: ServiceError) => e);
    expect(curiosity).toMatchObject({ code: status.INVALID_ARGUMENT });
    expect(String((curiosity as ServiceError).metadata.get('x-field-violations')[0])).toContain('X-Purpose must be one of');
    await expect(seekers(officer('33.74', 'SUPERVISION'), { region: '33' })).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    await expect(seekers(officer('33.74', 'SUPERVISION'), { region: '32.73' })).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    await expect(
      client.createFeedSnapshot({ resource: 'job-seekers', region: '33.74' }, { metadata: officer('32') }),
    ).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
  });
});
