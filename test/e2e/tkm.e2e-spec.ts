import { randomUUID } from 'node:crypto';
import * as nodeHttp from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchClientToken } from '@siapkerja/sdk';
import { SelfEmploymentPlacementRecorded, type SelfEmploymentPlacementData } from '@siapkerja/contracts';
import { PersonIdentity } from '@siapkerja/identity';
import { collectTopic, SANDBOX_CLIENTS, sandboxAuth, TEST_PERSON_SECRET, testNik, uniqueSuffix, waitFor } from '@siapkerja/testing';
import { entrepreneurshipService } from '../../services/entrepreneurship/src/entrepreneurship.module';
import { placementService } from '../../services/placement/src/placement.module';
import { callerHttp, expectProblem, ok, personAuth, readFeed, signUpPerson, wibDate, type Headers } from './http';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';

/**
 * TKM over HTTP: the gateway in front of the real entrepreneurship service (gRPC, PostgreSQL, Kafka). Programs and quotas
 * are the ministry's; partner A's group does not exist for partner B (404); an officer outside the region is refused (403);
 * a person already in an active group is refused with the reason; 20 concurrent decrees never pass the quota; a tranche
 * above the approval is refused; a running business yields its SelfEmploymentPlacementRecorded events once each.
 */
describe('TKM (entrepreneurship) over HTTP', () => {
  let platform: InProcessPlatform;
  let base = '';
  const auth: Record<string, Headers> = {};
  const http = callerHttp(() => base, auth);
  const identity = new PersonIdentity(TEST_PERSON_SECRET);
  let topic: Awaited<ReturnType<typeof collectTopic>>;
  // a partner's webhook receiver (proposal decisions)
  const received: { type: string; subject: string; data: Record<string, unknown> }[] = [];
  let receiver: nodeHttp.Server | undefined;
  let receiverPort = 0;

  /** A person's account made a TKM mentor by the ministry admin (PUT /v1/admin/accounts/{id}/roles): its id. */
  async function mentorAccount(): Promise<string> {
    const serial = Math.floor(Math.random() * 90_000_000) + 10_000_000;
    const id = await signUpPerson(base, {
      nik: testNik('3373', '1982-11-03', 2),
      name: 'Endang Pratiwi',
      motherMaidenName: 'Sumiati',
      birthDate: '1982-11-03',
      sex: 2,
      phone: `0813${serial}`,
      email: `pendamping${serial}@example.id`,
      password: 'jamu-kunyit-2026',
    });
    await ok(http.call('PUT', `/v1/admin/accounts/${id}/roles`, 'admin', { roles: ['TKM_MENTOR'] }));
    return id;
  }

  async function newClient(name: string, roles: string[], scopes: string[], regionCode?: string): Promise<Headers> {
    const c = await ok(http.post('/v1/admin/clients', 'admin', { name, roles, scopes, ...(regionCode ? { regionCode } : {}) }), 201);
    return { authorization: `Bearer ${await fetchClientToken(base, c.clientId, c.clientSecret)}` };
  }

  beforeAll(async () => {
    receiver = nodeHttp.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => receiver!.listen(0, '127.0.0.1', r));
    receiverPort = (receiver.address() as AddressInfo).port;
    platform = await startInProcessPlatform(
      'e2e_tkm',
      [entrepreneurshipService, placementService],
      { RATE_LIMIT_PER_MINUTE: '100000', RATE_LIMIT_IP_PER_MINUTE: '100000' },
      { WEBHOOK_ALLOWED_PRIVATE_TARGETS: `127.0.0.1:${receiverPort}`, WEBHOOK_POLL_MS: '50' },
    );
    base = platform.base;
    topic = await collectTopic([SelfEmploymentPlacementRecorded.topic], platform.topicPrefix);
    auth.admin = await sandboxAuth(base, 'admin');
    auth.partnerA = await sandboxAuth(base, 'partnerA');
    auth.partnerB = await sandboxAuth(base, 'partnerB');
    auth.regency = await sandboxAuth(base, 'regency3373');
    auth.province = await sandboxAuth(base, 'province33');
    auth.outside = await newClient(
      'Disnaker Kota Semarang',
      ['DISNAKER_REGENCY'],
      ['entrepreneurship:read', 'entrepreneurship:write'],
      '33.74',
    );
    auth.mentor = await newClient('Pendamping TKM Salatiga', ['TKM_MENTOR'], ['entrepreneurship:read', 'entrepreneurship:write']);
  });
  afterAll(async () => {
    await topic?.stop();
    await platform?.close();
    receiver?.closeAllConnections();
    await new Promise((r) => receiver?.close(r));
  });

  const person = (birthDate = '1994-03-15', sex: 1 | 2 = 1) => {
    const nik = testNik('3373', birthDate, sex);
    return {
      nik,
      name: sex === 2 ? 'Sri Wahyuni' : 'Agus Salim',
      birthDate,
      employmentStatus: 'JOB_SEEKER',
      residenceRegionCode: '33.73',
      educationLevel: 'SMA',
    };
  };
  const code = () =>
    `E${uniqueSuffix()
      .replace(/[^A-Za-z0-9]/g, '')
      .toUpperCase()
      .slice(0, 20)}`;
  const programBody = () => ({
    code: code(),
    name: 'TKM Pemula Salatiga 2026',
    year: 2026,
    fundingBasis: 'PER_GROUP',
    amount: 10000000,
    minMembers: 2,
    maxMembers: 10,
    minAge: 18,
    maxAge: 60,
    eligibleStatuses: ['JOB_SEEKER', 'UNDEREMPLOYED'],
    residenceRule: 'GROUP_REGENCY',
  });
  async function newProgram(quota: number) {
    const p = await ok(http.post('/v1/tkm-programs', 'admin', programBody()), 201);
    await ok(http.call('PUT', `/v1/tkm-programs/${p.id}/quotas/33.73`, 'admin', { maxGroups: quota }));
    return p;
  }
  const groupBody = (programId: string, members = [person(), person('1991-08-20', 2)]) => ({
    name: 'KUB Sumber Rejeki',
    programId,
    regionCode: '33.73',
    businessPlan: { kbliCode: '10710', description: 'Roti dan kue', locationRegionCode: '33.73.01' },
    members: members.map((m, i) => ({ ...m, leader: i === 0 })),
  });
  async function verifiedProposal(programId: string, members?: ReturnType<typeof person>[]) {
    const g = await ok(http.post('/v1/tkm-groups', 'partnerA', groupBody(programId, members)), 201);
    const p = await ok(http.post('/v1/tkm-proposals', 'partnerA', { groupId: g.id }), 201);
    const v = await ok(
      http.post(`/v1/tkm-proposals/${p.id}/verify`, 'regency', { decision: 'VERIFIED', checklist: [{ code: 'KTP', passed: true }] }),
    );
    return { group: g, proposal: v };
  }
  const decree = (programId: string, proposalIds: string[], who = 'regency') =>
    http.post('/v1/tkm-decrees', who, {
      number: `KEP-${uniqueSuffix()}`,
      programId,
      regionCode: '33.73',
      decidedOn: wibDate(),
      proposalIds,
    });

  it('programs and quotas are the ministry data; a partner may not define one', async () => {
    await expectProblem(await http.post('/v1/tkm-programs', 'partnerA', programBody()), 403);
    await expectProblem(await http.post('/v1/tkm-programs', 'admin', { ...programBody(), fundingBasis: 'PER_DAY', amount: -1 }), 400, [
      'fundingBasis',
      'amount',
    ]);
    const p = await newProgram(5);
    const read = await ok(http.get(`/v1/tkm-programs/${p.id}`, 'partnerB'));
    expect(read).toMatchObject({ code: p.code, amount: 10000000, quotas: [{ regionCode: '33.73', maxGroups: 5, approvedGroups: 0 }] });
    expect((await ok(http.get(`/v1/tkm-programs?year=2025`, 'partnerA'))).programs.map((x: { code: string }) => x.code).sort()).toEqual([
      'LANJUTAN',
      'PADAT_KARYA',
      'PEMULA',
    ]);
  });

  it("partner A's group is 404 for partner B and 403 for an officer of another regency; a person in an active group is refused with the reason", async () => {
    const p = await newProgram(5);
    const [a, b] = [person(), person('1991-08-20', 2)];
    const res = await http.post('/v1/tkm-groups', 'partnerA', groupBody(p.id, [a, b]));
    const g = await ok(res, 201);
    expect(res.headers.get('location')).toBe(`/v1/tkm-groups/${g.id}`);
    expect(g).toMatchObject({ programId: p.id, programKind: p.code, memberCount: 2, status: 'ACTIVE', mentorAccountId: null });
    expect(g.members.map((m: { nikMasked: string; leader: boolean }) => [m.nikMasked === a.nik, m.leader])).toEqual([
      [false, true],
      [false, false],
    ]);
    expect((await ok(http.get(`/v1/tkm-groups/${g.id}`, 'regency'))).id).toBe(g.id);
    expect((await ok(http.get(`/v1/tkm-groups/${g.id}`, 'province'))).id).toBe(g.id);
    await expectProblem(await http.get(`/v1/tkm-groups/${g.id}`, 'partnerB'), 404);
    await expectProblem(await http.get(`/v1/tkm-groups/${g.id}/reports`, 'partnerB'), 404);
    await expectProblem(await http.get(`/v1/tkm-groups/${g.id}`, 'outside'), 403);
    expect((await ok(http.get('/v1/tkm-groups?pageSize=100', 'partnerB'))).groups.map((x: { id: string }) => x.id)).not.toContain(g.id);
    expect((await ok(http.get('/v1/tkm-groups?pageSize=100', 'partnerA'))).groups.map((x: { id: string }) => x.id)).toContain(g.id);
    // a person already in an active group of the program year
    const dup = await http.post('/v1/tkm-groups', 'partnerA', groupBody(p.id, [person(), a]));
    await expectProblem(dup, 409, /^Duplicate member: this person is already a member of an active TKM group of program year 2026/);
    const other = await ok(http.post('/v1/tkm-groups', 'partnerA', groupBody(p.id, [person(), person()])), 201);
    const add = await http.post(`/v1/tkm-groups/${other.id}/members`, 'partnerA', a);
    expect(add.headers.get('location')).toBe(`/v1/tkm-groups/${g.id}`);
    await expectProblem(add, 409, /Duplicate member/);
    await expectProblem(await http.post(`/v1/tkm-groups/${other.id}/members`, 'partnerA', { ...person(), nik: '3373010101010000' }), 400, [
      'nik',
    ]);
    // the proposal of a group outside his regency is not the officer's to verify
    const prop = await ok(http.post('/v1/tkm-proposals', 'partnerA', { groupId: g.id }), 201);
    await expectProblem(
      await http.post(`/v1/tkm-proposals/${prop.id}/verify`, 'outside', {
        decision: 'VERIFIED',
        checklist: [{ code: 'KTP', passed: true }],
      }),
      403,
    );
    await expectProblem(await http.get(`/v1/tkm-proposals/${prop.id}`, 'partnerB'), 404);
    await expectProblem(await http.post(`/v1/tkm-proposals/${prop.id}/verify`, 'regency', { decision: 'REJECTED' }), 400, [
      'rejectionReasons',
    ]);
  });

  it('holds the quota under 20 concurrent approvals', async () => {
    const p = await newProgram(5);
    const proposals: { id: string }[] = [];
    for (let i = 0; i < 20; i++) proposals.push((await verifiedProposal(p.id)).proposal);
    const answers = await Promise.all(proposals.map((x, i) => decree(p.id, [x.id], i % 2 ? 'regency' : 'province')));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(15);
    for (const r of answers.filter((x) => x.status === 409)) await expectProblem(r, 409, /^Quota: .* allows 5 groups in region 33.73/);
    const program = await ok(http.get(`/v1/tkm-programs/${p.id}`, 'admin'));
    expect(program.quotas).toEqual([{ regionCode: '33.73', maxGroups: 5, approvedGroups: 5 }]);
    const approved = await ok(http.get(`/v1/tkm-proposals?programId=${p.id}&state=APPROVED&pageSize=100`, 'regency'));
    expect(approved.proposals).toHaveLength(5);
    await expectProblem(await decree(p.id, [proposals[0].id], 'outside'), 403);
  });

  it('disburses in tranches and refuses a tranche above the approved amount', async () => {
    const p = await newProgram(5);
    const { proposal } = await verifiedProposal(p.id);
    const d = await ok(await decree(p.id, [proposal.id]), 201);
    expect(await ok(http.get(`/v1/tkm-decrees/${d.id}`, 'partnerA'))).toMatchObject({
      number: d.number,
      proposalIds: [proposal.id],
      totalAmount: 10000000,
    });
    const tranche = (amount: number, reference: string, who = 'regency') =>
      http.post(`/v1/tkm-proposals/${proposal.id}/tranches`, who, { amount, disbursedOn: wibDate(), reference });
    expect(await ok(tranche(6000000, 'BRI-1'), 201)).toMatchObject({ state: 'APPROVED', disbursedAmount: 6000000 });
    await expectProblem(await tranche(4000001, 'BRI-2'), 409, /^Tranche above approval: 4000001 exceeds/);
    await expectProblem(await tranche(1000, 'BRI-X', 'partnerA'), 403);
    const last = await ok(tranche(4000000, 'BRI-2'), 201);
    expect(last).toMatchObject({ state: 'DISBURSED', approvedAmount: 10000000, disbursedAmount: 10000000 });
    expect(last.history.map((h: { action: string }) => h.action)).toEqual([
      'SUBMITTED',
      'VERIFIED',
      'APPROVED',
      'TRANCHE_DISBURSED',
      'TRANCHE_DISBURSED',
    ]);
  });

  it('a running business records its members and hired workers as self-employment placements, once each', async () => {
    const p = await newProgram(5);
    const [a, b] = [person('1994-03-15', 1), person('1991-08-20', 2)];
    const { group, proposal } = await verifiedProposal(p.id, [a, b]);
    await ok(await decree(p.id, [proposal.id]), 201);
    const mentorSees = async () => (await ok(http.get('/v1/tkm-groups?pageSize=100', 'mentor'))).groups.map((x: { id: string }) => x.id);
    expect(await mentorSees()).not.toContain(group.id);
    await expectProblem(await http.get(`/v1/tkm-groups/${group.id}`, 'mentor'), 404);
    // the mentor client's subject is its client id: read it from a group it is assigned to
    const mentorSub = JSON.parse(Buffer.from(auth.mentor.authorization.split('.')[1], 'base64url').toString()).sub;
    await expectProblem(await http.call('PUT', `/v1/tkm-groups/${group.id}/mentor`, 'partnerA', { mentorAccountId: mentorSub }), 403);
    // identity is asked: a mistyped id, and partner B's client (it exists, without TKM_MENTOR), are refused (409) by name
    for (const wrong of [randomUUID(), mentorSub.slice(0, -1), SANDBOX_CLIENTS.partnerB.id])
      await expectProblem(await http.call('PUT', `/v1/tkm-groups/${group.id}/mentor`, 'regency', { mentorAccountId: wrong }), 409, {
        exactly: ['mentorAccountId'],
      });
    expect((await ok(http.get(`/v1/tkm-groups/${group.id}`, 'regency'))).mentorAccountId).toBeNull();
    // a person's account the ministry gave the role TKM_MENTOR is taken, and so is the mentor client
    const mentorPerson = await mentorAccount();
    expect(
      (await ok(http.call('PUT', `/v1/tkm-groups/${group.id}/mentor`, 'regency', { mentorAccountId: mentorPerson }))).mentorAccountId,
    ).toBe(mentorPerson);
    await ok(http.call('PUT', `/v1/tkm-groups/${group.id}/mentor`, 'regency', { mentorAccountId: mentorSub }));
    expect(await mentorSees()).toContain(group.id);
    await ok(http.post(`/v1/tkm-groups/${group.id}/visits`, 'mentor', { visitedOn: wibDate(), notes: 'Pembukuan harian dibahas' }), 201);
    expect((await ok(http.get(`/v1/tkm-groups/${group.id}/visits`, 'partnerA'))).visits).toHaveLength(1);

    const period = wibDate().slice(0, 7);
    const report = { kind: 'PERIODIC', period, revenue: 8500000, activeMembers: 2, workersHired: 1, notes: 'Ramai' };
    const r = await ok(http.post(`/v1/tkm-groups/${group.id}/reports`, 'partnerA', report), 201);
    await expectProblem(await http.post(`/v1/tkm-groups/${group.id}/reports`, 'partnerA', report), 409);
    await expectProblem(await http.post(`/v1/tkm-groups/${group.id}/reports/${r.id}/review`, 'partnerA', { decision: 'ACCEPTED' }), 403);
    const accepted = await ok(
      http.post(`/v1/tkm-groups/${group.id}/reports/${r.id}/review`, 'mentor', { decision: 'ACCEPTED', note: 'Sesuai kunjungan' }),
    );
    expect(accepted).toMatchObject({ state: 'ACCEPTED', placementsRecorded: 3 });
    await expectProblem(await http.post(`/v1/tkm-groups/${group.id}/reports/${r.id}/review`, 'regency', { decision: 'ACCEPTED' }), 409);
    expect((await ok(http.get(`/v1/tkm-groups/${group.id}`, 'partnerA'))).status).toBe('GROWING');

    await waitFor(async () => topic.messages.filter((m) => m.value.data?.groupId === group.id).length >= 3, { what: 'placement events' });
    await waitFor(async () => (await platform.services[0].relay.pending()) === 0, { what: 'outbox drained' });
    const data = topic.messages.filter((m) => m.value.data?.groupId === group.id).map((m) => m.value.data as SelfEmploymentPlacementData);
    expect(data.map((d) => d.placementKey).sort()).toEqual(
      [`${group.id}:member:${identity.personId(a.nik)}`, `${group.id}:member:${identity.personId(b.nik)}`, `${group.id}:worker:1`].sort(),
    );
    for (const d of data)
      expect(d).toMatchObject({
        tkmProgramId: p.id,
        kbliCode: '10710',
        kbliMainGroup: '10',
        regionCode: '33.73',
        channel: 'AKL',
        employerType: 'INDIVIDUAL',
        placedAt: wibDate(),
      });
    // the placement service counts them once each, as self-employment in the business's regency (AKL, individual/group business)
    const counted = await waitFor(
      async () => {
        const page = await ok(http.get('/v1/placements?region=33.73&pageSize=100', 'regency'));
        const mine = page.placements.filter((x: { employerKey: string }) => x.employerKey === `tkm:${group.id}`);
        return mine.length >= 3 ? mine : undefined;
      },
      { what: 'the TKM placements counted by the placement service', timeoutMs: 60_000 },
    );
    expect(counted).toHaveLength(3);
    expect(counted.map((x: { selfEmployed: boolean }) => x.selfEmployed).sort()).toEqual([false, true, true]);
    for (const x of counted) expect(x).toMatchObject({ sources: ['TKM'], channel: 'AKL', employerType: 'INDIVIDUAL', regionCode: '33.73' });
  });

  it('lets a person register the group he leads with his own account, submit its proposal and report; not a group led by another', async () => {
    const p = await newProgram(5);
    const leader = person('1993-07-07', 1);
    const serial = Math.floor(Math.random() * 90_000_000) + 10_000_000;
    auth.leader = await personAuth(base, {
      nik: leader.nik,
      name: leader.name,
      motherMaidenName: 'Sumiati',
      birthDate: leader.birthDate,
      sex: 1,
      phone: `0813${serial}`,
      email: `leader${serial}@example.id`,
      password: 'teh-manis-2026',
    });
    // listed as a plain member under another leader: refused
    await expectProblem(await http.post('/v1/tkm-groups', 'leader', groupBody(p.id, [person('1990-01-10', 2), leader])), 403);
    const g = await ok(http.post('/v1/tkm-groups', 'leader', groupBody(p.id, [leader, person('1990-01-10', 2)])), 201);
    expect(g.members.find((m: { leader: boolean }) => m.leader).nikMasked).toMatch(new RegExp(`${leader.nik.slice(-4)}$`));
    const prop = await ok(http.post('/v1/tkm-proposals', 'leader', { groupId: g.id }), 201);
    expect(prop.state).toBe('SUBMITTED');
    // a program or a verification stays the ministry's and the officers'
    await expectProblem(await http.post('/v1/tkm-programs', 'leader', programBody()), 403);
    await expectProblem(
      await http.post(`/v1/tkm-proposals/${prop.id}/verify`, 'leader', {
        decision: 'VERIFIED',
        checklist: [{ code: 'KTP', passed: true }],
      }),
      403,
    );
  });

  it('announces proposal decisions by webhook (no personal data), and feeds the groups', async () => {
    const sub = await ok(
      http.post('/v1/webhooks/subscriptions', 'partnerA', {
        url: `http://127.0.0.1:${receiverPort}/tkm`,
        eventTypes: ['siapkerja.entrepreneurship.proposal.verified', 'siapkerja.entrepreneurship.proposal.approved'],
        regions: ['33'],
      }),
      201,
    );
    expect(sub.active).toBe(true);
    const p = await newProgram(5);
    const { group, proposal } = await verifiedProposal(p.id);
    const d = await ok(await decree(p.id, [proposal.id]), 201);
    const events = await waitFor(
      async () => {
        const e = received.filter((r) => r.subject === proposal.id);
        return e.length >= 2 ? e : undefined;
      },
      { what: 'proposal decisions delivered' },
    );
    expect(events.map((e) => e.type)).toEqual([
      'siapkerja.entrepreneurship.proposal.verified',
      'siapkerja.entrepreneurship.proposal.approved',
    ]);
    expect(events[1].data).toMatchObject({
      proposalId: proposal.id,
      groupId: group.id,
      state: 'APPROVED',
      decreeNumber: d.number,
      approvedAmount: 10000000,
    });
    expect(JSON.stringify(events)).not.toMatch(/\d{16}/);
    // the change feed of groups: the group without its members
    const feed = await waitFor(
      async () => {
        const f = await readFeed((after) => http.get(`/v1/feed/tkm-groups?after=${after}&limit=1000`, 'partnerB'));
        return f.items.find((i) => i.id === group.id);
      },
      { what: 'group in the feed', timeoutMs: 60000 },
    );
    expect(feed).toMatchObject({ op: 'upsert', regionCode: '33.73', data: { id: group.id, programKind: p.code, memberCount: 2 } });
    expect(JSON.stringify(feed)).not.toContain('Agus Salim');
    // a member joining changes the group's item (counts only)
    await ok(http.post(`/v1/tkm-groups/${group.id}/members`, 'partnerA', person('1993-02-02', 1)), 200);
    const changed = await waitFor(
      async () => {
        const f = await readFeed((after) => http.get(`/v1/feed/tkm-groups?after=${after}&limit=1000`, 'partnerB'));
        const item = f.items.filter((i) => i.id === group.id).pop();
        return item?.data?.memberCount === 3 ? item : undefined;
      },
      { what: 'the group change in the feed', timeoutMs: 60000 },
    );
    expect(changed.data).toMatchObject({ id: group.id, memberCount: 3, status: 'ACTIVE' });
  });
});
