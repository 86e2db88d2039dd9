import { createHash } from 'node:crypto';
import type { RunningService } from '@siapkerja/service-kit';
import { sandboxAuth, testNik, waitFor } from '@siapkerja/testing';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';
import { callerHttp, expectProblem, logIn, newClient, readFeed, signUpPerson, type FeedItem } from './http';

/**
 * The job-seekers change feed for Disnaker systems: the real jobs service (gRPC, PostgreSQL, Kafka events) and the gateway.
 * Officers follow their region's seekers with full records, every record served is in the access log, partners are refused.
 */
describe('job-seekers change feed (Disnaker only, with personal records)', () => {
  let platform: InProcessPlatform;
  let jobs: RunningService;
  let base: string;
  let serial = 1000 + Math.floor(Math.random() * 8000);
  const auth: Record<string, Record<string, string>> = {};
  const clientIds: Record<string, string> = {};
  const purpose = { 'x-purpose': 'SUPERVISION' };
  /** seekers this test registered: id -> NIK */
  const semarang = new Map<string, string>();
  const bandung = new Map<string, string>();

  const { post, get } = callerHttp(() => base, auth);

  async function clientToken(name: string, scopes: string[], roles: string[], regionCode: string): Promise<void> {
    const c = await newClient(base, auth.admin, { name, scopes, roles, regionCode });
    auth[name] = c.auth;
    clientIds[name] = c.clientId;
  }

  /** A person's account made a regency officer by the ministry (an account, not a client: its token has no feed:read). */
  async function officerAccount(name: string, regionCode: string): Promise<void> {
    const nik = nikFor('3374', '1985-01-15', 1);
    const email = `officer${serial++}@example.id`;
    const phone = `0813${String(serial++).padStart(8, '0')}`;
    const person = {
      nik,
      name: 'Budi Santoso',
      motherMaidenName: 'Siti Aminah',
      birthDate: '1985-01-15',
      sex: 1 as const,
      phone,
      email,
      password: 'kopi-tubruk-2026',
    };
    const id = await signUpPerson(base, person);
    const roles = await fetch(`${base}/v1/admin/accounts/${id}/roles`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...auth.admin },
      body: JSON.stringify({ roles: ['DISNAKER_REGENCY'], regionCode }),
    });
    expect(roles.status).toBe(200);
    auth[name] = { authorization: `Bearer ${await logIn(base, person)}` };
  }

  const nikFor = testNik;

  async function register(regency: '33.74' | '32.73'): Promise<string> {
    const nik = nikFor(regency.replace('.', ''), '1996-08-17', 2);
    const res = await post('/v1/job-seekers', 'admin', {
      nik,
      name: 'Rina Kartika',
      birthPlace: regency === '33.74' ? 'Semarang' : 'Bandung',
      birthDate: '1996-08-17',
      sex: 'FEMALE',
      maritalStatus: 'SINGLE',
      religion: 'ISLAM',
      address: { line: 'Jl. Merdeka No. 7', regionCode: regency },
      phone: '081377778888',
      education: [{ level: 'SMK', institution: 'SMK Negeri 2', major: 'Akuntansi', graduationYear: 2014 }],
      wantedKbjiCodes: ['4311'],
    });
    const s = await res.json();
    if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(s)}`);
    (regency === '33.74' ? semarang : bandung).set(s.id, nik);
    return s.id;
  }

  /** Reads every page of the job-seekers feed after `after` as `who`. */
  const readAll = (who: string, after = '0', query = '') =>
    readFeed((a) => get(`/v1/feed/job-seekers?after=${a}&limit=2${query}`, who, purpose), after);

  beforeAll(async () => {
    // the jobs service, the integration service (the feed; it reads the records from jobs) and the gateway
    platform = await startInProcessPlatform('e2e_feed_seekers', [jobsService], {}, { FEED_SNAPSHOT_PART_SIZE: '2' });
    jobs = platform.services[0];
    base = platform.base;
    auth.admin = await sandboxAuth(base, 'admin');
    auth.partner = await sandboxAuth(base, 'partnerA');
    auth.province33 = await sandboxAuth(base, 'province33');
    // Disnaker systems with the jobs scopes only (no feed:read): the job-seekers feed is guarded by jobs:read and the role
    await clientToken('regency3374', ['jobs:read', 'jobs:write'], ['DISNAKER_REGENCY'], '33.74');
    await clientToken('province32', ['jobs:read'], ['DISNAKER_PROVINCE'], '32');
    await officerAccount('regency3374account', '33.74');
    for (let i = 0; i < 3; i++) await register('33.74');
    for (let i = 0; i < 2; i++) await register('32.73');
  });
  afterAll(async () => {
    await platform?.close();
  });

  /** The seekers of the jobs database of this test, with their region and state. */
  const serverSeekers = async () => {
    const rows: { id: string; region_code: string; state: string; card_number: string | null }[] = await jobs.dataSource.query(
      'SELECT id, region_code, state, card_number FROM job_seekers',
    );
    return new Map(rows.map((r) => [r.id, r]));
  };

  it("gives a regency officer exactly his region's seekers with the full records, and logs every record served", async () => {
    const { items } = await waitFor(
      async () => {
        const r = await readAll('regency3374');
        return [...semarang.keys()].every((id) => r.items.some((i) => i.id === id)) ? r : undefined;
      },
      { timeoutMs: 60000, what: 'the Semarang seekers in the feed' },
    );
    expect(items.every((i) => i.regionCode === '33.74')).toBe(true);
    const server = await serverSeekers();
    const mineInFeed = new Set(items.filter((i) => server.has(i.id)).map((i) => i.id));
    expect(mineInFeed).toEqual(new Set([...server.values()].filter((s) => s.region_code === '33.74').map((s) => s.id)));
    for (const id of bandung.keys()) expect(mineInFeed.has(id)).toBe(false);
    for (const [id, nik] of semarang) {
      const item = items.find((i) => i.id === id)!;
      expect(item).toMatchObject({
        op: 'upsert',
        regionCode: '33.74',
        data: {
          id,
          state: 'REGISTERED',
          cardIssued: false,
          regionCode: '33.74',
          withheld: null,
          record: {
            id,
            nik,
            name: 'Rina Kartika',
            birthDate: '1996-08-17',
            phone: '081377778888',
            address: { line: 'Jl. Merdeka No. 7' },
            masked: false,
            status: 'REGISTERED',
          },
        },
      });
    }
    // an officer's account (jobs:read, no feed:read) reads it too
    const viaAccount = await readAll('regency3374account');
    expect(new Set(viaAccount.items.filter((i) => server.has(i.id)).map((i) => i.id))).toEqual(mineInFeed);

    // the access log holds one entry per record served, with the purpose, about the person id (never the NIK)
    const log = await (await get(`/v1/privacy/access-log?actor=${clientIds.regency3374}&pageSize=500`, 'admin')).json();
    for (const id of semarang.keys()) {
      const entries = log.items.filter((e: { resourceId: string }) => e.resourceId === id);
      expect(entries.length).toBeGreaterThanOrEqual(1);
      expect(entries[0]).toMatchObject({
        resourceType: 'job-seeker',
        purpose: 'SUPERVISION',
        actor: { regionCode: '33.74', roles: ['DISNAKER_REGENCY'] },
      });
    }
    expect(JSON.stringify(log)).not.toContain([...semarang.values()][0]);

    // the integration service's feed table holds no personal data: the records come from the jobs service at read time
    // (the Bandung seekers' events may still be on their way: the wait above was for the Semarang ones)
    const stored = await waitFor(
      async () => {
        const rows: { data: string }[] = await platform.integration.dataSource.query(
          `SELECT data::text AS data FROM feed_entries WHERE resource = 'job-seekers'`,
        );
        return rows.length >= 5 ? rows : undefined;
      },
      { timeoutMs: 60000, what: 'the five seekers in the feed table' },
    );
    const text = stored.map((r) => r.data).join('\n');
    for (const nik of [...semarang.values(), ...bandung.values()]) expect(text).not.toContain(nik);
    expect(text).not.toMatch(/Rina Kartika|081377778888|Jl\. Merdeka|1996-08-17|personId/);
  });

  it('keeps other regions out: the province 32 officer sees Bandung only, and asking for another region is 403', async () => {
    const { items } = await waitFor(
      async () => {
        const r = await readAll('province32');
        return [...bandung.keys()].every((id) => r.items.some((i) => i.id === id)) ? r : undefined;
      },
      { timeoutMs: 60000, what: 'the Bandung seekers in the province 32 feed' },
    );
    expect(items.every((i) => i.regionCode?.startsWith('32.'))).toBe(true);
    for (const id of semarang.keys()) expect(items.some((i) => i.id === id)).toBe(false);
    expect(items.find((i) => i.id === [...bandung.keys()][0])?.data?.record?.nik).toBe([...bandung.values()][0]);
    // a province officer reads its regencies
    const central = await readAll('province33', '0', '&region=33.74');
    expect([...semarang.keys()].every((id) => central.items.some((i) => i.id === id))).toBe(true);

    await expectProblem(await get('/v1/feed/job-seekers?region=33', 'province32', purpose), 403);
    await expectProblem(await get('/v1/feed/job-seekers?region=32.73', 'regency3374', purpose), 403);
    await expectProblem(await get('/v1/feed/job-seekers?region=33', 'regency3374', purpose), 403);
    await expectProblem(await post('/v1/feed/job-seekers/snapshots?region=33.74', 'province32', {}), 403);
  });

  it('refuses partners (feed, snapshots, webhooks) and officers without X-Purpose', async () => {
    await expectProblem(await get('/v1/feed/job-seekers', 'partner', purpose), 403);
    await expectProblem(await get('/v1/feed/job-seekers', 'partner'), 403);
    await expectProblem(await post('/v1/feed/job-seekers/snapshots', 'partner', {}), 403);
    await expectProblem(await get('/v1/feed/job-seekers', 'regency3374'), 400, ['X-Purpose']);
    await expectProblem(await get('/v1/feed/job-seekers', 'regency3374', { 'x-purpose': 'CURIOSITY' }), 400, ['X-Purpose']);
    // the partner still reads the public feeds; the officer client (no feed:read) does not
    expect((await get('/v1/feed/vacancies', 'partner')).status).toBe(200);
    await expectProblem(await get('/v1/feed/vacancies', 'regency3374'), 403);
    // job seeker events are never offered to webhook subscribers
    const types: string[] = (await (await get('/v1/webhooks/event-types', 'partner')).json()).items;
    expect(types).toContain('siapkerja.jobs.vacancy.registered');
    expect(types.filter((t) => t.includes('job-seeker'))).toEqual([]);
    await expectProblem(
      await post('/v1/webhooks/subscriptions', 'partner', {
        url: 'https://partner.example.id/hooks',
        eventTypes: ['siapkerja.jobs.job-seeker.registered'],
      }),
      400,
    );
  });

  it('a snapshot and then the feed from its cursor give each change once, and a card issue arrives as a later item', async () => {
    const snapRes = await post('/v1/feed/job-seekers/snapshots', 'regency3374', {});
    expect(snapRes.status).toBe(201);
    const manifest = await snapRes.json();
    expect(manifest).toMatchObject({ resource: 'job-seekers', region: '33.74', cursor: expect.stringMatching(/^\d+$/) });
    expect(manifest.parts.length).toBeGreaterThanOrEqual(2); // part size 2
    expect(manifest.parts.every((p: { sha256: unknown; bytes: unknown }) => p.sha256 === null && p.bytes === null)).toBe(true);
    expect(await (await get(`/v1/feed/job-seekers/snapshots/${manifest.snapshotId}`, 'regency3374')).json()).toEqual(manifest);
    // another region's officer and partners do not read it; a national snapshot is the ministry's
    await expectProblem(await get(`/v1/feed/job-seekers/snapshots/${manifest.snapshotId}`, 'province32'), 403);
    await expectProblem(await get(manifest.parts[0].url.replace(/^https?:\/\/[^/]+/, ''), 'partner', purpose), 403);
    await expectProblem(await get(manifest.parts[0].url.replace(/^https?:\/\/[^/]+/, ''), 'regency3374'), 400, ['X-Purpose']);
    const national = await (await post('/v1/feed/job-seekers/snapshots', 'admin', {})).json();
    expect(national.region).toBeNull();
    await expectProblem(await get(`/v1/feed/job-seekers/snapshots/${national.snapshotId}`, 'regency3374'), 403);

    // changes after the snapshot: a card issued, a new seeker
    const [first] = semarang.keys();
    const issued = await post(`/v1/job-seekers/${first}/card`, 'regency3374', {});
    expect(issued.status).toBe(200);
    const card = (await issued.json()).card;
    const late = await register('33.74');

    const state = new Map<string, FeedItem>();
    const applied = new Set<string>();
    const apply = (item: FeedItem) => {
      expect(applied.has(item.cursor)).toBe(false);
      applied.add(item.cursor);
      if (item.op === 'delete') state.delete(item.id);
      else state.set(item.id, item);
    };
    const logBefore = (await (await get(`/v1/privacy/access-log?actor=${clientIds.regency3374}&pageSize=500`, 'admin')).json()).items
      .length;
    let records = 0;
    let withRecord = 0;
    for (const part of manifest.parts) {
      const res = await get(part.url.replace(/^https?:\/\/[^/]+/, ''), 'regency3374', purpose);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/x-ndjson');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.length).toBe(Number(res.headers.get('content-length')));
      // the checksum covers exactly the bytes served (records included)
      expect(res.headers.get('repr-digest')).toBe(`sha-256=:${createHash('sha256').update(bytes).digest('base64')}:`);
      const lines = bytes
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as FeedItem);
      expect(lines).toHaveLength(part.records);
      records += lines.length;
      for (const item of lines) {
        expect(item.op).toBe('upsert');
        expect(item.regionCode).toBe('33.74');
        expect(BigInt(item.cursor) <= BigInt(manifest.cursor)).toBe(true);
        expect(state.has(item.id)).toBe(false);
        if (semarang.has(item.id)) expect(item.data?.record?.nik).toBe(semarang.get(item.id));
        if (item.data?.record) withRecord++;
        apply(item);
      }
    }
    expect(records).toBe(manifest.records);
    expect(state.has(late)).toBe(false);
    const logAfter = (await (await get(`/v1/privacy/access-log?actor=${clientIds.regency3374}&pageSize=500`, 'admin')).json()).items.length;
    expect(withRecord).toBe(semarang.size - 1); // the seekers registered before the snapshot
    expect(logAfter - logBefore).toBe(withRecord); // every record the parts served is logged

    // follow from the snapshot cursor: the card issue is a later item, the new seeker arrives, nothing twice
    let cursor = manifest.cursor as string;
    const later: FeedItem[] = [];
    await waitFor(
      async () => {
        const { items, cursor: next } = await readAll('regency3374', cursor);
        for (const item of items) {
          expect(BigInt(item.cursor) > BigInt(cursor)).toBe(true);
          apply(item);
          later.push(item);
        }
        cursor = next;
        return later.some((i) => i.id === first && i.data?.cardIssued) && later.some((i) => i.id === late);
      },
      { timeoutMs: 60000, what: 'card issue and new seeker in the feed after the snapshot' },
    );
    const cardItem = later.find((i) => i.id === first && i.data?.cardIssued)!;
    expect(cardItem).toMatchObject({
      op: 'upsert',
      regionCode: '33.74',
      data: {
        id: first,
        state: 'REGISTERED',
        cardIssued: true,
        card: { issuingRegionCode: '33.74', issueDate: card.issueDate, validUntil: card.validUntil },
        record: { nik: semarang.get(first), card: { number: card.number } },
      },
    });

    // the Disnaker's copy equals the jobs database for the region: same seekers, same states, cards where issued
    const server = await serverSeekers();
    const region = [...server.values()].filter((s) => s.region_code === '33.74');
    const copy = [...state.values()].filter((i) => server.has(i.id));
    expect(new Set(copy.map((i) => i.id))).toEqual(new Set(region.map((s) => s.id)));
    for (const s of region) {
      const item = state.get(s.id)!;
      expect(item.data?.state).toBe(s.state);
      expect(item.data?.cardIssued).toBe(s.card_number !== null);
      expect(item.data?.record?.card?.number ?? null).toBe(s.card_number);
    }
  });
});
