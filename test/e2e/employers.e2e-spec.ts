import { certificationService } from '../../services/certification/src/certification.module';
import { entrepreneurshipService } from '../../services/entrepreneurship/src/entrepreneurship.module';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { placementService } from '../../services/placement/src/placement.module';
import { trainingService } from '../../services/training/src/training.module';
import { sandboxAuth, type SandboxClient } from '@siapkerja/testing';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';

/** Karirhub employers over HTTP: who acts for an employer, verification, contact masking, merge-patch validation. */
describe('employers through the gateway', () => {
  let platform: InProcessPlatform;
  let base: string;
  const auth: Partial<Record<SandboxClient, Record<string, string>>> = {};

  beforeAll(async () => {
    platform = await startInProcessPlatform('emp', [
      jobsService,
      trainingService,
      certificationService,
      placementService,
      entrepreneurshipService,
    ]);
    ({ base } = platform);
    for (const c of ['admin', 'partnerA', 'partnerB', 'province33', 'regency3373'] as SandboxClient[]) auth[c] = await sandboxAuth(base, c);
  });
  afterAll(async () => {
    await platform?.close();
  });

  const call = (as: SandboxClient, method: string, path: string, body?: unknown) =>
    fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json', ...auth[as] },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const nib = () => String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
  const employerBody = () => ({
    nib: nib(),
    legalName: 'PT Karya Mandiri',
    employerType: 'PRIVATE',
    kbliCodes: ['10792'],
    regionCode: '33.73',
    contactName: 'Budi Santoso',
    contactPhone: '081298765432',
    contactEmail: 'hrd@karyamandiri.co.id',
  });
  const vacancyBody = (employerId: string) => ({
    employerId,
    positionName: 'Juru Masak',
    kbjiCode: '5120',
    regionCode: '33.73',
    numberNeeded: 1,
    validFrom: '2026-11-01',
    validUntil: '2027-01-31',
  });

  async function expectProblem(res: Response, status: number, fields: string[] = []) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.json();
    if (fields.length) expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual([...fields].sort());
    return body;
  }

  it("partner B cannot touch partner A's employer or its vacancies; drafts stay private", async () => {
    const e = await (await call('partnerA', 'POST', '/v1/employers', employerBody())).json();
    await expectProblem(await call('partnerB', 'POST', '/v1/vacancies', vacancyBody(e.id)), 403);
    await expectProblem(await call('partnerB', 'PATCH', `/v1/employers/${e.id}`, { address: 'Jl. Lain' }), 403);
    const v = await (await call('partnerA', 'POST', '/v1/vacancies', vacancyBody(e.id))).json();
    await expectProblem(await call('partnerB', 'POST', `/v1/vacancies/${v.id}/close`, {}), 403);
    await expectProblem(await call('partnerB', 'POST', `/v1/vacancies/${v.id}/report-filled`, { numberHired: 1 }), 403);
    const draft = await (await call('partnerA', 'POST', '/v1/vacancies', { ...vacancyBody(e.id), draft: true })).json();
    await expectProblem(await call('partnerB', 'GET', `/v1/vacancies/${draft.id}`), 404);
    expect((await call('partnerA', 'GET', `/v1/vacancies/${draft.id}`)).status).toBe(200);
    const mineA = await (await call('partnerA', 'GET', '/v1/employers?mine=true')).json();
    const mineB = await (await call('partnerB', 'GET', '/v1/employers?mine=true')).json();
    expect(mineA.employers.map((x: { id: string }) => x.id)).toContain(e.id);
    expect(mineB.employers.map((x: { id: string }) => x.id)).not.toContain(e.id);
  });

  it('masks the contact person for whoever does not act for or supervise the employer', async () => {
    const e = await (await call('partnerA', 'POST', '/v1/employers', employerBody())).json();
    expect(e).toMatchObject({
      contactName: 'Budi Santoso',
      contactPhone: '081298765432',
      contactEmail: 'hrd@karyamandiri.co.id',
      verificationStatus: 'UNVERIFIED',
    });
    const seenByB = await (await call('partnerB', 'GET', `/v1/employers/${e.id}`)).json();
    expect(seenByB).toMatchObject({ contactName: 'B***', contactPhone: '0812****5432', contactEmail: 'h***@karyamandiri.co.id' });
    const seenByOfficer = await (await call('regency3373', 'GET', `/v1/employers/${e.id}`)).json();
    expect(seenByOfficer.contactPhone).toBe('081298765432');
  });

  it('officers of the region verify; partners cannot; a legal change re-opens verification', async () => {
    const e = await (await call('partnerA', 'POST', '/v1/employers', employerBody())).json();
    await expectProblem(await call('partnerA', 'POST', `/v1/employers/${e.id}/verification`, { status: 'VERIFIED' }), 403);
    await expectProblem(await call('regency3373', 'POST', `/v1/employers/${e.id}/verification`, { status: 'REJECTED' }), 400, ['note']);
    await expectProblem(await call('regency3373', 'POST', `/v1/employers/${e.id}/verification`, { status: 'MAYBE' }), 400, ['status']);
    const ok = await call('province33', 'POST', `/v1/employers/${e.id}/verification`, { status: 'VERIFIED', note: 'NIB aktif di OSS' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      verificationStatus: 'VERIFIED',
      verificationNote: 'NIB aktif di OSS',
      verifiedAt: expect.any(String),
    });
    const listed = await (await call('regency3373', 'GET', '/v1/employers?verificationStatus=VERIFIED&pageSize=100')).json();
    expect(listed.employers.map((x: { id: string }) => x.id)).toContain(e.id);
    await expectProblem(await call('regency3373', 'GET', '/v1/employers?region=32'), 403);

    await expectProblem(await call('partnerA', 'PATCH', `/v1/employers/${e.id}`, { contactPhone: 'call me', kbliCodes: [] }), 400, [
      'contactPhone',
      'kbliCodes',
    ]);
    await expectProblem(await call('partnerA', 'PATCH', `/v1/employers/${e.id}`, { nib: nib() }), 400, ['nib']);
    const patched = await call('partnerA', 'PATCH', `/v1/employers/${e.id}`, { legalName: 'PT Karya Mandiri Utama' });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      legalName: 'PT Karya Mandiri Utama',
      verificationStatus: 'UNVERIFIED',
      contactPhone: '081298765432',
    });
  });

  it('member accounts are managed by who acts for the employer', async () => {
    const e = await (await call('partnerA', 'POST', '/v1/employers', employerBody())).json();
    const put = await call('partnerA', 'PUT', `/v1/employers/${e.id}/members/acc-1`, { role: 'OWNER' });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ accountId: 'acc-1', role: 'OWNER', addedBy: expect.any(String) });
    await expectProblem(await call('partnerB', 'PUT', `/v1/employers/${e.id}/members/acc-2`, { role: 'MEMBER' }), 403);
    await expectProblem(await call('partnerA', 'PUT', `/v1/employers/${e.id}/members/acc-2`, { role: 'BOSS' }), 400, ['role']);
    await expectProblem(await call('partnerA', 'DELETE', `/v1/employers/${e.id}/members/acc-1`), 409);
    expect((await (await call('partnerA', 'GET', `/v1/employers/${e.id}/members`)).json()).members).toHaveLength(1);
  });

  it('takes the full Perpres 57/2023 art. 5 content, hides a wage marked not shown, and names every bad field', async () => {
    const e = await (await call('partnerA', 'POST', '/v1/employers', employerBody())).json();
    const full = {
      ...vacancyBody(e.id),
      positionName: 'Pengelas (Welder) SMAW',
      kbjiCode: '7212',
      kbliCode: '25119',
      numberNeeded: 4,
      ageMin: 20,
      ageMax: 40,
      sexRequirement: 'MALE',
      minEducation: 'SMK',
      skills: ['Las SMAW', 'Membaca gambar teknik'],
      skkniUnits: ['C.250000.001.01'],
      experienceMonthsMin: 12,
      wageMin: 4500000,
      wageMax: 6000000,
      latitude: -7.3305,
      longitude: 110.5084,
      employmentType: 'CONTRACT',
      description: 'Pengelasan konstruksi baja ringan.',
    };
    const res = await call('partnerA', 'POST', '/v1/vacancies', full);
    expect(res.status).toBe(201);
    const v = await res.json();
    expect(v).toMatchObject({ ...full, state: 'PUBLISHED', overseas: false, destinationCountry: null, wageHidden: false, endedAt: null });
    const hidden = await (await call('partnerA', 'POST', '/v1/vacancies', { ...full, wageHidden: true })).json();
    expect(hidden).toMatchObject({ wageHidden: true, wageMin: null, wageMax: null });
    const overseas = await (
      await call('partnerA', 'POST', '/v1/vacancies', {
        ...full,
        overseas: true,
        destinationCountry: 'JP',
        latitude: 35.68,
        longitude: 139.69,
      })
    ).json();
    expect(overseas).toMatchObject({ overseas: true, destinationCountry: 'JP' });

    await expectProblem(
      await call('partnerA', 'POST', '/v1/vacancies', {
        ...full,
        ageMin: 80,
        sexRequirement: 'X',
        minEducation: 'SLTA',
        skkniUnits: ['J.62'],
        employmentType: 'GIG',
      }),
      400,
      ['ageMin', 'sexRequirement', 'minEducation', 'skkniUnits', 'employmentType'],
    );
    await expectProblem(await call('partnerA', 'POST', '/v1/vacancies', { ...full, overseas: true }), 400, ['destinationCountry']);
    await expectProblem(
      await call('partnerA', 'POST', '/v1/vacancies', { ...full, ageMin: 40, ageMax: 20, wageMin: 9000000, wageMax: 1000000 }),
      400,
      ['ageMax', 'wageMax'],
    );
    // Tokyo is not in Indonesia: a domestic vacancy's place must be
    await expectProblem(await call('partnerA', 'POST', '/v1/vacancies', { ...full, latitude: 35.68, longitude: 155.69 }), 400, [
      'latitude',
      'longitude',
    ]);
  });
});
