import { fetchClientToken } from '@siapkerja/sdk';
import { SANDBOX_CLIENTS, testNik, waitFor } from '@siapkerja/testing';
import { certificationService } from '../../services/certification/src/certification.module';
import { trainingService } from '../../services/training/src/training.module';
import { expectProblem, logIn, readFeed, signUpPerson, wibDate } from './http';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';

/**
 * Skillhub complete (issue 11) over HTTP through the gateway, in front of the real training and certification services:
 * providers and the clients acting for them, the catalogue, eligibility refusals named, 20 concurrent acceptances into a
 * 16-seat batch (16 accepted, 4 waitlisted), a withdrawal promoting the first waitlisted, another provider's batch 404, an
 * officer outside the region 403, illegal transitions 409, attendance, completion and the person's own view.
 */
describe('Skillhub over HTTP', () => {
  let platform: InProcessPlatform;
  let base: string;
  const token: Record<string, string> = {};
  let serial = 2000 + Math.floor(Math.random() * 7000);

  const call = async (who: string, method: string, path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token[who]}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  const ok = async (res: Response | Promise<Response>, status = 200): Promise<any> => {
    const r = await res;
    const text = await r.text();
    expect({ status: r.status, text }).toMatchObject({ status });
    return JSON.parse(text);
  };
  async function clientWith(name: string, body: Record<string, unknown>) {
    const c = await ok(call('admin', 'POST', '/v1/admin/clients', { name, scopes: ['training:read', 'training:write'], ...body }), 201);
    token[name] = await fetchClientToken(base, c.clientId, c.clientSecret);
  }
  async function personToken(name: string, nik: string, birthDate: string, sex: 1 | 2) {
    const email = `sh${serial++}@example.id`;
    const phone = `0812${String(10_000_000 + serial).slice(-8)}`;
    const p = { nik, name: 'Rina Wulandari', motherMaidenName: 'Sri', birthDate, sex, phone, email, password: 'teh-manis-2026' };
    await signUpPerson(base, p);
    token[name] = await logIn(base, p);
  }

  beforeAll(async () => {
    platform = await startInProcessPlatform('e2e_skillhub', [certificationService, trainingService]);
    base = platform.base;
    token.admin = await fetchClientToken(base, SANDBOX_CLIENTS.admin.id, SANDBOX_CLIENTS.admin.secret);
    await clientWith('salatiga', { roles: ['DISNAKER_REGENCY'], regionCode: '33.73' });
    await clientWith('semarang', { roles: ['DISNAKER_REGENCY'], regionCode: '33.74' });
  }, 120_000);
  afterAll(async () => {
    await platform?.close();
  });

  let blk: { id: string };
  let program: { id: string };
  let batch: { id: string };

  it('registers providers; the clients acting for one manage its programs and batches only; an officer outside the region is refused', async () => {
    blk = await ok(
      call('salatiga', 'POST', '/v1/training-providers', {
        kind: 'BLK_UPTD',
        name: 'BLK Kota Salatiga',
        regionCode: '33.73',
        contact: { email: 'blk@salatiga.go.id' },
      }),
      201,
    );
    await expectProblem(await call('semarang', 'POST', '/v1/training-providers', { kind: 'LPK', name: 'LPK X', regionCode: '33.73' }), 403);
    await expectProblem(await call('salatiga', 'POST', '/v1/training-providers', { kind: 'SEKOLAH', name: '', regionCode: 'x' }), 400, [
      'kind',
      'name',
      'regionCode',
    ]);
    const lpk = await ok(call('admin', 'POST', '/v1/training-providers', { kind: 'LPK', name: 'LPK Cipta', regionCode: '33.74' }), 201);
    expect(
      await ok(
        call('salatiga', 'POST', `/v1/training-providers/${blk.id}/verify`, { accreditation: { grade: 'A', validUntil: '2029-06-30' } }),
      ),
    ).toMatchObject({
      verified: true,
      accreditation: { grade: 'A', validUntil: '2029-06-30' },
    });
    await expectProblem(await call('semarang', 'POST', `/v1/training-providers/${blk.id}/verify`, {}), 403);
    await clientWith('blk', { roles: ['TRAINING_PROVIDER'], organizationId: blk.id });
    await clientWith('lpk', { roles: ['TRAINING_PROVIDER'], organizationId: lpk.id });
    expect(
      (await ok(call('lpk', 'GET', `/v1/training-providers?regionCode=33&kind=BLK_UPTD`))).providers.map((p: { id: string }) => p.id),
    ).toContain(blk.id);

    program = await ok(
      call('blk', 'POST', '/v1/training-programs', {
        title: 'Teknisi Jaringan Komputer',
        description: 'Instalasi dan perawatan jaringan',
        regionCode: '33.73',
        kbjiCode: '3513',
        competencyUnits: ['J.611000.001.01'],
        durationDays: 30,
        durationHours: 180,
        capacity: 16,
        mode: 'BLENDED',
        attendanceThresholdPercent: 50,
        eligibility: { minAge: 18, maxAge: 40, minEducation: 'SMA', residenceRegionCodes: ['33'] },
      }),
      201,
    );
    expect(program).toMatchObject({ providerId: blk.id, providerKind: 'BLK_UPTD', state: 'PUBLISHED', mode: 'BLENDED', costIdr: 0 });
    await expectProblem(await call('lpk', 'PATCH', `/v1/training-programs/${program.id}`, { title: 'Diambil alih' }), 404);
    expect((await ok(call('blk', 'PATCH', `/v1/training-programs/${program.id}`, { costIdr: 0, description: 'Gratis' }))).description).toBe(
      'Gratis',
    );
    const search = await ok(call('lpk', 'GET', `/v1/training-programs?q=jaringan&kbjiCode=35&regionCode=33`));
    expect(search.programs.map((p: { id: string }) => p.id)).toEqual([program.id]);

    batch = await ok(
      call('blk', 'POST', `/v1/training-programs/${program.id}/batches`, {
        startDate: wibDate(10),
        endDate: wibDate(11),
        registrationOpens: wibDate(0),
        registrationCloses: wibDate(5),
        mode: 'OFFLINE',
        sessions: [
          { date: wibDate(10), topic: 'Kabel' },
          { date: wibDate(11), topic: 'Router' },
        ],
      }),
      201,
    );
    expect(batch).toMatchObject({
      state: 'PLANNED',
      capacity: 16,
      providerId: blk.id,
      sessions: [
        { number: 1, topic: 'Kabel' },
        { number: 2, topic: 'Router' },
      ],
    });
    await expectProblem(await call('lpk', 'POST', `/v1/training-batches/${batch.id}/open`), 404);
    await expectProblem(await call('semarang', 'POST', `/v1/training-batches/${batch.id}/open`), 403);
    await expectProblem(await call('blk', 'POST', `/v1/training-batches/${batch.id}/start`), 409, /PLANNED: it cannot become RUNNING/);
    expect((await ok(call('blk', 'POST', `/v1/training-batches/${batch.id}/open`))).state).toBe('OPEN');
    expect((await ok(call('lpk', 'GET', `/v1/training-programs?hasOpenBatch=true&q=jaringan`))).programs[0]).toMatchObject({
      id: program.id,
      hasOpenBatch: true,
    });
  });

  it('refuses ineligible people naming the rule', async () => {
    const enrol = (nik: string, birthDate: string, educationLevel?: string) =>
      call('blk', 'POST', `/v1/training-batches/${batch.id}/enrolments`, {
        nik,
        name: 'Calon Peserta',
        birthDate,
        ...(educationLevel ? { educationLevel } : {}),
      });
    await expectProblem(await enrol(testNik('3373', '2010-05-05', 1), '2010-05-05', 'SMA'), 400, ['eligibility.minAge']);
    await expectProblem(await enrol(testNik('3373', '1970-05-05', 1), '1970-05-05', 'SMA'), 400, ['eligibility.maxAge']);
    await expectProblem(await enrol(testNik('3373', '2000-05-05', 1), '2000-05-05', 'SMP'), 400, ['eligibility.minEducation']);
    await expectProblem(await enrol(testNik('3273', '2000-05-06', 1), '2000-05-06', 'SMA'), 400, ['eligibility.residenceRegionCodes']);
    await expectProblem(
      await call('lpk', 'POST', `/v1/training-batches/${batch.id}/enrolments`, {
        nik: testNik('3373', '2000-05-07', 1),
        name: 'X',
        birthDate: '2000-05-07',
      }),
      404,
    );
  });

  let enrolments: { id: string; state: string }[] = [];

  it('20 concurrent acceptances into the 16-seat batch leave exactly 16 accepted and 4 waitlisted; a withdrawal promotes the first waitlisted', async () => {
    for (let i = 0; i < 20; i++) {
      const birthDate = `199${i % 10}-0${1 + (i % 9)}-1${i % 10}`;
      enrolments.push(
        await ok(
          call('blk', 'POST', `/v1/training-batches/${batch.id}/enrolments`, {
            nik: testNik('3373', birthDate, 1),
            name: `Peserta ${i}`,
            birthDate,
            educationLevel: 'SMK',
          }),
          201,
        ),
      );
    }
    await ok(call('blk', 'POST', `/v1/enrolments/${enrolments[0].id}/scores`, { screeningScore: 90, selectionScore: 85 }));
    await expectProblem(await call('lpk', 'POST', `/v1/enrolments/${enrolments[0].id}/scores`, { screeningScore: 10 }), 404);
    expect((await ok(call('blk', 'POST', `/v1/training-batches/${batch.id}/selection`))).state).toBe('SELECTION');
    // the change feed follows: the batch in SELECTION, the program with its edited catalogue fields
    const feedItem = (resource: string, id: string, matches: (d: Record<string, unknown>) => boolean) =>
      waitFor(
        async () => {
          const f = await readFeed((after) => call('admin', 'GET', `/v1/feed/${resource}?after=${after}&limit=1000`));
          const item = f.items.filter((i) => i.id === id).pop();
          return item?.data && matches(item.data as Record<string, unknown>) ? item : undefined;
        },
        { what: `${resource} ${id} in the feed`, timeoutMs: 60_000 },
      );
    await feedItem('training-batches', batch.id, (d) => d.state === 'SELECTION');
    await feedItem('training-programs', program.id, (d) => typeof d.updatedAt === 'string' && d.mode === 'BLENDED');
    const results = await Promise.all(
      enrolments.map((e) => ok(call('blk', 'POST', `/v1/enrolments/${e.id}/accept`, { note: 'lulus seleksi' }))),
    );
    const states = results.map((r) => r.state);
    expect(states.filter((s) => s === 'ACCEPTED')).toHaveLength(16);
    expect(states.filter((s) => s === 'WAITLISTED')).toHaveLength(4);
    expect(await ok(call('lpk', 'GET', `/v1/training-batches/${batch.id}`))).toMatchObject({ acceptedCount: 16, waitlistedCount: 4 });
    enrolments = results;
    const waitlisted = results.filter((r) => r.state === 'WAITLISTED');
    expect(waitlisted.map((w) => w.waitlistPosition).sort()).toEqual([1, 2, 3, 4]);
    const first = waitlisted.find((w) => w.waitlistPosition === 1)!;
    await expectProblem(
      await call('blk', 'POST', `/v1/enrolments/${waitlisted.find((w) => w.waitlistPosition === 2)!.id}/accept`, {}),
      409,
      /all are taken/,
    );

    const leaving = results.find((r) => r.state === 'ACCEPTED')!;
    expect((await ok(call('blk', 'POST', `/v1/enrolments/${leaving.id}/withdraw`, { note: 'diterima kerja' }))).state).toBe('WITHDRAWN');
    const promoted = await ok(call('blk', 'GET', `/v1/enrolments/${first.id}`));
    expect(promoted).toMatchObject({ state: 'ACCEPTED', waitlistPosition: null });
    expect(promoted.history[promoted.history.length - 1]).toMatchObject({
      fromState: 'WAITLISTED',
      toState: 'ACCEPTED',
      actorSide: 'SYSTEM',
    });
    expect(await ok(call('blk', 'GET', `/v1/training-batches/${batch.id}`))).toMatchObject({ acceptedCount: 16, waitlistedCount: 3 });
    await expectProblem(await call('blk', 'POST', `/v1/enrolments/${leaving.id}/accept`, {}), 409, /WITHDRAWN: it cannot become ACCEPTED/);
  }, 420_000);

  it('records attendance and outcomes once the training runs; completion needs the threshold and a pass; the person sees his own history', async () => {
    const birthDate = '1995-08-17';
    const nik = testNik('3373', birthDate, 2);
    await personToken('rina', nik, birthDate, 2);
    // a second, smaller batch the person enrols in himself
    const b = await ok(
      call('blk', 'POST', `/v1/training-programs/${program.id}/batches`, {
        startDate: wibDate(10),
        endDate: wibDate(11),
        registrationOpens: wibDate(0),
        registrationCloses: wibDate(5),
        mode: 'ONLINE',
        capacity: 4,
      }),
      201,
    );
    await ok(call('blk', 'POST', `/v1/training-batches/${b.id}/open`));
    const mine = await ok(
      call('rina', 'POST', `/v1/training-batches/${b.id}/enrolments`, { nik, name: 'Rina Wulandari', birthDate, educationLevel: 'D3' }),
      201,
    );
    const other = await ok(
      call('blk', 'POST', `/v1/training-batches/${b.id}/enrolments`, {
        nik: testNik('3373', '1994-02-02', 1),
        name: 'Agus',
        birthDate: '1994-02-02',
        educationLevel: 'SMA',
      }),
      201,
    );
    for (const e of [mine, other]) expect((await ok(call('blk', 'POST', `/v1/enrolments/${e.id}/accept`, {}))).state).toBe('ACCEPTED');
    await expectProblem(
      await call('blk', 'POST', `/v1/enrolments/${mine.id}/outcome`, { outcome: 'COMPLETED', finalScore: 90, outcomeDate: wibDate(0) }),
      409,
    );
    // the training began: its dates are moved into the past to simulate it
    const training = platform.services.find((s) => s.name === 'training')!;
    await training.dataSource.query(
      `UPDATE batches SET registration_opens = $2, registration_closes = $3, start_date = $4, end_date = $5 WHERE id = $1`,
      [b.id, wibDate(-20), wibDate(-15), wibDate(-10), wibDate(-9)],
    );
    await training.dataSource.query(`UPDATE batch_sessions SET date = $2::date + (number - 1) WHERE batch_id = $1`, [b.id, wibDate(-10)]);
    expect((await ok(call('blk', 'POST', `/v1/training-batches/${b.id}/start`))).state).toBe('RUNNING');
    // the whole first session at once; the second one by one
    expect(
      await ok(
        call('blk', 'POST', `/v1/training-batches/${b.id}/sessions/1/attendance`, {
          marks: [mine, other].map((e) => ({ enrolmentId: e.id, present: true })),
        }),
      ),
    ).toEqual({ recorded: 2 });
    await ok(
      call('blk', 'POST', `/v1/training-batches/${b.id}/sessions/2/attendance`, { marks: [{ enrolmentId: mine.id, present: true }] }),
    );
    await ok(
      call('blk', 'POST', `/v1/training-batches/${b.id}/sessions/2/attendance`, { marks: [{ enrolmentId: other.id, present: false }] }),
    );
    await expectProblem(
      await call('lpk', 'POST', `/v1/training-batches/${b.id}/sessions/1/attendance`, {
        marks: [{ enrolmentId: mine.id, present: false }],
      }),
      404,
    );
    await expectProblem(
      await call('blk', 'POST', `/v1/enrolments/${mine.id}/outcome`, { outcome: 'COMPLETED', finalScore: 50, outcomeDate: wibDate(-9) }),
      400,
      ['finalScore'],
    );
    const done = await ok(
      call('blk', 'POST', `/v1/enrolments/${mine.id}/outcome`, { outcome: 'COMPLETED', finalScore: 91, outcomeDate: wibDate(-9) }),
    );
    expect(done).toMatchObject({ state: 'COMPLETED', finalScore: 91, outcomeDate: wibDate(-9), attendancePercent: 100 });
    expect(
      (await ok(call('blk', 'POST', `/v1/enrolments/${other.id}/outcome`, { outcome: 'DROPPED_OUT', outcomeDate: wibDate(-9) }))).state,
    ).toBe('DROPPED_OUT');
    await expectProblem(
      await call('blk', 'POST', `/v1/enrolments/${mine.id}/outcome`, { outcome: 'FAILED', finalScore: 10, outcomeDate: wibDate(-9) }),
      409,
    );

    const myList = await ok(call('rina', 'GET', '/v1/me/enrolments'));
    expect(myList.enrolments.map((e: { id: string; state: string }) => [e.id, e.state])).toEqual([[mine.id, 'COMPLETED']]);
    expect(myList.enrolments[0]).toMatchObject({ nik, masked: false });
    const history = await ok(call('rina', 'GET', '/v1/me/training-history'));
    expect(history.entries).toEqual([
      expect.objectContaining({
        enrolmentId: mine.id,
        programId: program.id,
        providerName: 'BLK Kota Salatiga',
        competencyUnits: ['J.611000.001.01'],
        completionDate: wibDate(-9),
      }),
    ]);
    await expectProblem(await call('blk', 'GET', '/v1/me/enrolments'), 403);

    // the outcome event, with the person id and never the NIK, is in the outbox for certification and placement
    const events = await waitFor(
      async () => {
        const rows = await training.dataSource.query(
          `SELECT payload FROM outbox_events WHERE payload->>'type' = 'siapkerja.training.completed' AND payload->>'subject' = $1`,
          [mine.id],
        );
        return rows.length ? rows : undefined;
      },
      { what: 'training.completed' },
    );
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0])).not.toContain(nik);
  });

  it('cancelling a batch ends its open enrolments with the reason; a withdrawn program leaves the catalogue', async () => {
    await expectProblem(await call('blk', 'POST', `/v1/training-batches/${batch.id}/cancel`, { reason: '' }), 400);
    const cancelled = await ok(call('blk', 'POST', `/v1/training-batches/${batch.id}/cancel`, { reason: 'Gedung direnovasi' }));
    expect(cancelled).toMatchObject({ state: 'CANCELLED', acceptedCount: 0, waitlistedCount: 0 });
    const list = await ok(call('blk', 'GET', `/v1/training-batches/${batch.id}/enrolments?pageSize=100`));
    const states = new Set(list.enrolments.map((e: { state: string }) => e.state));
    expect([...states].sort()).toEqual(['CANCELLED', 'WITHDRAWN']);
    await expectProblem(
      await call('blk', 'POST', `/v1/training-batches/${batch.id}/open`),
      409,
      /CANCELLED: it cannot become OPEN \(it is final\)/,
    );

    expect((await ok(call('blk', 'POST', `/v1/training-programs/${program.id}/withdraw`, { reason: 'Kurikulum baru' }))).state).toBe(
      'WITHDRAWN',
    );
    expect((await ok(call('lpk', 'GET', `/v1/training-programs?q=jaringan`))).programs).toEqual([]);
    await expectProblem(await call('blk', 'POST', `/v1/training-programs/${program.id}/withdraw`, {}), 409);
  });
});
