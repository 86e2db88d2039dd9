import { certificationService } from '../../services/certification/src/certification.module';
import { entrepreneurshipService } from '../../services/entrepreneurship/src/entrepreneurship.module';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { placementService } from '../../services/placement/src/placement.module';
import { trainingService } from '../../services/training/src/training.module';
import { sandboxAuth, type SandboxClient } from '@siapkerja/testing';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';
import { callerHttp, expectProblem as expectProblemOf, nib } from './http';

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

  const { call } = callerHttp(() => base, auth);
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

  /** The violations name exactly these fields. */
  const expectProblem = (res: Response, status: number, fields: string[] = []) => expectProblemOf(res, status, { exactly: fields });

  it("partner B cannot touch partner A's employer or its vacancies; drafts stay private", async () => {
    const e = await (await call('POST', '/v1/employers', 'partnerA', employerBody())).json();
    await expectProblem(await call('POST', '/v1/vacancies', 'partnerB', vacancyBody(e.id)), 403);
    await expectProblem(await call('PATCH', `/v1/employers/${e.id}`, 'partnerB', { address: 'Jl. Lain' }), 403);
    const v = await (await call('POST', '/v1/vacancies', 'partnerA', vacancyBody(e.id))).json();
    await expectProblem(await call('POST', `/v1/vacancies/${v.id}/close`, 'partnerB', {}), 403);
    await expectProblem(await call('POST', `/v1/vacancies/${v.id}/report-filled`, 'partnerB', { numberHired: 1 }), 403);
    const draft = await (await call('POST', '/v1/vacancies', 'partnerA', { ...vacancyBody(e.id), draft: true })).json();
    await expectProblem(await call('GET', `/v1/vacancies/${draft.id}`, 'partnerB'), 404);
    expect((await call('GET', `/v1/vacancies/${draft.id}`, 'partnerA')).status).toBe(200);
    const mineA = await (await call('GET', '/v1/employers?mine=true', 'partnerA')).json();
    const mineB = await (await call('GET', '/v1/employers?mine=true', 'partnerB')).json();
    expect(mineA.employers.map((x: { id: string }) => x.id)).toContain(e.id);
    expect(mineB.employers.map((x: { id: string }) => x.id)).not.toContain(e.id);
  });

  it('masks the contact person for whoever does not act for or supervise the employer', async () => {
    const e = await (await call('POST', '/v1/employers', 'partnerA', employerBody())).json();
    expect(e).toMatchObject({
      contactName: 'Budi Santoso',
      contactPhone: '081298765432',
      contactEmail: 'hrd@karyamandiri.co.id',
      verificationStatus: 'UNVERIFIED',
    });
    const seenByB = await (await call('GET', `/v1/employers/${e.id}`, 'partnerB')).json();
    expect(seenByB).toMatchObject({ contactName: 'B***', contactPhone: '0812****5432', contactEmail: 'h***@karyamandiri.co.id' });
    const seenByOfficer = await (await call('GET', `/v1/employers/${e.id}`, 'regency3373')).json();
    expect(seenByOfficer.contactPhone).toBe('081298765432');
  });

  it('officers of the region verify; partners cannot; a legal change re-opens verification', async () => {
    const e = await (await call('POST', '/v1/employers', 'partnerA', employerBody())).json();
    await expectProblem(await call('POST', `/v1/employers/${e.id}/verification`, 'partnerA', { status: 'VERIFIED' }), 403);
    await expectProblem(await call('POST', `/v1/employers/${e.id}/verification`, 'regency3373', { status: 'REJECTED' }), 400, ['note']);
    await expectProblem(await call('POST', `/v1/employers/${e.id}/verification`, 'regency3373', { status: 'MAYBE' }), 400, ['status']);
    const ok = await call('POST', `/v1/employers/${e.id}/verification`, 'province33', { status: 'VERIFIED', note: 'NIB aktif di OSS' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      verificationStatus: 'VERIFIED',
      verificationNote: 'NIB aktif di OSS',
      verifiedAt: expect.any(String),
    });
    const listed = await (await call('GET', '/v1/employers?verificationStatus=VERIFIED&pageSize=100', 'regency3373')).json();
    expect(listed.employers.map((x: { id: string }) => x.id)).toContain(e.id);
    await expectProblem(await call('GET', '/v1/employers?region=32', 'regency3373'), 403);

    await expectProblem(await call('PATCH', `/v1/employers/${e.id}`, 'partnerA', { contactPhone: 'call me', kbliCodes: [] }), 400, [
      'contactPhone',
      'kbliCodes',
    ]);
    await expectProblem(await call('PATCH', `/v1/employers/${e.id}`, 'partnerA', { nib: nib() }), 400, ['nib']);
    const patched = await call('PATCH', `/v1/employers/${e.id}`, 'partnerA', { legalName: 'PT Karya Mandiri Utama' });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      legalName: 'PT Karya Mandiri Utama',
      verificationStatus: 'UNVERIFIED',
      contactPhone: '081298765432',
    });
  });

  it('member accounts are managed by who acts for the employer', async () => {
    const e = await (await call('POST', '/v1/employers', 'partnerA', employerBody())).json();
    const put = await call('PUT', `/v1/employers/${e.id}/members/acc-1`, 'partnerA', { role: 'OWNER' });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ accountId: 'acc-1', role: 'OWNER', addedBy: expect.any(String) });
    await expectProblem(await call('PUT', `/v1/employers/${e.id}/members/acc-2`, 'partnerB', { role: 'MEMBER' }), 403);
    await expectProblem(await call('PUT', `/v1/employers/${e.id}/members/acc-2`, 'partnerA', { role: 'BOSS' }), 400, ['role']);
    await expectProblem(await call('DELETE', `/v1/employers/${e.id}/members/acc-1`, 'partnerA'), 409);
    expect((await (await call('GET', `/v1/employers/${e.id}/members`, 'partnerA')).json()).members).toHaveLength(1);
  });

  it('takes the full Perpres 57/2023 art. 5 content, hides a wage marked not shown, and names every bad field', async () => {
    const e = await (await call('POST', '/v1/employers', 'partnerA', employerBody())).json();
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
    const res = await call('POST', '/v1/vacancies', 'partnerA', full);
    expect(res.status).toBe(201);
    const v = await res.json();
    expect(v).toMatchObject({ ...full, state: 'PUBLISHED', overseas: false, destinationCountry: null, wageHidden: false, endedAt: null });
    const hidden = await (await call('POST', '/v1/vacancies', 'partnerA', { ...full, wageHidden: true })).json();
    expect(hidden).toMatchObject({ wageHidden: true, wageMin: null, wageMax: null });
    const overseas = await (
      await call('POST', '/v1/vacancies', 'partnerA', {
        ...full,
        overseas: true,
        destinationCountry: 'JP',
        latitude: 35.68,
        longitude: 139.69,
      })
    ).json();
    expect(overseas).toMatchObject({ overseas: true, destinationCountry: 'JP' });

    await expectProblem(
      await call('POST', '/v1/vacancies', 'partnerA', {
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
    await expectProblem(await call('POST', '/v1/vacancies', 'partnerA', { ...full, overseas: true }), 400, ['destinationCountry']);
    await expectProblem(
      await call('POST', '/v1/vacancies', 'partnerA', { ...full, ageMin: 40, ageMax: 20, wageMin: 9000000, wageMax: 1000000 }),
      400,
      ['ageMax', 'wageMax'],
    );
    // Tokyo is not in Indonesia: a domestic vacancy's place must be
    await expectProblem(await call('POST', '/v1/vacancies', 'partnerA', { ...full, latitude: 35.68, longitude: 155.69 }), 400, [
      'latitude',
      'longitude',
    ]);
  });
});
