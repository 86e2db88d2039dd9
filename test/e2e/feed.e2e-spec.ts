import { createHash } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { VacancyClosed, VacancyWithdrawn } from '@siapkerja/contracts';
import { buildEvent } from '@siapkerja/events';
import type { RunningService } from '@siapkerja/service-kit';
import { kafkaBrokers, sandboxAuth, waitFor } from '@siapkerja/testing';
import { certificationService } from '../../services/certification/src/certification.module';
import { entrepreneurshipService } from '../../services/entrepreneurship/src/entrepreneurship.module';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { trainingService } from '../../services/training/src/training.module';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';
import { get as getAs, nib, ok, post as postAs, readFeed, type FeedItem } from './http';
import { lspBody } from './sertihub-setup';

/** The change feed over HTTP, fed by real services through Kafka: snapshot + follow, tombstones, ETag, paging. */
describe('change feed', () => {
  let platform: InProcessPlatform;
  let services: RunningService[];
  let base: string;
  let auth: Record<string, string>;
  const myEmployers = new Set<string>();

  beforeAll(async () => {
    platform = await startInProcessPlatform(
      'feed',
      [jobsService, trainingService, certificationService, entrepreneurshipService],
      {},
      { FEED_SNAPSHOT_PART_SIZE: '7' },
    );
    ({ services, base } = platform);
    auth = await sandboxAuth(base);
  });
  afterAll(async () => {
    await platform?.close();
  });

  /** POST as the admin, expecting 201; answers the body. */
  const post = async (path: string, body: unknown) => ok(await postAs(base, path, body, auth), 201);
  const get = (path: string, headers: Record<string, string> = {}) => getAs(base, path, { ...auth, ...headers });
  const employer = async (regionCode = '33.74') => {
    const e = await post('/v1/employers', {
      nib: nib(),
      legalName: 'PT Feed Test',
      employerType: 'PRIVATE',
      kbliCodes: ['62019'],
      regionCode,
    });
    myEmployers.add(e.id);
    return e.id as string;
  };
  const vacancy = async (employerId: string, regionCode = '33.74') =>
    (
      await post('/v1/vacancies', {
        employerId,
        positionName: 'Operator Mesin',
        kbjiCode: '8189',
        regionCode,
        numberNeeded: 1,
        validFrom: '2026-11-01',
        validUntil: '2026-12-31',
      })
    ).id as string;

  /** Reads every page after `after` until hasMore is false. */
  const readAll = (resource: string, after: string, limit = 1000, query = '') =>
    readFeed((a) => get(`/v1/feed/${resource}?after=${a}&limit=${limit}${query}`), after);

  it('a snapshot taken while writes continue, followed by the feed from its cursor, ends with exactly the server state', async () => {
    const emp = await employer();
    const initial: string[] = [];
    for (let i = 0; i < 20; i++) initial.push(await vacancy(emp));
    await waitFor(
      async () => {
        const ids = new Set((await readAll('vacancies', '0')).items.map((i) => i.id));
        return initial.every((id) => ids.has(id));
      },
      { timeoutMs: 60000, what: 'initial vacancies in the feed' },
    );

    // keep writing while the snapshot is taken and read
    let writing = true;
    const written: string[] = [];
    const writer = (async () => {
      while (writing) written.push(await vacancy(emp));
    })();
    await new Promise((r) => setTimeout(r, 400));
    const snapRes = await fetch(`${base}/v1/feed/vacancies/snapshots`, { method: 'POST', headers: auth });
    expect(snapRes.status).toBe(201);
    const manifest = await snapRes.json();
    expect(snapRes.headers.get('location')).toBe(`/v1/feed/vacancies/snapshots/${manifest.snapshotId}`);
    expect(manifest).toMatchObject({ resource: 'vacancies', cursor: expect.stringMatching(/^\d+$/) });
    expect(manifest.parts.length).toBeGreaterThanOrEqual(3); // part size 7
    expect(await (await get(`/v1/feed/vacancies/snapshots/${manifest.snapshotId}`)).json()).toEqual(manifest);

    // the partner's copy: id -> latest item; every change (cursor) must be applied exactly once
    const state = new Map<string, FeedItem>();
    const applied = new Set<string>();
    const apply = (item: FeedItem) => {
      expect(applied.has(item.cursor)).toBe(false);
      applied.add(item.cursor);
      if (item.op === 'delete') state.delete(item.id);
      else state.set(item.id, item);
    };
    let records = 0;
    for (const part of manifest.parts) {
      const res = await get(part.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/x-ndjson');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.length).toBe(part.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(part.sha256);
      const lines = bytes
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as FeedItem);
      expect(lines).toHaveLength(part.records);
      records += lines.length;
      for (const item of lines) {
        expect(item.op).toBe('upsert');
        expect(BigInt(item.cursor) <= BigInt(manifest.cursor)).toBe(true);
        expect(state.has(item.id)).toBe(false); // each resource once in a snapshot
        apply(item);
      }
    }
    expect(records).toBe(manifest.records);
    // a part past the last is not found; a segment that is not a part number is named (it was read as part -1: 404)
    const partUrl = (p: string) => `/v1/feed/vacancies/snapshots/${manifest.snapshotId}/parts/${p}`;
    expect((await get(partUrl(String(manifest.parts.length)))).status).toBe(404);
    for (const p of ['abc', '-1', '1e0', '0x1', '1234567890']) {
      const res = await get(partUrl(p));
      expect([p, res.status]).toEqual([p, 400]);
      expect((await res.json()).errors).toEqual([{ field: 'part', description: 'must be a part number (0 to 999999999)' }]);
    }

    await new Promise((r) => setTimeout(r, 400));
    writing = false;
    await writer;
    expect(written.length).toBeGreaterThan(3);

    // follow from the snapshot cursor until every vacancy the server has is in
    const jobs = services.find((s) => s.name === 'jobs')!;
    const serverRows: { id: string; state: string }[] = await jobs.dataSource.query('SELECT id, state FROM vacancies');
    const serverIds = new Set(serverRows.map((r) => r.id));
    let cursor = manifest.cursor as string;
    await waitFor(
      async () => {
        const { items, cursor: next } = await readAll('vacancies', cursor, 5);
        let last = BigInt(cursor);
        for (const item of items) {
          expect(BigInt(item.cursor) > last).toBe(true); // strictly increasing, never below the cursor
          last = BigInt(item.cursor);
          apply(item);
        }
        cursor = next;
        return serverRows.every((r) => state.get(r.id)?.data?.state === r.state);
      },
      { timeoutMs: 60000, what: 'feed caught up with the jobs database' },
    );

    // the partner's copy of this test's vacancies is exactly the jobs database: same ids, same states, nothing extra
    const mine = new Map([...state.values()].filter((i) => myEmployers.has(i.data!.employerId)).map((i) => [i.id, i.data!.state]));
    expect(mine).toEqual(new Map(serverRows.map((r) => [r.id, r.state])));
    expect(serverIds.size).toBe(initial.length + written.length);
    const sample = state.get(written[written.length - 1])!;
    expect(sample).toMatchObject({
      op: 'upsert',
      regionCode: '33.74',
      data: { id: sample.id, employerId: emp, positionName: 'Operator Mesin', state: 'PUBLISHED', numberNeeded: 1 },
    });
  });

  it('pages with a small limit across many items, with Link next and no cap', async () => {
    const all = await readAll('vacancies', '0', 1000);
    expect(all.items.length).toBeGreaterThan(20);
    const small = await readAll('vacancies', '0', 3);
    expect(small.pages).toBeGreaterThanOrEqual(Math.ceil(all.items.length / 3));
    // the feed is append-only: events still arriving from earlier tests may add items after the first read, never
    // between or before them, so the small pages hold exactly the first read's items, then only newer ones
    const allCursors = all.items.map((i) => i.cursor);
    expect(small.items.slice(0, allCursors.length).map((i) => i.cursor)).toEqual(allCursors);
    const lastOfAll = BigInt(allCursors[allCursors.length - 1]);
    for (const extra of small.items.slice(allCursors.length)) expect(BigInt(extra.cursor) > lastOfAll).toBe(true);
    expect(new Set(small.items.map((i) => i.cursor)).size).toBe(small.items.length);

    const res = await get('/v1/feed/vacancies?limit=3');
    const page = await res.json();
    expect(page.items).toHaveLength(3);
    expect(page.hasMore).toBe(true);
    expect(page.nextCursor).toBe(page.items[2].cursor);
    const link = res.headers.get('link')!;
    expect(link).toMatch(/^<.*\/v1\/feed\/vacancies\?after=\d+&limit=3>; rel="next"$/);
    const nextUrl = link.slice(1, link.indexOf('>'));
    const next = await (await get(nextUrl.startsWith('http') ? nextUrl.slice(base.length) : nextUrl)).json();
    expect(next.items[0].cursor).toBe(all.items[3].cursor);
    // default page size 500
    const byDefault = (await (await get('/v1/feed/vacancies')).json()).items.length;
    expect(byDefault).toBeGreaterThanOrEqual(Math.min(500, all.items.length));
    expect(byDefault).toBeLessThanOrEqual(500);

    for (const bad of ['limit=0', 'limit=1001', 'after=abc', 'after=-1', 'region=3', 'region=33.7', 'foo=1']) {
      const r = await get(`/v1/feed/vacancies?${bad}`);
      expect(r.status).toBe(400);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
    }
    const unknown = await get('/v1/feed/employers');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers 304 to If-None-Match while nothing is new, and 200 once something is', async () => {
    const { cursor } = await readAll('vacancies', '0');
    const first = await get(`/v1/feed/vacancies?after=${cursor}`);
    expect(first.status).toBe(200);
    expect((await first.json()).items).toEqual([]);
    const etag = first.headers.get('etag')!;
    expect(etag).toBe(`W/"vacancies-${cursor}"`);
    const again = await get(`/v1/feed/vacancies?after=${cursor}`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    // a full page never changes: its ETag holds
    const fullPage = await get('/v1/feed/vacancies?after=0&limit=2');
    expect((await get('/v1/feed/vacancies?after=0&limit=2', { 'if-none-match': fullPage.headers.get('etag')! })).status).toBe(304);

    const id = await vacancy(await employer());
    const changed = await waitFor(
      async () => {
        const r = await get(`/v1/feed/vacancies?after=${cursor}`, { 'if-none-match': etag });
        return r.status === 200 ? r : undefined;
      },
      { timeoutMs: 60000, what: 'new vacancy after the ETag' },
    );
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await changed.json()).items.map((i: FeedItem) => i.id)).toContain(id);
  });

  it('turns a withdrawal event into a tombstone, once, and drops the resource from new snapshots', async () => {
    const emp = await employer('34.71');
    const id = await vacancy(emp, '34.71');
    const { cursor } = await waitFor(
      async () => {
        const r = await readAll('vacancies', '0');
        return r.items.some((i) => i.id === id) ? r : undefined;
      },
      { timeoutMs: 60000, what: 'vacancy in the feed' },
    );

    const event = buildEvent(VacancyWithdrawn, '/siapkerja/jobs', {
      subject: id,
      regionCode: '34.71',
      data: { vacancyId: id, regionCode: '34.71', withdrawnAt: new Date().toISOString(), reason: 'filled' },
    });
    const kafka = new Kafka({ clientId: 'feed-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    try {
      // sent twice: the inbox makes the second a no-op
      for (let i = 0; i < 2; i++) {
        await producer.send({
          topic: platform.topicPrefix + VacancyWithdrawn.topic,
          messages: [{ key: id, value: JSON.stringify(event), headers: { 'ce-type': event.type, 'ce-id': event.id } }],
        });
      }
    } finally {
      await producer.disconnect();
    }
    const tombstone = await waitFor(async () => (await readAll('vacancies', cursor)).items.find((i) => i.id === id && i.op === 'delete'), {
      timeoutMs: 60000,
      what: 'tombstone',
    });
    expect(tombstone).toMatchObject({ op: 'delete', id, data: null, regionCode: '34.71', occurredAt: event.time });
    await new Promise((r) => setTimeout(r, 1000));
    expect((await readAll('vacancies', cursor)).items.filter((i) => i.id === id && i.op === 'delete')).toHaveLength(1);

    // regional feed: the tombstone shows under its province and regency, not elsewhere
    expect((await readAll('vacancies', cursor, 1000, '&region=34')).items.map((i) => i.id)).toContain(id);
    expect((await readAll('vacancies', cursor, 1000, '&region=34.71')).items.map((i) => i.id)).toContain(id);
    expect((await readAll('vacancies', '0', 1000, '&region=33')).items.every((i) => i.regionCode?.startsWith('33.'))).toBe(true);

    const manifest = await (await fetch(`${base}/v1/feed/vacancies/snapshots`, { method: 'POST', headers: auth })).json();
    const ids: string[] = [];
    for (const part of manifest.parts)
      ids.push(
        ...(await (await get(part.url)).text())
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l).id),
      );
    expect(ids).not.toContain(id);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    // a regional snapshot holds only that region
    const regional = await (await fetch(`${base}/v1/feed/vacancies/snapshots?region=33.74`, { method: 'POST', headers: auth })).json();
    expect(regional.region).toBe('33.74');
    for (const part of regional.parts)
      for (const l of (await (await get(part.url)).text()).split('\n').filter(Boolean)) expect(JSON.parse(l).regionCode).toBe('33.74');
  });

  it('records an update event as an upsert merged onto the latest state, which snapshots then hold', async () => {
    const emp = await employer('33.74');
    const id = await vacancy(emp, '33.74');
    const { cursor } = await waitFor(
      async () => {
        const r = await readAll('vacancies', '0');
        return r.items.some((i) => i.id === id) ? r : undefined;
      },
      { timeoutMs: 60000, what: 'vacancy in the feed' },
    );
    const closedAt = new Date().toISOString();
    const event = buildEvent(VacancyClosed, '/siapkerja/jobs', {
      subject: id,
      regionCode: '33.74',
      data: { vacancyId: id, employerId: emp, regionCode: '33.74', fromState: 'PUBLISHED', state: 'CLOSED', numberNeeded: 1, closedAt },
    });
    const producer = new Kafka({ clientId: 'feed-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    await producer
      .send({
        topic: platform.topicPrefix + VacancyClosed.topic,
        messages: [{ key: id, value: JSON.stringify(event), headers: { 'ce-type': event.type } }],
      })
      .finally(() => producer.disconnect());
    const update = await waitFor(
      async () => (await readAll('vacancies', cursor)).items.find((i) => i.id === id && i.data?.state === 'CLOSED'),
      { timeoutMs: 60000, what: 'update in the feed' },
    );
    expect(update).toMatchObject({
      op: 'upsert',
      id,
      data: { id, employerId: emp, positionName: 'Operator Mesin', state: 'CLOSED', updatedAt: closedAt },
    });
    const manifest = await (await fetch(`${base}/v1/feed/vacancies/snapshots?region=33.74`, { method: 'POST', headers: auth })).json();
    const lines: FeedItem[] = [];
    for (const part of manifest.parts)
      lines.push(
        ...(await (await get(part.url)).text())
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l)),
      );
    expect(lines.filter((l) => l.id === id)).toEqual([update]);
  });

  it('feeds training programs, certification schemes and TKM groups', async () => {
    const p = await post('/v1/training-programs', {
      providerName: 'BLK Semarang',
      title: 'Las Listrik',
      regionCode: '33.74',
      kbjiCode: '7212',
      competencyUnits: ['F.439900.001.01'],
      durationDays: 30,
      capacity: 16,
    });
    // a scheme is owned by a licensed LSP (issue 12)
    const lsp = await post('/v1/lsps', lspBody('LSP Las'));
    const s = await post('/v1/certification-schemes', {
      code: `SKM-FEED-${Date.now()}`,
      name: 'Juru Las',
      schemeType: 'KKNI',
      kkniLevel: 2,
      competencyUnits: ['F.439900.001.01'],
      lspId: lsp.id,
    });
    const g = await post('/v1/tkm-groups', { name: 'KUB Feed', programKind: 'PEMULA', regionCode: '33.74', memberCount: 8 });
    for (const [resource, id] of [
      ['training-programs', p.id],
      ['certification-schemes', s.id],
      ['tkm-groups', g.id],
    ] as const) {
      const item = await waitFor(async () => (await readAll(resource, '0')).items.find((i) => i.id === id), {
        timeoutMs: 60000,
        what: `${resource} in the feed`,
      });
      expect(item).toMatchObject({ op: 'upsert', id, data: { id } });
    }
    expect((await readAll('certification-schemes', '0')).items.find((i) => i.id === s.id)).toMatchObject({
      regionCode: null,
      data: { code: s.code, schemeType: 'KKNI' },
    });
    expect((await readAll('training-programs', '0')).items.find((i) => i.id === p.id)).toMatchObject({
      regionCode: '33.74',
      data: { title: 'Las Listrik', capacity: 16 },
    });
  });
});
