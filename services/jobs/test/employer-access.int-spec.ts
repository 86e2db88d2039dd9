import { status } from '@grpc/grpc-js';
import { EmployerUpdated } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { collectTopic, createTestDatabase, serviceTestEnv, waitFor } from '@siapkerja/testing';
import { jobsService } from '../src/jobs.module';

/** Who acts for an employer: its partner client, its member accounts, officers of its region, the ministry. */
const as = (c: Record<string, unknown>) => ({ metadata: { 'x-caller': JSON.stringify(c) } });
const partnerA = as({ sub: 'client:pa', roles: ['PARTNER'], clientId: 'pa' });
const partnerB = as({ sub: 'client:pb', roles: ['PARTNER'], clientId: 'pb' });
const owner = as({ sub: 'acc-owner', roles: ['EMPLOYER'] });
const other = as({ sub: 'acc-other', roles: ['EMPLOYER'] });
const seeker = as({ sub: 'acc-seeker', roles: ['JOB_SEEKER'] });
const officer3373 = as({ sub: 'off-1', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' });
const officer32 = as({ sub: 'off-2', roles: ['DISNAKER_PROVINCE'], regionCode: '32' });
const ministry = as({ sub: 'min-1', roles: ['MINISTRY_ADMIN'] });

function fieldsOf(err: { metadata: { get(k: string): unknown[] } }): string[] {
  return JSON.parse(String(err.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field);
}
const nib = () => String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));

describe('employer accounts and access (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_access');
    drop = db.drop;
    topic = await collectTopic([EmployerUpdated.topic]);
    svc = await startService(jobsService, serviceTestEnv(db.url));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await drop?.();
  });

  const employer = (extra: Record<string, unknown> = {}) => ({
    nib: nib(),
    legalName: 'PT Maju Bersama',
    employerType: 'EMPLOYER_TYPE_PRIVATE' as const,
    kbliCodes: ['62019'],
    regionCode: '33.73',
    address: 'Jl. Pemuda 5',
    contactName: 'Sri Wahyuni',
    contactPhone: '081234567890',
    contactEmail: 'hr@majubersama.co.id',
    ...extra,
  });
  const vacancy = (employerId: string) => ({
    employerId,
    positionName: 'Operator Produksi',
    kbjiCode: '8189',
    regionCode: '33.73',
    numberNeeded: 2,
    validFrom: '2026-11-01',
    validUntil: '2027-01-31',
  });

  it('a partner acts only for the employers it registered', async () => {
    const e = await client.createEmployer({ employer: employer() }, partnerA);
    expect(e.ownerClientId).toBe('pa');
    expect(e.verificationStatus).toBe('VERIFICATION_STATUS_UNVERIFIED');
    expect(e.contactPhone).toBe('081234567890');
    const v = await client.createVacancy({ vacancy: vacancy(e.id) }, partnerA);
    await expect(client.createVacancy({ vacancy: vacancy(e.id) }, partnerB)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    await expect(client.closeVacancy({ id: v.id }, partnerB)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    await expect(
      client.updateEmployer({ employer: { id: e.id, address: 'x' }, updateMask: { paths: ['address'] } }, partnerB),
    ).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    // a job seeker acts for no employer
    await expect(client.createVacancy({ vacancy: vacancy(e.id) }, seeker)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    expect((await client.closeVacancy({ id: v.id }, partnerA)).state).toBe('VACANCY_STATE_CLOSED');
    const mineA = await client.listEmployers({ mine: true }, partnerA);
    const mineB = await client.listEmployers({ mine: true }, partnerB);
    expect(mineA.employers.map((x) => x.id)).toContain(e.id);
    expect(mineB.employers.map((x) => x.id)).not.toContain(e.id);
  });

  it('a person registering an employer becomes its owner and manages its members', async () => {
    const e = await client.createEmployer({ employer: employer() }, owner);
    expect(e.ownerClientId).toBe('');
    expect((await client.listEmployerMembers({ employerId: e.id }, owner)).members).toEqual([
      expect.objectContaining({ accountId: 'acc-owner', role: 'EMPLOYER_MEMBER_ROLE_OWNER' }),
    ]);
    await expect(client.createVacancy({ vacancy: vacancy(e.id) }, other)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    await expect(client.listEmployerMembers({ employerId: e.id }, other)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    const m = await client.addEmployerMember({ employerId: e.id, accountId: 'acc-other', role: 'EMPLOYER_MEMBER_ROLE_MEMBER' }, owner);
    expect(m).toMatchObject({ accountId: 'acc-other', role: 'EMPLOYER_MEMBER_ROLE_MEMBER', addedBy: 'acc-owner' });
    // adding again is idempotent
    await client.addEmployerMember({ employerId: e.id, accountId: 'acc-other', role: 'EMPLOYER_MEMBER_ROLE_MEMBER' }, owner);
    const v = await client.createVacancy({ vacancy: vacancy(e.id), draft: true }, other);
    expect(v.state).toBe('VACANCY_STATE_DRAFT');
    // a plain member does not manage members
    await expect(
      client.addEmployerMember({ employerId: e.id, accountId: 'acc-3', role: 'EMPLOYER_MEMBER_ROLE_MEMBER' }, other),
    ).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    // the last owner stays
    await expect(client.removeEmployerMember({ employerId: e.id, accountId: 'acc-owner' }, owner)).rejects.toMatchObject({
      code: status.FAILED_PRECONDITION,
    });
    await client.removeEmployerMember({ employerId: e.id, accountId: 'acc-other' }, owner);
    await client.removeEmployerMember({ employerId: e.id, accountId: 'acc-other' }, owner); // idempotent
    await expect(client.publishVacancy({ id: v.id }, other)).rejects.toMatchObject({ code: status.NOT_FOUND });
    expect((await client.publishVacancy({ id: v.id }, owner)).state).toBe('VACANCY_STATE_PUBLISHED');
  });

  it('holds region-bound officers to their region on vacancy reads and lists, and shows the public catalogue to every caller', async () => {
    const e = await client.createEmployer({ employer: employer() }, partnerA);
    const v = await client.createVacancy({ vacancy: vacancy(e.id) }, partnerA);
    await expect(client.getVacancy({ id: v.id }, officer32)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: "regionCode 33.73 is outside the caller's region 32",
    });
    expect(await client.getVacancy({ id: v.id }, officer3373)).toMatchObject({ id: v.id });
    // the public catalogue (a JobPosting): a published vacancy for anyone, with its employer's name; nothing else
    expect(JSON.parse((await client.getJobPosting({ id: v.id }, officer32)).jsonLd)).toMatchObject({
      identifier: { value: v.id },
      hiringOrganization: { name: e.legalName },
    });
    const draft = await client.createVacancy({ vacancy: vacancy(e.id), draft: true }, partnerA);
    await expect(client.getJobPosting({ id: draft.id }, partnerA)).rejects.toMatchObject({
      code: status.NOT_FOUND,
      details: `Vacancy ${draft.id} is not published`,
    });
    // listings: an officer's own region by default, never outside it
    await expect(client.listVacancies({ regionCode: '33' }, officer32)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: "region 33 is outside the caller's region 32",
    });
    expect((await client.listVacancies({ pageSize: 100 }, officer32)).vacancies).toEqual([]);
    const inRegion = (await client.listVacancies({ pageSize: 100 }, officer3373)).vacancies;
    expect(inRegion.map((x) => x.id)).toContain(v.id);
    expect(inRegion.every((x) => x.regionCode === '33.73')).toBe(true);
    await expect(client.listEmployers({ regionCode: '33' }, officer32)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: "region 33 is outside the caller's region 32",
    });
  });

  it('reads the contact person in clear only for who acts for the employer, masked for everyone else (rule in the service)', async () => {
    const e = await client.createEmployer({ employer: employer() }, partnerA);
    const mine = await client.createEmployer({ employer: employer() }, owner);
    const clear = { contactName: 'Sri Wahyuni', contactPhone: '081234567890', contactEmail: 'hr@majubersama.co.id' };
    for (const who of [partnerA, officer3373, ministry, {}]) expect(await client.getEmployer({ id: e.id }, who)).toMatchObject(clear);
    expect(await client.getEmployer({ id: mine.id }, owner)).toMatchObject(clear);
    for (const [who, id] of [
      [partnerB, e.id],
      [seeker, e.id],
      [other, mine.id],
      [partnerA, mine.id],
    ] as const) {
      const masked = await client.getEmployer({ id }, who);
      expect(masked).toMatchObject({ contactName: 'S***', contactEmail: expect.stringMatching(/@majubersama\.co\.id$/) });
      expect([masked.contactPhone, masked.contactEmail]).not.toContain(clear.contactPhone);
      expect(masked.contactEmail).not.toBe(clear.contactEmail);
    }
    // an officer outside the employer's region does not read it at all
    await expect(client.getEmployer({ id: e.id }, officer32)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: "regionCode 33.73 is outside the caller's region 32",
    });
    // listings too: a person's own employers in clear, the rest of the page masked
    const page = async (who: ReturnType<typeof as>) =>
      new Map((await client.listEmployers({ regionCode: '33.73', pageSize: 100 }, who)).employers.map((x) => [x.id, x]));
    const byOwner = await page(owner);
    expect(byOwner.get(mine.id)).toMatchObject(clear);
    expect(byOwner.get(e.id)).toMatchObject({ contactName: 'S***' });
    const byOther = await page(other);
    expect(byOther.get(mine.id)).toMatchObject({ contactName: 'S***' });
    expect((await page(partnerA)).get(e.id)).toMatchObject(clear);
  });

  it('drafts are invisible to whoever does not act for the employer', async () => {
    const e = await client.createEmployer({ employer: employer() }, partnerA);
    const draft = await client.createVacancy({ vacancy: vacancy(e.id), draft: true }, partnerA);
    await expect(client.getVacancy({ id: draft.id }, partnerB)).rejects.toMatchObject({ code: status.NOT_FOUND });
    expect((await client.getVacancy({ id: draft.id }, partnerA)).state).toBe('VACANCY_STATE_DRAFT');
    expect((await client.getVacancy({ id: draft.id }, officer3373)).id).toBe(draft.id);
    const listedB = await client.listVacancies({ employerId: e.id, pageSize: 100 }, partnerB);
    const listedA = await client.listVacancies({ employerId: e.id, pageSize: 100 }, partnerA);
    expect(listedB.vacancies.map((x) => x.id)).not.toContain(draft.id);
    expect(listedA.vacancies.map((x) => x.id)).toContain(draft.id);
    await expect(client.publishVacancy({ id: draft.id }, partnerB)).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it('officers of the region and the ministry verify; nobody else', async () => {
    const e = await client.createEmployer({ employer: employer() }, partnerA);
    await expect(client.verifyEmployer({ id: e.id, status: 'VERIFICATION_STATUS_VERIFIED' }, partnerA)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    await expect(client.verifyEmployer({ id: e.id, status: 'VERIFICATION_STATUS_VERIFIED' }, officer32)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    const rejectNoNote = await client.verifyEmployer({ id: e.id, status: 'VERIFICATION_STATUS_REJECTED' }, officer3373).catch((x) => x);
    expect(rejectNoNote.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(rejectNoNote)).toEqual(['note']);
    const verified = await client.verifyEmployer(
      { id: e.id, status: 'VERIFICATION_STATUS_VERIFIED', note: 'NIB checked in OSS' },
      officer3373,
    );
    expect(verified).toMatchObject({ verificationStatus: 'VERIFICATION_STATUS_VERIFIED', verificationNote: 'NIB checked in OSS' });
    expect(verified.verifyTime).not.toBe('');
    expect(
      (await client.verifyEmployer({ id: e.id, status: 'VERIFICATION_STATUS_REJECTED', note: 'NIB revoked' }, ministry)).verificationStatus,
    ).toBe('VERIFICATION_STATUS_REJECTED');
    const listed = await client.listEmployers({ verificationStatus: 'VERIFICATION_STATUS_REJECTED', pageSize: 100 }, officer3373);
    expect(listed.employers.map((x) => x.id)).toContain(e.id);
    await expect(client.listEmployers({ regionCode: '32' }, officer3373)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
  });

  it("stores an employer's KBLI codes as the classification writes them, each once, on registration and on update", async () => {
    // the check accepts a code with its category letter: J62019, J.62019 and J 62019 are the class 62019
    const e = await client.createEmployer({ employer: { ...employer(), kbliCodes: ['J62019', '62019', 'J.62020', 'G 47111'] } }, partnerA);
    expect(e.kbliCodes).toEqual(['62019', '62020', '47111']);
    const u = await client.updateEmployer(
      { employer: { id: e.id, kbliCodes: ['C-10710', '10710', 'J62019'] }, updateMask: { paths: ['kbli_codes'] } },
      partnerA,
    );
    expect(u.kbliCodes).toEqual(['10710', '62019']);
    const rows: { kbli_codes: string[] }[] = await svc.dataSource.query(`SELECT kbli_codes FROM employers WHERE id = $1`, [e.id]);
    expect(rows).toEqual([{ kbli_codes: ['10710', '62019'] }]);
  });

  it('updates only the masked fields, validates them, re-opens verification on a legal change, and keeps contacts out of events', async () => {
    const e = await client.createEmployer({ employer: employer() }, partnerA);
    await client.verifyEmployer({ id: e.id, status: 'VERIFICATION_STATUS_VERIFIED' }, ministry);
    const bad = await client
      .updateEmployer(
        {
          employer: { id: e.id, contactPhone: 'call me', contactEmail: 'nope' },
          updateMask: { paths: ['contact_phone', 'contact_email', 'nib'] },
        },
        partnerA,
      )
      .catch((x) => x);
    expect(bad.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(bad)).toEqual(['updateMask[2]']);
    const bad2 = await client
      .updateEmployer(
        {
          employer: { id: e.id, contactPhone: 'call me', contactEmail: 'nope' },
          updateMask: { paths: ['contact_phone', 'contact_email'] },
        },
        partnerA,
      )
      .catch((x) => x);
    expect(fieldsOf(bad2).sort()).toEqual(['contactEmail', 'contactPhone']);
    const noMask = await client.updateEmployer({ employer: { id: e.id, address: 'y' } }, partnerA).catch((x) => x);
    expect(fieldsOf(noMask)).toEqual(['updateMask']);

    const u = await client.updateEmployer(
      {
        employer: { id: e.id, contactPhone: '+62 812-1111-2222', address: 'ignored, not in the mask' },
        updateMask: { paths: ['contact_phone'] },
      },
      partnerA,
    );
    expect(u).toMatchObject({
      contactPhone: '+6281211112222',
      address: 'Jl. Pemuda 5',
      verificationStatus: 'VERIFICATION_STATUS_VERIFIED',
    });
    const renamed = await client.updateEmployer(
      { employer: { id: e.id, legalName: 'PT Maju Bersama Sejahtera' }, updateMask: { paths: ['legal_name'] } },
      partnerA,
    );
    expect(renamed).toMatchObject({ legalName: 'PT Maju Bersama Sejahtera', verificationStatus: 'VERIFICATION_STATUS_UNVERIFIED' });

    const events = await waitFor(
      async () => {
        const mine = topic.messages.filter((m) => m.key === e.id && m.value.type === EmployerUpdated.type);
        return mine.length >= 3 ? mine : undefined;
      },
      { what: 'three EmployerUpdated events' },
    );
    expect(events.map((m) => m.value.data.changed)).toEqual([
      ['verificationStatus'],
      ['contactPhone'],
      ['legalName', 'verificationStatus'],
    ]);
    const raw = JSON.stringify(topic.messages.filter((m) => m.key === e.id));
    for (const personal of ['6281211112222', '081234567890', 'hr@majubersama.co.id', 'Sri Wahyuni']) expect(raw).not.toContain(personal);
  });
});
