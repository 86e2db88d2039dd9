import { status } from '@grpc/grpc-js';
import { todayWib } from '@siapkerja/codes';
import { ApplicationSubmitted, type jobsV1, PlacementRecorded, serviceDefinition } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  collectTopic,
  createTestDatabase,
  type FakeAccessLog,
  serviceTestEnv,
  startFakeAccessLog,
  testNik,
  uniqueSuffix,
  waitFor,
} from '@siapkerja/testing';
import { jobsService } from '../src/jobs.module';
import { gatewayCaller } from './support';

const as = gatewayCaller;
const partnerA = as({ sub: 'client:pa', roles: ['PARTNER'], clientId: 'pa' });
const partnerB = as({ sub: 'client:pb', roles: ['PARTNER'], clientId: 'pb' });
const officer3374 = as({ sub: 'off-3374', roles: ['DISNAKER_REGENCY'], regionCode: '33.74' });
const officer32 = as({ sub: 'off-32', roles: ['DISNAKER_PROVINCE'], regionCode: '32' });
const seekerCaller = (personId: string) => as({ sub: `acc-${personId.slice(2, 10)}`, roles: ['JOB_SEEKER'], personId });

const nikFor = testNik;
const nib = () => String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));
const code = (e: unknown) => (e as { code: number }).code;

