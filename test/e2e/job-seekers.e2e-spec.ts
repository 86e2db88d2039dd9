import { createServiceClient } from '@siapkerja/grpc';
import { sandboxAuth } from '@siapkerja/testing';
import type { RunningService } from '@siapkerja/service-kit';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { callerHttp, expectProblem, newClient, personAuth } from './http';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';

/**
 * Karirhub job seekers over HTTP: the gateway (auth, region checks, masking, access log) in front of the real jobs service
 * (gRPC, PostgreSQL, Kafka). Other services are not needed: their URLs point at a closed port.
 */
describe('job seekers over HTTP (/v1/job-seekers)', () => {
  let jobs: RunningService;
  let platform: InProcessPlatform;
  let base: string;
  let serial = 1000 + Math.floor(Math.random() * 8000);
  const auth: Record<string, Record<string, string>> = {};

  /** A NIK agreeing with birth date and sex: Kota Semarang 33.74, district 01, DDMMYY (women day + 40), serial. */
  const nikFor = (birthDate: string, sex: 'MALE' | 'FEMALE') => {
    const [y, m, d] = birthDate.split('-');
    return `337401${String(sex === 'FEMALE' ? Number(d) + 40 : Number(d)).padStart(2, '0')}${m}${y.slice(2)}${String(serial++).padStart(4, '0')}`;
  };
  const body = (extra: Record<string, unknown> = {}) => {
    const birthDate = (extra.birthDate as string) ?? '1995-03-12';
    const sex = (extra.sex as 'MALE' | 'FEMALE') ?? 'FEMALE';
    return {
      nik: nikFor(birthDate, sex),
      name: 'Dewi Lestari',
      birthPlace: 'Semarang',
      birthDate,
      sex,
      maritalStatus: 'SINGLE',
      religion: 'ISLAM',
      address: { line: 'Jl. Pemuda No. 12, RT 03/RW 05', regionCode: '33.74.01.1001', postalCode: '50132' },
      phone: '081234565678',
      email: 'dewi@example.id',
      education: [{ level: 'SMK', institution: 'SMK Negeri 7 Semarang', major: 'Teknik Elektronika', graduationYear: 2013 }],
      skills: ['Instalasi listrik'],
      skkniUnits: ['D.351100.004.01'],
      languages: ['Bahasa Indonesia'],
      experience: [{ position: 'Teknisi', employer: 'PT Listrik Jaya', kbjiCode: '7411', fromMonth: '2017-01', toMonth: '2020-12' }],
      wantedKbjiCodes: ['7411'],
      expectedWage: 4500000,
      ...extra,
    };
  };
  const { post, get } = callerHttp(() => base, auth);
  const purpose = { 'x-purpose': 'PLACEMENT_SERVICE' };

  const clientToken = async (name: string, roles: string[], regionCode: string) =>
    (await newClient(base, auth.admin, { name, scopes: ['jobs:read', 'jobs:write'], roles, regionCode })).auth;
  /** Signs up, verifies and logs in a person (JOB_SEEKER) with this NIK. */
  const personToken = (nik: string, birthDate: string, sex: 1 | 2, phone: string) =>
    personAuth(base, {
      nik,
      name: 'Dewi Lestari',
      motherMaidenName: 'Sri Wahyuni',
      birthDate,
      sex,
      phone,
      email: `p${serial++}@example.id`,
      password: 'kopi-tubruk-2026',
    });

  beforeAll(async () => {
    platform = await startInProcessPlatform('e2e_seekers', [jobsService]);
    [jobs] = platform.services;
    base = platform.base;
    auth.admin = await sandboxAuth(base, 'admin');
    auth.partner = await sandboxAuth(base, 'partnerA');
    auth.regency3373 = await sandboxAuth(base, 'regency3373');
    auth.province33 = await sandboxAuth(base, 'province33');
    auth.regency3374 = await clientToken('Disnaker Kota Semarang', ['DISNAKER_REGENCY'], '33.74');
    auth.province32 = await clientToken('Disnakertrans Jawa Barat', ['DISNAKER_PROVINCE'], '32');
  });
  afterAll(async () => {
    await platform?.close();
  });

  let seeker: Record<string, any>;
  let seekerBody: ReturnType<typeof body>;

  it('lets a person register himself (201, unmasked for him) and only with his own NIK', async () => {
    seekerBody = body();
    auth.self = await personToken(seekerBody.nik, seekerBody.birthDate, 2, '081234565678');
    await expectProblem(await post('/v1/job-seekers', 'self', body()), 403); // someone else's NIK
    const res = await post('/v1/job-seekers', 'self', seekerBody);
    expect(res.status).toBe(201);
    seeker = await res.json();
    expect(res.headers.get('location')).toBe(`/v1/job-seekers/${seeker.id}`);
    expect(seeker).toMatchObject({
      nik: seekerBody.nik,
      birthDate: '1995-03-12',
      phone: '081234565678',
      regionCode: '33.74',
      status: 'REGISTERED',
      card: null,
      masked: false,
      address: { line: 'Jl. Pemuda No. 12, RT 03/RW 05', regionCode: '33.74.01.1001' },
      educationLevel: 'SMK',
      sex: 'FEMALE',
    });
    expect(seeker).not.toHaveProperty('personId');
  });

  it('refuses NIK / birth date / sex mismatches and under-18s with 400 naming the field', async () => {
    const b = body();
    await expectProblem(await post('/v1/job-seekers', 'partner', { ...b, nik: '3374011203950000' }), 400, ['nik']);
    const birth = await expectProblem(await post('/v1/job-seekers', 'partner', { ...b, birthDate: '1995-03-13' }), 400, ['birthDate']);
    expect(birth.errors.find((e: { field: string }) => e.field === 'birthDate').description).toMatch(/NIK/);
    await expectProblem(await post('/v1/job-seekers', 'partner', { ...b, sex: 'MALE' }), 400, ['sex']);
    const young = `${new Date().getUTCFullYear() - 17}-01-01`;
    const under = await expectProblem(await post('/v1/job-seekers', 'partner', body({ birthDate: young })), 400, ['birthDate']);
    expect(JSON.stringify(under.errors)).toMatch(/at least 18/);
    await expectProblem(await post('/v1/job-seekers', 'partner', { ...b, address: { line: 'x', regionCode: '99.99' } }), 400, [
      'address.regionCode',
    ]);
    await expectProblem(await post('/v1/job-seekers', 'partner', { ...b, unknownField: 1 }), 400);
  });

  it('answers a second registration of a NIK with 409 naming the existing id, unless it replays the same Idempotency-Key', async () => {
    const dup = await post('/v1/job-seekers', 'partner', { ...seekerBody, name: 'Dewi L.' });
    expect(dup.headers.get('location')).toBe(`/v1/job-seekers/${seeker.id}`);
    const p = await expectProblem(dup, 409);
    expect(p.detail).toContain(seeker.id);
    expect(p.detail).not.toContain(seekerBody.nik);

    const b = body();
    const key = `seeker-${serial}`;
    const first = await post('/v1/job-seekers', 'partner', b, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    const again = await post('/v1/job-seekers', 'partner', b, { 'idempotency-key': key });
    expect(again.status).toBe(201);
    expect((await again.json()).id).toBe((await first.json()).id);
    await expectProblem(await post('/v1/job-seekers', 'partner', b, { 'idempotency-key': `${key}-other` }), 409);
  });

  it('masks NIK, phone, birth date and address for partners; the person, officers of the region and the ministry see them', async () => {
    const partnerView = await (await get(`/v1/job-seekers/${seeker.id}`, 'partner')).json();
    expect(partnerView).toMatchObject({
      masked: true,
      nik: `${seekerBody.nik.slice(0, 4)}********${seekerBody.nik.slice(12)}`,
      phone: '0812****5678',
      birthDate: '1995',
      email: 'd***@example.id',
      address: { line: '', regionCode: '33.74', postalCode: '' },
      religion: null,
      regionCode: '33.74',
      name: 'Dewi Lestari',
    });
    expect(JSON.stringify(partnerView)).not.toContain(seekerBody.nik);
    expect(JSON.stringify(partnerView)).not.toContain('Jl. Pemuda');

    for (const who of ['self', 'regency3374', 'province33', 'admin']) {
      const res = await get(`/v1/job-seekers/${seeker.id}`, who, purpose);
      expect({ who, status: res.status }).toEqual({ who, status: 200 });
      expect(await res.json()).toMatchObject({
        masked: false,
        nik: seekerBody.nik,
        phone: '081234565678',
        birthDate: '1995-03-12',
        address: { line: 'Jl. Pemuda No. 12, RT 03/RW 05' },
      });
    }
    // officers state why they read personal data; other regions are refused
    await expectProblem(await get(`/v1/job-seekers/${seeker.id}`, 'regency3374'), 400, ['X-Purpose']);
    await expectProblem(await get(`/v1/job-seekers/${seeker.id}`, 'regency3373', purpose), 403);
    const other = await get(`/v1/job-seekers/${seeker.id}`, 'province32', purpose);
    expect([403, 404]).toContain(other.status);
    await expectProblem(other, other.status);
    // another person does not read this registration, nor learn that it exists (404, as for an unknown id)
    const stranger = body();
    auth.stranger = await personToken(stranger.nik, stranger.birthDate, 2, '081299990000');
    await expectProblem(await get(`/v1/job-seekers/${seeker.id}`, 'stranger'), 404);

    // unmasked reads are in the access log, about the person id, never the NIK
    const log = await (await get('/v1/privacy/access-log?pageSize=100', 'admin')).json();
    const mine = log.items.filter((e: { resourceId: string }) => e.resourceId === seeker.id);
    expect(mine.length).toBeGreaterThanOrEqual(4);
    expect(mine.map((e: { purpose: string }) => e.purpose)).toContain('PLACEMENT_SERVICE');
    expect(JSON.stringify(mine)).not.toContain(seekerBody.nik);
  });

  it('lets only the regency officer of the seeker issue the AK/1 card: 403 for 33.73, number with 33.74, valid 2 years, 409 twice', async () => {
    await expectProblem(await post(`/v1/job-seekers/${seeker.id}/card`, 'regency3373', {}), 403);
    await expectProblem(await post(`/v1/job-seekers/${seeker.id}/card`, 'partner', {}), 403);
    await expectProblem(await post(`/v1/job-seekers/${seeker.id}/card`, 'province33', {}), 403);
    const res = await post(`/v1/job-seekers/${seeker.id}/card`, 'regency3374', {});
    expect(res.status).toBe(200);
    const s = await res.json();
    expect(s.card.number).toContain('33.74');
    expect(s.card.issuingRegionCode).toBe('33.74');
    const issue = s.card.issueDate as string;
    expect(s.card.validUntil).toBe(`${Number(issue.slice(0, 4)) + 2}${issue.slice(4)}`.replace(/-02-29$/, '-02-28'));
    expect(s.status).toBe('REGISTERED');
    const twice = await expectProblem(await post(`/v1/job-seekers/${seeker.id}/card`, 'regency3374', {}), 409);
    expect(twice.detail).toMatch(/cannot be issued twice/);
    // a report right after issue is too early: 409 explaining the window
    const early = await expectProblem(await post(`/v1/job-seekers/${seeker.id}/reports`, 'self', {}), 409);
    expect(early.detail).toMatch(/too early/);
    await expectProblem(await post(`/v1/job-seekers/${seeker.id}/reports`, 'partner', {}), 403);
  });

  it('refuses illegal transitions with 409 problem+json: report before the card, report or issue on REMOVED', async () => {
    const res = await post('/v1/job-seekers', 'regency3374', body());
    expect(res.status).toBe(201);
    const s = await res.json();
    expect(s.masked).toBe(false);
    const before = await expectProblem(await post(`/v1/job-seekers/${s.id}/reports`, 'regency3374', {}), 409);
    expect(before.detail).toMatch(/no AK\/1 card/);
    await expectProblem(await post(`/v1/job-seekers/${s.id}/remove`, 'regency3374', {}), 400, ['reason']);
    await expectProblem(await post(`/v1/job-seekers/${s.id}/remove`, 'regency3373', { reason: 'x' }), 403);
    const removed = await post(`/v1/job-seekers/${s.id}/remove`, 'regency3374', { reason: 'Pindah domisili' });
    expect(removed.status).toBe(200);
    expect(await removed.json()).toMatchObject({ status: 'REMOVED', removalReason: 'Pindah domisili', endedAt: expect.any(String) });
    expect((await expectProblem(await post(`/v1/job-seekers/${s.id}/reports`, 'regency3374', {}), 409)).detail).toMatch(/REMOVED/);
    await expectProblem(await post(`/v1/job-seekers/${s.id}/card`, 'regency3374', {}), 409);
    await expectProblem(await post(`/v1/job-seekers/${s.id}/remove`, 'regency3374', { reason: 'again' }), 409);
    // a regency officer registers only in his regency
    await expectProblem(await post('/v1/job-seekers', 'regency3373', body()), 403);
  });

  it('lists job seekers for officers with cursor pagination, defaulting to their region and never outside it', async () => {
    const page1 = await get('/v1/job-seekers?pageSize=1', 'regency3374', purpose);
    expect(page1.status).toBe(200);
    const p1 = await page1.json();
    expect(p1.jobSeekers).toHaveLength(1);
    expect(p1.nextPageToken).not.toBe('');
    const all: string[] = [];
    let token = '';
    do {
      const r = await (
        await get(`/v1/job-seekers?pageSize=2${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`, 'regency3374', purpose)
      ).json();
      for (const x of r.jobSeekers) {
        expect(x.regionCode).toBe('33.74');
        expect(x.masked).toBe(false);
      }
      all.push(...r.jobSeekers.map((x: { id: string }) => x.id));
      token = r.nextPageToken;
    } while (token);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain(seeker.id);
    const removedOnly = await (await get('/v1/job-seekers?status=REMOVED', 'regency3374', purpose)).json();
    expect(removedOnly.jobSeekers.every((x: { status: string }) => x.status === 'REMOVED')).toBe(true);
    expect(removedOnly.jobSeekers.length).toBeGreaterThanOrEqual(1);

    await expectProblem(await get('/v1/job-seekers?region=33', 'province32', purpose), 403);
    expect((await (await get('/v1/job-seekers', 'province32', purpose)).json()).jobSeekers).toEqual([]);
    await expectProblem(await get('/v1/job-seekers?region=33.74', 'regency3373', purpose), 403);
    await expectProblem(await get('/v1/job-seekers', 'partner'), 403);
    await expectProblem(await get('/v1/job-seekers?status=SLEEPING', 'admin'), 400, ['status']);
    expect((await (await get('/v1/job-seekers?region=33.74', 'admin')).json()).jobSeekers.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a regency officer of 33.73 at the service too (gRPC PERMISSION_DENIED with that caller)', async () => {
    const client = createServiceClient('jobs', `127.0.0.1:${jobs.grpcPort}`);
    try {
      const err = await client
        .issueAk1Card(
          { id: seeker.id },
          { metadata: { 'x-caller': JSON.stringify({ sub: 'sandbox-regency-33-73', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' }) } },
        )
        .catch((e) => e);
      expect(err.code).toBe(7); // PERMISSION_DENIED
      expect(err.details).toMatch(/outside the caller's region 33.73/);
    } finally {
      client.close();
    }
  });
});
