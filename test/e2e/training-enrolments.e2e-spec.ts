import { createSiapkerjaClient, fetchClientToken, type SiapkerjaClient } from '@siapkerja/sdk';
import { SANDBOX_CLIENTS, testNik, waitFor } from '@siapkerja/testing';
import { trainingService } from '../../services/training/src/training.module';
import { expectProblem, logIn, readFeed, signUpPerson, wibDate } from './http';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';

/**
 * Skillhub batches and enrolments over HTTP with the typed SDK: the gateway in front of the real training service (gRPC,
 * PostgreSQL, Kafka). Partner A's enrolment does not exist for partner B (404, never 403), the person reads his own
 * unmasked, illegal moves are 409 problem+json, and the batch's changes reach the change feed through Kafka.
 */
describe('training batches and enrolments over HTTP', () => {
  let platform: InProcessPlatform;
  let base: string;
  const api: Record<string, SiapkerjaClient> = {};
  const tokens: Record<string, string> = {};
  let serial = 1000 + Math.floor(Math.random() * 8000);

  async function clientFor(id: string, secret: string): Promise<SiapkerjaClient> {
    tokens[id] = await fetchClientToken(base, id, secret);
    return createSiapkerjaClient(base, { token: tokens[id] });
  }
  /** A person's account (signup, verification, login) with this NIK, and an SDK client with his token. */
  async function personClient(nik: string, birthDate: string, sex: 1 | 2): Promise<SiapkerjaClient> {
    const email = `trainee${serial++}@example.id`;
    const phone = `0813${String(10_000_000 + serial).slice(-8)}`;
    const person = { nik, name: 'Dewi Lestari', motherMaidenName: 'Sri Wahyuni', birthDate, sex, phone, email, password: 'teh-manis-2026' };
    await signUpPerson(base, person);
    return createSiapkerjaClient(base, { token: await logIn(base, person) });
  }

  beforeAll(async () => {
    // the training service, the integration service (the change feed) and a sandbox gateway
    platform = await startInProcessPlatform('e2e_training', [trainingService]);
    base = platform.base;
    api.admin = await clientFor(SANDBOX_CLIENTS.admin.id, SANDBOX_CLIENTS.admin.secret);
    api.partnerA = await clientFor(SANDBOX_CLIENTS.partnerA.id, SANDBOX_CLIENTS.partnerA.secret);
    api.partnerB = await clientFor(SANDBOX_CLIENTS.partnerB.id, SANDBOX_CLIENTS.partnerB.secret);
    // a Disnaker system of Kota Salatiga with the training scopes
    const officer = await api.admin.POST('/v1/admin/clients', {
      body: {
        name: 'Disnaker Kota Salatiga',
        scopes: ['training:read', 'training:write'],
        roles: ['DISNAKER_REGENCY'],
        regionCode: '33.73',
      } as never,
    });
    expect(officer.response.status).toBe(201);
    const o = officer.data as unknown as { clientId: string; clientSecret: string };
    api.officer = await clientFor(o.clientId, o.clientSecret);
  });
  afterAll(async () => {
    await platform?.close();
  });

  let program: { id: string };
  let batch: { id: string };
  let enrolment: { id: string };
  let person: { nik: string; birthDate: string; client: SiapkerjaClient };

  it('partner A publishes a program it owns and schedules a batch; partner B cannot; illegal moves are 409 problem+json', async () => {
    const p = await api.partnerA.POST('/v1/training-programs', {
      body: {
        providerName: 'LPK Cipta Karya',
        title: 'Desain Grafis Dasar',
        regionCode: '33.73',
        kbjiCode: '2166',
        competencyUnits: ['M.702090.001.01'],
        durationDays: 30,
        capacity: 16,
      },
    });
    expect(p.response.status).toBe(201);
    expect(p.data!.ownerClientId).toBe('sandbox-partner-a');
    program = p.data!;

    const body = {
      startDate: wibDate(10),
      endDate: wibDate(40),
      registrationOpens: wibDate(0),
      registrationCloses: wibDate(5),
      mode: 'OFFLINE' as const,
    };
    // issue 11: another provider's program does not exist for it
    await expectProblem(
      await api.partnerB.POST('/v1/training-programs/{programId}/batches', { params: { path: { programId: program.id } }, body }),
      404,
    );
    await expectProblem(
      await api.partnerA.POST('/v1/training-programs/{programId}/batches', {
        params: { path: { programId: program.id } },
        body: { ...body, endDate: wibDate(9), registrationCloses: wibDate(12) },
      }),
      400,
    );
    const key = `batch-${program.id}`;
    const b = await api.partnerA.POST('/v1/training-programs/{programId}/batches', {
      params: { path: { programId: program.id }, header: { 'Idempotency-Key': key } },
      body,
    });
    expect(b.response.status).toBe(201);
    expect(b.response.headers.get('location')).toBe(`/v1/training-batches/${b.data!.id}`);
    expect(b.data).toMatchObject({
      programId: program.id,
      programTitle: 'Desain Grafis Dasar',
      regionCode: '33.73',
      capacity: 16,
      acceptedCount: 0,
      mode: 'OFFLINE',
      state: 'PLANNED',
      cancelReason: null,
    });
    batch = b.data!;
    const replay = await api.partnerA.POST('/v1/training-programs/{programId}/batches', {
      params: { path: { programId: program.id }, header: { 'Idempotency-Key': key } },
      body,
    });
    expect(replay.data!.id).toBe(batch.id);

    await expectProblem(
      await api.partnerA.POST('/v1/training-batches/{id}/start', { params: { path: { id: batch.id } } }),
      409,
      /PLANNED: it cannot become RUNNING/,
    );
    await expectProblem(await api.partnerB.POST('/v1/training-batches/{id}/open', { params: { path: { id: batch.id } } }), 404);
    const opened = await api.partnerA.POST('/v1/training-batches/{id}/open', { params: { path: { id: batch.id } } });
    expect(opened.data!.state).toBe('OPEN');
    // batches are public: partner B reads it and the program's batch list
    expect((await api.partnerB.GET('/v1/training-batches/{id}', { params: { path: { id: batch.id } } })).data!.state).toBe('OPEN');
    expect(
      (
        await api.partnerB.GET('/v1/training-programs/{programId}/batches', { params: { path: { programId: program.id } } })
      ).data!.batches.map((x) => x.id),
    ).toEqual([batch.id]);
  });

  it('partner A enrols a person; partner B gets 404 reading it, an empty list for the batch, 404 moving it, and a 409 without its id', async () => {
    const birthDate = '1997-06-21';
    const nik = testNik('3373', birthDate, 2);
    const client = await personClient(nik, birthDate, 2);
    person = { nik, birthDate, client };

    const e = await api.partnerA.POST('/v1/training-batches/{batchId}/enrolments', {
      params: { path: { batchId: batch.id }, header: { 'Idempotency-Key': `enrol-${nik}` } },
      body: { nik, name: 'Dewi Lestari', birthDate },
    });
    expect(e.response.status).toBe(201);
    expect(e.response.headers.get('location')).toBe(`/v1/enrolments/${e.data!.id}`);
    // a partner sees the NIK and birth date masked
    expect(e.data).toMatchObject({
      batchId: batch.id,
      programId: program.id,
      name: 'Dewi Lestari',
      sex: 'FEMALE',
      state: 'REGISTERED',
      registrant: 'PARTNER',
      registeredBy: 'sandbox-partner-a',
      nik: `${nik.slice(0, 4)}********${nik.slice(12)}`,
      birthDate: '1997',
      masked: true,
      regionCode: '33.73',
    });
    enrolment = e.data!;
    expect((await api.partnerA.GET('/v1/training-enrolments/{id}', { params: { path: { id: enrolment.id } } })).data!.id).toBe(
      enrolment.id,
    );

    // partner B: the enrolment does not exist for it
    const hidden = await expectProblem(
      await api.partnerB.GET('/v1/training-enrolments/{id}', { params: { path: { id: enrolment.id } } }),
      404,
    );
    const unknown = await expectProblem(
      await api.partnerB.GET('/v1/training-enrolments/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } }),
      404,
    );
    expect(hidden.detail.replace(enrolment.id, 'X')).toBe(unknown.detail.replace('00000000-0000-4000-8000-000000000000', 'X'));
    const listB = await api.partnerB.GET('/v1/training-batches/{batchId}/enrolments', { params: { path: { batchId: batch.id } } });
    expect(listB.response.status).toBe(200);
    expect(listB.data!.enrolments).toEqual([]);
    for (const verb of ['accept', 'reject', 'withdraw'] as const) {
      await expectProblem(
        await api.partnerB.POST(`/v1/training-enrolments/{id}/${verb}`, { params: { path: { id: enrolment.id } }, body: {} }),
        404,
      );
    }
    const dupB = await api.partnerB.POST('/v1/training-batches/{batchId}/enrolments', {
      params: { path: { batchId: batch.id } },
      body: { nik, name: 'Dewi Lestari', birthDate },
    });
    const p = await expectProblem(dupB, 409);
    expect(p.detail).not.toContain(enrolment.id);
    expect(dupB.response.headers.get('location')).toBeNull();
    // partner A's own duplicate names it
    const dupA = await api.partnerA.POST('/v1/training-batches/{batchId}/enrolments', {
      params: { path: { batchId: batch.id } },
      body: { nik, name: 'Dewi Lestari', birthDate },
    });
    await expectProblem(dupA, 409, new RegExp(enrolment.id));
    expect(dupA.response.headers.get('location')).toBe(`/v1/enrolments/${enrolment.id}`);
    // ... and its list holds it
    expect(
      (
        await api.partnerA.GET('/v1/training-batches/{batchId}/enrolments', { params: { path: { batchId: batch.id } } })
      ).data!.enrolments.map((x) => x.id),
    ).toEqual([enrolment.id]);
  });

  it('the person reads his own enrolment unmasked (logged), lists only his own; officers need a purpose; the owner accepts, the person withdraws', async () => {
    const mine = await person.client.GET('/v1/training-enrolments/{id}', { params: { path: { id: enrolment.id } } });
    expect(mine.response.status).toBe(200);
    expect(mine.data).toMatchObject({ id: enrolment.id, nik: person.nik, birthDate: person.birthDate, masked: false });
    expect(
      (
        await person.client.GET('/v1/training-batches/{batchId}/enrolments', { params: { path: { batchId: batch.id } } })
      ).data!.enrolments.map((x) => x.id),
    ).toEqual([enrolment.id]);
    // a person cannot register someone else, nor accept himself
    const other = testNik('3373', '1990-01-01', 1);
    await expectProblem(
      await person.client.POST('/v1/training-batches/{batchId}/enrolments', {
        params: { path: { batchId: batch.id } },
        body: { nik: other, name: 'Budi', birthDate: '1990-01-01' },
      }),
      403,
    );
    await expectProblem(
      await person.client.POST('/v1/training-enrolments/{id}/accept', { params: { path: { id: enrolment.id } }, body: {} }),
      403,
    );

    // the officer of Kota Salatiga sees it unmasked for a stated purpose
    await expectProblem(await api.officer.GET('/v1/training-enrolments/{id}', { params: { path: { id: enrolment.id } } }), 400);
    const byOfficer = await api.officer.GET('/v1/training-enrolments/{id}', {
      params: { path: { id: enrolment.id }, header: { 'X-Purpose': 'SUPERVISION' } as never },
    });
    expect(byOfficer.data).toMatchObject({ nik: person.nik, masked: false });
    const log = await api.admin.GET('/v1/privacy/access-log', { params: { query: { pageSize: 500 } } });
    expect(log.response.status).toBe(200);
    const rows = log.data!.items.filter((x) => x.resourceType === 'training-enrolment' && x.resourceId === enrolment.id);
    expect(rows.map((x) => x.purpose)).toEqual(expect.arrayContaining(['DATA_SUBJECT_REQUEST', 'SUPERVISION']));

    const accepted = await api.partnerA.POST('/v1/training-enrolments/{id}/accept', {
      params: { path: { id: enrolment.id } },
      body: { note: 'Lulus seleksi' },
    });
    expect(accepted.data).toMatchObject({ state: 'ACCEPTED', masked: true });
    expect((await api.partnerB.GET('/v1/training-batches/{id}', { params: { path: { id: batch.id } } })).data!.acceptedCount).toBe(1);
    await expectProblem(
      await api.partnerA.POST('/v1/training-enrolments/{id}/reject', { params: { path: { id: enrolment.id } }, body: {} }),
      409,
      /ACCEPTED: it cannot become REJECTED/,
    );
    const withdrawn = await person.client.POST('/v1/training-enrolments/{id}/withdraw', {
      params: { path: { id: enrolment.id } },
      body: { note: 'Diterima kerja' },
    });
    expect(withdrawn.data).toMatchObject({ state: 'WITHDRAWN', masked: false });
    expect(withdrawn.data!.history.map((h) => [h.fromState, h.toState, h.actorSide])).toEqual([
      [null, 'REGISTERED', 'REGISTRANT'],
      ['REGISTERED', 'ACCEPTED', 'PROVIDER'],
      ['ACCEPTED', 'WITHDRAWN', 'PERSON'],
    ]);
    expect((await api.partnerB.GET('/v1/training-batches/{id}', { params: { path: { id: batch.id } } })).data!.acceptedCount).toBe(0);

    // the person enrols himself in another batch with his own NIK
    const b2 = await api.partnerA.POST('/v1/training-programs/{programId}/batches', {
      params: { path: { programId: program.id } },
      body: {
        startDate: wibDate(20),
        endDate: wibDate(50),
        registrationOpens: wibDate(0),
        registrationCloses: wibDate(15),
        mode: 'ONLINE',
        capacity: 8,
      },
    });
    await api.partnerA.POST('/v1/training-batches/{id}/open', { params: { path: { id: b2.data!.id } } });
    const self = await person.client.POST('/v1/training-batches/{batchId}/enrolments', {
      params: { path: { batchId: b2.data!.id } },
      body: { nik: person.nik, name: 'Dewi Lestari', birthDate: person.birthDate },
    });
    expect(self.response.status).toBe(201);
    expect(self.data).toMatchObject({ registrant: 'SELF', masked: false, nik: person.nik });
    // partner B never registered anyone here: nothing to list, nothing to read
    expect(
      (await api.partnerB.GET('/v1/training-batches/{batchId}/enrolments', { params: { path: { batchId: b2.data!.id } } })).data!
        .enrolments,
    ).toEqual([]);
    await expectProblem(await api.partnerB.GET('/v1/training-enrolments/{id}', { params: { path: { id: self.data!.id } } }), 404);
  });

  it('the change feed carries the batch and its transitions; a cancelled batch stays in it as CANCELLED, never as a tombstone', async () => {
    const b3 = await api.partnerA.POST('/v1/training-programs/{programId}/batches', {
      params: { path: { programId: program.id } },
      body: {
        startDate: wibDate(30),
        endDate: wibDate(60),
        registrationOpens: wibDate(1),
        registrationCloses: wibDate(20),
        mode: 'OFFLINE',
      },
    });
    const cancelled = await api.partnerA.POST('/v1/training-batches/{id}/cancel', {
      params: { path: { id: b3.data!.id } },
      body: { reason: 'Peserta kurang' },
    });
    expect(cancelled.data).toMatchObject({ state: 'CANCELLED', cancelReason: 'Peserta kurang' });
    expect((await api.partnerB.GET('/v1/training-batches/{id}', { params: { path: { id: b3.data!.id } } })).data!.state).toBe('CANCELLED');
    await expectProblem(
      await api.partnerA.POST('/v1/training-batches/{id}/open', { params: { path: { id: b3.data!.id } } }),
      409,
      /CANCELLED: it cannot become OPEN \(it is final\)/,
    );

    const readBatches = async () =>
      (
        await readFeed((after) =>
          fetch(`${base}/v1/feed/training-batches?after=${after}&limit=100`, {
            headers: { authorization: `Bearer ${tokens[SANDBOX_CLIENTS.partnerB.id]}` },
          }),
        )
      ).items;
    const items = await waitFor(
      async () => {
        const all = await readBatches();
        const of = (id: string) => all.filter((i) => i.id === id);
        return of(batch.id).length === 2 && of(b3.data!.id).length === 2 ? all : undefined;
      },
      { what: 'batch changes in the feed', timeoutMs: 60000 },
    );
    const first = items.filter((i) => i.id === batch.id);
    expect(first.map((i) => [i.op, i.data!.state])).toEqual([
      ['upsert', 'PLANNED'],
      ['upsert', 'OPEN'],
    ]);
    expect(first[1].data).toMatchObject({
      id: batch.id,
      programId: program.id,
      programTitle: 'Desain Grafis Dasar',
      regionCode: '33.73',
      capacity: 16,
      mode: 'OFFLINE',
      state: 'OPEN',
      startDate: wibDate(10),
      endDate: wibDate(40),
      registrationOpens: wibDate(0),
      registrationCloses: wibDate(5),
      createdAt: expect.any(String),
    });
    const third = items.filter((i) => i.id === b3.data!.id);
    expect(third.map((i) => [i.op, i.data?.state])).toEqual([
      ['upsert', 'PLANNED'],
      ['upsert', 'CANCELLED'],
    ]);
    // no personal data and no free-text reason in the public feed
    const raw = JSON.stringify(items);
    for (const secret of [person.nik, 'Dewi Lestari', 'Peserta kurang']) expect(raw).not.toContain(secret);
  });
});