describe('applications (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let accessLog: FakeAccessLog;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;
  const secrets: string[] = [];

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_applications');
    drop = db.drop;
    topic = await collectTopic([ApplicationSubmitted.topic, PlacementRecorded.topic]);
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(jobsService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  const employer = (caller: ReturnType<typeof as>, regionCode = '33.74') =>
    client.createEmployer(
      { employer: { nib: nib(), legalName: 'PT Listrik Jaya', employerType: 'EMPLOYER_TYPE_PRIVATE', kbliCodes: ['43211'], regionCode } },
      caller,
    );
  const vacancy = (employerId: string, caller: ReturnType<typeof as>, extra: Partial<jobsV1.Vacancy> = {}, draft = false) =>
    client.createVacancy(
      {
        vacancy: {
          employerId,
          positionName: 'Teknisi Listrik',
          kbjiCode: '7411',
          kbliCode: '43211',
          regionCode: '33.74',
          numberNeeded: 1,
          validFrom: day(0),
          validUntil: day(90),
          sexRequirement: 'SEX_REQUIREMENT_MALE',
          ageMax: 25,
          minEducation: 'EDUCATION_LEVEL_D3',
          skkniUnits: ['D.351100.004.01'],
          ...extra,
        },
        draft,
      },
      caller,
    );
  /** A woman born 1995-03-12 in Kota Semarang (33.74), SMK. */
  const seeker = async (regency = '33.74') => {
    const nik = nikFor(regency.replace('.', ''), '1995-03-12', 2);
    secrets.push(nik, 'Dewi Lestari', '1995-03-12');
    return client.registerJobSeeker({
      jobSeeker: {
        nik,
        name: 'Dewi Lestari',
        birthPlace: 'Semarang',
        birthDate: '1995-03-12',
        sex: 'SEX_FEMALE',
        maritalStatus: 'MARITAL_STATUS_SINGLE',
        religion: 'RELIGION_ISLAM',
        address: { line: 'Jl. Pemuda No. 12', regionCode: regency },
        education: [{ level: 'SMK', institution: 'SMK Negeri 7', major: 'Listrik', graduationYear: 2013 }],
        skills: ['Instalasi listrik'],
        wantedKbjiCodes: ['7411'],
      },
    });
  };
  const move = (id: string, to: string, caller: ReturnType<typeof as>, note = '') =>
    client.transitionApplication({ id, toState: `APPLICATION_STATE_${to}` as jobsV1.ApplicationState, note }, caller);

  it('a seeker applies once to a published vacancy; the rules he does not meet are screening notes, not refusals', async () => {
    const e = await employer(partnerA);
    const v = await vacancy(e.id, partnerA);
    const s = await seeker();
    const me = seekerCaller(s.personId);
    const key = `app-${uniqueSuffix()}`;
    const a = await client.createApplication({ vacancyId: v.id, jobSeekerId: s.id, coverLetter: 'Saya berminat.', requestId: key }, me);
    expect(a).toMatchObject({
      vacancyId: v.id,
      jobSeekerId: s.id,
      employerId: e.id,
      state: 'APPLICATION_STATE_APPLIED',
      positionName: 'Teknisi Listrik',
      jobSeekerRegionCode: '33.74',
    });
    expect(a.screeningNotes.map((n) => n.rule)).toEqual(['SEX', 'AGE', 'EDUCATION']);
    expect(a.history).toEqual([
      expect.objectContaining({ fromState: 'APPLICATION_STATE_UNSPECIFIED', toState: 'APPLICATION_STATE_APPLIED', actorSide: 'SEEKER' }),
    ]);
    // the same request id replays; another apply is ALREADY_EXISTS naming the application
    expect((await client.createApplication({ vacancyId: v.id, jobSeekerId: s.id, requestId: key }, me)).id).toBe(a.id);
    const again = await client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, me).catch((x) => x);
    expect(code(again)).toBe(status.ALREADY_EXISTS);
    expect(again.details).toContain(a.id);
    // concurrent applies of another seeker: exactly one application
    const t = await seeker();
    const race = await Promise.allSettled(
      [1, 2, 3].map(() => client.createApplication({ vacancyId: v.id, jobSeekerId: t.id }, seekerCaller(t.personId))),
    );
    expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of race.filter((r) => r.status === 'rejected') as PromiseRejectedResult[])
      expect(r.reason.code).toBe(status.ALREADY_EXISTS);
  });

  it("holds the token's scopes: without jobs:write only a person applies (for himself) and only the seeker side withdraws", async () => {
    const e = await employer(partnerA);
    const v = await vacancy(e.id, partnerA);
    const s = await seeker();
    const reader = as({ sub: 'client:pa', roles: ['PARTNER'], clientId: 'pa', scopes: ['jobs:read'] });
    const denied = await client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, reader).catch((x) => x);
    expect([code(denied), denied.details]).toEqual([status.PERMISSION_DENIED, 'The token lacks the scope jobs:write']);
    const a = await client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, seekerCaller(s.personId));
    // a person (jobs:read) does not shortlist, even his own; the partner without jobs:write neither; before anything is read
    for (const who of [seekerCaller(s.personId), reader]) {
      const refused = await client
        .transitionApplication({ id: '00000000-0000-4000-8000-000000000000', toState: 'APPLICATION_STATE_SHORTLISTED' }, who)
        .catch((x) => x);
      expect([code(refused), refused.details]).toEqual([status.PERMISSION_DENIED, 'The token lacks the scope jobs:write']);
    }
    expect((await move(a.id, 'WITHDRAWN', seekerCaller(s.personId))).state).toBe('APPLICATION_STATE_WITHDRAWN');
  });

  it('refuses applying for someone else, to drafts and closed vacancies, and for seekers no longer on the register', async () => {
    const e = await employer(partnerA);
    const v = await vacancy(e.id, partnerA);
    const s = await seeker();
    const other = await seeker();
    // another person: as if the seeker did not exist
    expect(code(await client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, seekerCaller(other.personId)).catch((x) => x))).toBe(
      status.NOT_FOUND,
    );
    expect(code(await client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, officer32).catch((x) => x))).toBe(
      status.PERMISSION_DENIED,
    );
    const draft = await vacancy(e.id, partnerA, {}, true);
    expect(code(await client.createApplication({ vacancyId: draft.id, jobSeekerId: s.id }, seekerCaller(s.personId)).catch((x) => x))).toBe(
      status.NOT_FOUND,
    );
    const closed = await vacancy(e.id, partnerA);
    await client.closeVacancy({ id: closed.id }, partnerA);
    const refused = await client.createApplication({ vacancyId: closed.id, jobSeekerId: s.id }, seekerCaller(s.personId)).catch((x) => x);
    expect(code(refused)).toBe(status.FAILED_PRECONDITION);
    expect(refused.details).toMatch(/CLOSED/);
    await client.removeJobSeeker({ id: other.id, reason: 'pindah domisili' }, officer3374);
    expect(code(await client.createApplication({ vacancyId: v.id, jobSeekerId: other.id }, officer3374).catch((x) => x))).toBe(
      status.FAILED_PRECONDITION,
    );
    // an officer of the seeker's regency and a partner platform act for a seeker
    expect((await client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, officer3374)).state).toBe('APPLICATION_STATE_APPLIED');
    const bad = await client.createApplication({ vacancyId: 'nope', jobSeekerId: s.id }, partnerB).catch((x) => x);
    expect(code(bad)).toBe(status.INVALID_ARGUMENT);
  });

  it('only the employer moves an application along its pipeline; illegal moves are FAILED_PRECONDITION; HIRED places the seeker and records the placement once', async () => {
    const e = await employer(partnerA);
    const v = await vacancy(e.id, partnerA, { numberNeeded: 2, kbliCode: '43211', regionCode: '33.74' });
    const s = await seeker('33.01');
    const me = seekerCaller(s.personId);
    const a = await client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, me);

    // a partner with no part in it: as if it did not exist; the seeker himself is refused the employer's moves
    expect(code(await move(a.id, 'SHORTLISTED', partnerB).catch((x) => x))).toBe(status.NOT_FOUND);
    expect(code(await move(a.id, 'SHORTLISTED', me).catch((x) => x))).toBe(status.PERMISSION_DENIED);
    expect(code(await move(a.id, 'WITHDRAWN', partnerB).catch((x) => x))).toBe(status.NOT_FOUND);
    const skip = await move(a.id, 'HIRED', partnerA).catch((x) => x);
    expect(code(skip)).toBe(status.FAILED_PRECONDITION);
    expect(skip.details).toMatch(/APPLIED: it cannot become HIRED/);
    const bad = await move(a.id, 'APPLIED', partnerA).catch((x) => x);
    expect(code(bad)).toBe(status.INVALID_ARGUMENT);

    await move(a.id, 'SHORTLISTED', partnerA, 'CV cocok');
    await move(a.id, 'INTERVIEW', partnerA, 'wawancara 3 Nov');
    await move(a.id, 'OFFERED', partnerA);
    const hired = await move(a.id, 'HIRED', partnerA, 'mulai 1 Des');
    expect(hired.state).toBe('APPLICATION_STATE_HIRED');
    expect(hired.history.map((h) => [h.toState.replace('APPLICATION_STATE_', ''), h.actorSide, h.actor, h.note])).toEqual([
      ['APPLIED', 'SEEKER', expect.stringMatching(/^acc-/), ''],
      ['SHORTLISTED', 'EMPLOYER', 'pa', 'CV cocok'],
      ['INTERVIEW', 'EMPLOYER', 'pa', 'wawancara 3 Nov'],
      ['OFFERED', 'EMPLOYER', 'pa', ''],
      ['HIRED', 'EMPLOYER', 'pa', 'mulai 1 Des'],
    ]);
    // nothing leaves a final state
    expect(code(await move(a.id, 'REJECTED', partnerA).catch((x) => x))).toBe(status.FAILED_PRECONDITION);
    expect(code(await move(a.id, 'WITHDRAWN', me).catch((x) => x))).toBe(status.FAILED_PRECONDITION);

    // the AK/1 card closed in the same transaction
    const placed = await client.getJobSeeker({ id: s.id });
    expect(placed.state).toBe('JOB_SEEKER_STATE_PLACED');
    const [row] = await svc.dataSource.query(`SELECT placed_vacancy_id FROM job_seekers WHERE id = $1`, [s.id]);
    expect(row.placed_vacancy_id).toBe(v.id);

    const events = await waitFor(
      async () => {
        const mine = topic.messages.filter((m) => m.key === a.id);
        return mine.length >= 6 && mine;
      },
      { what: 'application and placement events' },
    );
    expect(events.filter((m) => m.topic === ApplicationSubmitted.topic).map((m) => m.value.data.state)).toEqual([
      'APPLIED',
      'SHORTLISTED',
      'INTERVIEW',
      'OFFERED',
      'HIRED',
    ]);
    const placements = events.filter((m) => m.topic === PlacementRecorded.topic);
    expect(placements).toHaveLength(1);
    expect(placements[0].value).toMatchObject({ type: PlacementRecorded.type, regioncode: '33.01' });
    expect(placements[0].value.data).toEqual({
      applicationId: a.id,
      vacancyId: v.id,
      jobSeekerId: s.id,
      personId: s.personId,
      employerId: e.id,
      employerType: 'PRIVATE',
      kbjiCode: '7411',
      kbliCode: '43211',
      kbliMainGroup: '43',
      workRegionCode: '33.74',
      overseas: false,
      jobSeekerRegionCode: '33.01',
      sex: 2,
      educationLevel: 'SMK',
      ageBand: expect.stringMatching(/^(20-29|30-44)$/),
      channel: 'AKL',
      placedAt: expect.any(String),
    });
    // no personal data in any event
    const raw = JSON.stringify(topic.messages);
    for (const secret of secrets) expect(raw).not.toContain(secret);
  });

  it('refuses hires beyond the number needed, also when they race, and channels AKAD/AKAN', async () => {
    const e = await employer(partnerA);
    const v = await vacancy(e.id, partnerA, { numberNeeded: 1, regionCode: '31.71' });
    const offered: string[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await seeker();
      const a = await client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, seekerCaller(s.personId));
      for (const to of ['SHORTLISTED', 'INTERVIEW', 'OFFERED']) await move(a.id, to, partnerA);
      offered.push(a.id);
    }
    const race = await Promise.allSettled(offered.map((id) => move(id, 'HIRED', partnerA)));
    const won = race.filter((r) => r.status === 'fulfilled') as PromiseFulfilledResult<jobsV1.Application__Output>[];
    expect(won).toHaveLength(1);
    for (const r of race.filter((r) => r.status === 'rejected') as PromiseRejectedResult[]) {
      expect(r.reason.code).toBe(status.FAILED_PRECONDITION);
      expect(r.reason.details).toMatch(/needs 1 and 1 is already hired/);
    }
    const [{ hired }] = await svc.dataSource.query(
      `SELECT count(*)::int AS hired FROM applications WHERE vacancy_id = $1 AND state = 'HIRED'`,
      [v.id],
    );
    expect(hired).toBe(1);
    // the losers are still on the register and still OFFERED
    const losers = offered.filter((id) => id !== won[0].value.id);
    for (const id of losers) {
      const a = await client.getApplication({ id }, partnerA);
      expect(a.state).toBe('APPLICATION_STATE_OFFERED');
      expect((await client.getJobSeeker({ id: a.jobSeekerId })).state).toBe('JOB_SEEKER_STATE_REGISTERED');
    }
    const placement = await waitFor(
      async () => topic.messages.find((m) => m.key === won[0].value.id && m.topic === PlacementRecorded.topic),
      { what: 'placement' },
    );
    expect(placement.value.data.channel).toBe('AKAD');

    const abroad = await vacancy(e.id, partnerA, { overseas: true, destinationCountry: 'MY' });
    const s = await seeker();
    const a = await client.createApplication({ vacancyId: abroad.id, jobSeekerId: s.id }, seekerCaller(s.personId));
    expect(a.screeningNotes.map((n) => n.rule)).toContain('OVERSEAS');
    for (const to of ['SHORTLISTED', 'INTERVIEW', 'OFFERED', 'HIRED']) await move(a.id, to, officer3374);
    const akan = await waitFor(async () => topic.messages.find((m) => m.key === a.id && m.topic === PlacementRecorded.topic), {
      what: 'AKAN placement',
    });
    expect(akan.value.data).toMatchObject({ channel: 'AKAN', overseas: true, destinationCountry: 'MY' });
    // a seeker already placed cannot be hired again elsewhere
    const later = await vacancy(e.id, partnerA, { numberNeeded: 3 });
    const b = await client
      .createApplication(
        {
          vacancyId: later.id,
          jobSeekerId: losers.length ? (await client.getApplication({ id: losers[0] }, partnerA)).jobSeekerId : s.id,
        },
        partnerB,
      )
      .catch((x) => x);
    expect(b.state).toBe('APPLICATION_STATE_APPLIED');
    await client.markJobSeekerPlaced({ id: b.jobSeekerId, vacancyId: '' });
    for (const to of ['SHORTLISTED', 'INTERVIEW', 'OFFERED']) await move(b.id, to, partnerA);
    const again = await move(b.id, 'HIRED', partnerA).catch((x) => x);
    expect(code(again)).toBe(status.FAILED_PRECONDITION);
    expect(again.details).toMatch(/PLACED/);
  });

  it("lists a vacancy's applicants to the officers of where it is worked as well as of the employer's region", async () => {
    // an employer of Kota Bandung (32.73) hires for work in Kota Semarang (33.74): Disnaker Semarang supervises that placement
    const e = await employer(partnerA, '32.73');
    const v = await vacancy(e.id, partnerA);
    const s = await seeker();
    const app = await client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, seekerCaller(s.personId));
    for (const officer of [officer3374, officer32])
      expect((await client.listApplications({ vacancyId: v.id }, officer)).applications.map((a) => a.id)).toEqual([app.id]);
    const elsewhere = as({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' });
    expect(code(await client.listApplications({ vacancyId: v.id }, elsewhere).catch((x) => x))).toBe(status.PERMISSION_DENIED);
  });

  it('the seeker withdraws, the employer rejects from any open state; listings page by cursor and filter by state', async () => {
    const e = await employer(partnerA);
    const v = await vacancy(e.id, partnerA, { numberNeeded: 5 });
    const apps: jobsV1.Application__Output[] = [];
    const seekers: jobsV1.JobSeeker__Output[] = [];
    for (let i = 0; i < 4; i++) {
      const s = await seeker();
      seekers.push(s);
      apps.push(await client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, seekerCaller(s.personId)));
    }
    await move(apps[0].id, 'SHORTLISTED', partnerA);
    await move(apps[0].id, 'INTERVIEW', partnerA);
    const w = await move(apps[0].id, 'WITHDRAWN', seekerCaller(seekers[0].personId), 'sudah diterima di tempat lain');
    expect(w.history[w.history.length - 1]).toMatchObject({
      toState: 'APPLICATION_STATE_WITHDRAWN',
      actorSide: 'SEEKER',
      note: 'sudah diterima di tempat lain',
    });
    expect((await move(apps[1].id, 'REJECTED', partnerA)).state).toBe('APPLICATION_STATE_REJECTED');
    expect(code(await move(apps[2].id, 'WITHDRAWN', seekerCaller(seekers[3].personId)).catch((x) => x))).toBe(status.NOT_FOUND);

    // the employer's applicant list: newest first, cursor pages of 2, state filter
    const page1 = await client.listApplications({ vacancyId: v.id, pageSize: 2 }, partnerA);
    expect(page1.applications.map((a) => a.id)).toEqual([apps[3].id, apps[2].id]);
    const page2 = await client.listApplications({ vacancyId: v.id, pageSize: 2, pageToken: page1.nextPageToken }, partnerA);
    expect(page2.applications.map((a) => a.id)).toEqual([apps[1].id, apps[0].id]);
    expect(page2.nextPageToken).toBe('');
    const applied = await client.listApplications({ vacancyId: v.id, state: 'APPLICATION_STATE_APPLIED' }, partnerA);
    expect(applied.applications.map((a) => a.id)).toEqual([apps[3].id, apps[2].id]);
    const wrongToken = await client
      .listApplications({ vacancyId: v.id, pageSize: 2, pageToken: page1.nextPageToken, state: 'APPLICATION_STATE_REJECTED' }, partnerA)
      .catch((x) => x);
    expect(code(wrongToken)).toBe(status.INVALID_ARGUMENT);
    expect(code(await client.listApplications({ vacancyId: v.id }, partnerB).catch((x) => x))).toBe(status.PERMISSION_DENIED);
    expect(code(await client.listApplications({ vacancyId: v.id }, seekerCaller(seekers[0].personId)).catch((x) => x))).toBe(
      status.PERMISSION_DENIED,
    );
    expect(code(await client.listApplications({}, partnerA).catch((x) => x))).toBe(status.INVALID_ARGUMENT);

    // a seeker lists his own applications only (another's answer as an unknown seeker)
    const mine = await client.listApplications({ jobSeekerId: seekers[1].id }, seekerCaller(seekers[1].personId));
    expect(mine.applications.map((a) => [a.id, a.state])).toEqual([[apps[1].id, 'APPLICATION_STATE_REJECTED']]);
    expect(code(await client.listApplications({ jobSeekerId: seekers[1].id }, seekerCaller(seekers[2].personId)).catch((x) => x))).toBe(
      status.NOT_FOUND,
    );
    // reading one: the seeker side or the employer side, nobody else (NOT_FOUND, as an unknown id)
    expect((await client.getApplication({ id: apps[2].id }, seekerCaller(seekers[2].personId))).id).toBe(apps[2].id);
    expect(code(await client.getApplication({ id: apps[2].id }, partnerB).catch((x) => x))).toBe(status.NOT_FOUND);
  });
});
