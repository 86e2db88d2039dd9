import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { type jobsV1 } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, serviceTestEnv } from '@siapkerja/testing';
import { eraseJobSeeker } from '../src/job-seekers/job-seekers.privacy';
import { jobsService } from '../src/jobs.module';

let serial = 1000 + Math.floor(Math.random() * 8000);
/** A woman's NIK born 1990-05-20 in the regency with these four digits. */
const nikIn = (regency4: string) => `${regency4}01600590${String(serial++).padStart(4, '0')}`;

const caller = (roles: string[], regionCode?: string) => ({
  metadata: { 'x-caller': JSON.stringify({ sub: `t-${roles[0]}-${regionCode ?? ''}`, roles, regionCode }) },
});
const REGENCY_3374 = caller(['DISNAKER_REGENCY'], '33.74');
const PROVINCE_33 = caller(['DISNAKER_PROVINCE'], '33');
const PROVINCE_32 = caller(['DISNAKER_PROVINCE'], '32');
const MINISTRY = caller(['MINISTRY_ADMIN']);
const PARTNER = caller(['PARTNER']);

function fieldsOf(err: { metadata: { get(k: string): unknown[] } }): string[] {
  return JSON.parse(String(err.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field);
}

/** JobsService.BatchGetJobSeekers (AIP-231) against the real service: roles, regions, unknown ids, erased and restricted seekers, the limit. */
describe('BatchGetJobSeekers (real PostgreSQL, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  const semarang: jobsV1.JobSeeker__Output[] = [];
  let bandung: jobsV1.JobSeeker__Output;

  const register = (regency4: string, village: string) =>
    client.registerJobSeeker({
      jobSeeker: {
        nik: nikIn(regency4),
        name: 'Sri Rahayu',
        birthPlace: 'Semarang',
        birthDate: '1990-05-20',
        sex: 'SEX_FEMALE',
        maritalStatus: 'MARITAL_STATUS_MARRIED',
        religion: 'RELIGION_ISLAM',
        address: { line: 'Jl. Pandanaran 5', regionCode: village, postalCode: '' },
        phone: '081311112222',
        education: [{ level: 'SMA', institution: 'SMA Negeri 1', major: '', graduationYear: 2008 }],
        wantedKbjiCodes: ['4110'],
      },
    });

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_seekers_batch');
    drop = db.drop;
    svc = await startService(jobsService, serviceTestEnv(db.url));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
    for (let i = 0; i < 4; i++) semarang.push(await register('3374', '33.74.01.1001'));
    bandung = await register('3273', '32.73');
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await drop?.();
  });

  it("returns the full records of an officer's region in request order, each id once, leaving unknown ids out", async () => {
    const unknown = randomUUID();
    const ids = [semarang[2].id, unknown, semarang[0].id, semarang[2].id.toUpperCase(), semarang[1].id];
    const r = await client.batchGetJobSeekers({ ids }, REGENCY_3374);
    expect(r.jobSeekers.map((s) => s.id)).toEqual([semarang[2].id, semarang[0].id, semarang[1].id]);
    expect(r.jobSeekers[1]).toMatchObject({
      nik: semarang[0].nik,
      name: 'Sri Rahayu',
      phone: '081311112222',
      birthDate: '1990-05-20',
      address: { line: 'Jl. Pandanaran 5' },
      regionCode: '33.74',
    });
    expect(r.erasedIds).toEqual([]);
    expect(r.restrictedIds).toEqual([]);
    // a province officer reads its regencies; the ministry reads everywhere
    expect((await client.batchGetJobSeekers({ ids: [semarang[3].id] }, PROVINCE_33)).jobSeekers).toHaveLength(1);
    expect((await client.batchGetJobSeekers({ ids: [semarang[3].id, bandung.id] }, MINISTRY)).jobSeekers.map((s) => s.regionCode)).toEqual([
      '33.74',
      '32.73',
    ]);
    // only unknown ids: an empty answer, not an error
    expect((await client.batchGetJobSeekers({ ids: [unknown] }, MINISTRY)).jobSeekers).toEqual([]);
  });

  it("refuses the whole batch when one seeker lies outside the officer's region, and callers who are not officers", async () => {
    const outside = await client.batchGetJobSeekers({ ids: [semarang[0].id, bandung.id] }, REGENCY_3374).catch((e) => e);
    expect(outside.code).toBe(status.PERMISSION_DENIED);
    expect(outside.details).toContain(bandung.id);
    expect(outside.details).toMatch(/outside the caller's region 33\.74/);
    expect((await client.batchGetJobSeekers({ ids: [semarang[0].id] }, PROVINCE_32).catch((e) => e)).code).toBe(status.PERMISSION_DENIED);
    expect((await client.batchGetJobSeekers({ ids: [semarang[0].id] }, PARTNER).catch((e) => e)).code).toBe(status.PERMISSION_DENIED);
    expect((await client.batchGetJobSeekers({ ids: [semarang[0].id] }).catch((e) => e)).code).toBe(status.PERMISSION_DENIED);
  });

  it('accepts 1 to 1000 ids, naming the field otherwise', async () => {
    const none = await client.batchGetJobSeekers({ ids: [] }, MINISTRY).catch((e) => e);
    expect(none.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(none)).toEqual(['ids']);
    const tooMany = await client.batchGetJobSeekers({ ids: Array.from({ length: 1001 }, () => randomUUID()) }, MINISTRY).catch((e) => e);
    expect(tooMany.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(tooMany)).toEqual(['ids']);
    const bad = await client.batchGetJobSeekers({ ids: [semarang[0].id, 'not-an-id'] }, MINISTRY).catch((e) => e);
    expect(bad.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(bad)).toEqual(['ids[1]']);
    const max = await client.batchGetJobSeekers(
      { ids: [...Array.from({ length: 999 }, () => randomUUID()), semarang[0].id] },
      REGENCY_3374,
    );
    expect(max.jobSeekers.map((s) => s.id)).toEqual([semarang[0].id]);
  });

  it('names erased and restricted seekers without returning their records', async () => {
    await svc.dataSource.transaction((m) => eraseJobSeeker(m, semarang[3].personId, new Date()));
    await svc.dataSource.query(`UPDATE job_seekers SET processing_restricted_at = now() WHERE id = $1`, [semarang[2].id]);
    const r = await client.batchGetJobSeekers({ ids: [semarang[3].id, semarang[2].id, semarang[1].id] }, REGENCY_3374);
    expect(r.jobSeekers.map((s) => s.id)).toEqual([semarang[1].id]);
    expect(r.erasedIds).toEqual([semarang[3].id]);
    expect(r.restrictedIds).toEqual([semarang[2].id]);
    expect(JSON.stringify(r)).not.toContain(semarang[3].nik);
  });
});
