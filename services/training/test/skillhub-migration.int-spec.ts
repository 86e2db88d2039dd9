import { DataSource } from 'typeorm';
import { createTestDatabase } from '@siapkerja/testing';
import { TrainingInitial1763800000200 } from '../src/migrations/1763800000200-training-initial';
import { ProgramUnits1763800000210 } from '../src/migrations/1763800000210-program-units';
import { ProgramOwner1763800000220 } from '../src/migrations/1763800000220-program-owner';
import { BatchesEnrolments1763800000230 } from '../src/migrations/1763800000230-batches-enrolments';
import { ScopedRequestIds1763800000300 } from '../src/migrations/1763800000300-scoped-request-ids';
import { Skillhub1763800000400 } from '../src/migrations/1763800000400-skillhub';

/**
 * The Skillhub migration on data written before it: every program gets a provider (one per former owner: publishing
 * client, publishing account, else the provider name in its regency), SCHEDULED batches become PLANNED and COMPLETED ones
 * FINISHED with one session a day, enrolments keep their states and get their provider.
 */
describe('training: the Skillhub migration keeps existing data readable (real PostgreSQL)', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  const before = [
    TrainingInitial1763800000200,
    ProgramUnits1763800000210,
    ProgramOwner1763800000220,
    BatchesEnrolments1763800000230,
    ScopedRequestIds1763800000300,
  ];

  beforeAll(async () => {
    const db = await createTestDatabase('training_migration');
    drop = db.drop;
    ds = new DataSource({ type: 'postgres', url: db.url, migrations: before });
    await ds.initialize();
    await ds.runMigrations();
  });
  afterAll(async () => {
    await ds?.destroy();
    await drop?.();
  });

  it('migrates programs to providers, batch states to their new names, and keeps enrolments', async () => {
    const program = async (providerName: string, owner: { client?: string; account?: string }, region = '33.73') =>
      (
        await ds.query(
          `INSERT INTO programs (provider_name, title, region_code, kbji_code, competency_units, duration_days, capacity, owner_client_id, owner_account_id)
           VALUES ($1, 'Las', $2, '7212', '{F.000000.000.00}', 30, 12, $3, $4) RETURNING id`,
          [providerName, region, owner.client ?? null, owner.account ?? null],
        )
      )[0].id as string;
    const p1 = await program('Pintar', { client: 'pintar' });
    const p2 = await program('Pintar lagi', { client: 'pintar' });
    const p3 = await program('LPK Maju', { account: 'acc-1' });
    const p4 = await program('BLK Salatiga', {});
    const p5 = await program('blk salatiga', {});
    const p6 = await program('BLK Komunitas Al-Ikhlas', {}, '33.74');
    const batch = async (programId: string, state: string) =>
      (
        await ds.query(
          `INSERT INTO batches (program_id, start_date, end_date, registration_opens, registration_closes, capacity, region_code, mode, state, created_by)
           VALUES ($1, '2026-01-10', '2026-01-12', '2026-01-01', '2026-01-05', 12, '33.73', 'OFFLINE', $2, 't') RETURNING id`,
          [programId, state],
        )
      )[0].id as string;
    const planned = await batch(p1, 'SCHEDULED');
    const done = await batch(p4, 'COMPLETED');
    const [{ id: enrolment }] = await ds.query(
      `INSERT INTO enrolments (batch_id, program_id, person_id, nik, name, birth_date, sex, region_code, state, registrant, registered_by)
       VALUES ($1, $2, 'person-aaaaaaaaaaaaaaaa', '3373011204980001', 'Budi', '1998-04-12', 1, '33.73', 'ACCEPTED', 'PARTNER', 'pintar') RETURNING id`,
      [done, p4],
    );

    await new Skillhub1763800000400().up(ds.createQueryRunner());

    const providers = await ds.query(
      `SELECT p.id AS program, tp.kind, tp.name, tp.region_code, tp.legacy_owner FROM programs p JOIN training_providers tp ON tp.id = p.provider_id`,
    );
    const of = (id: string) => providers.find((r: { program: string }) => r.program === id);
    expect(of(p1)).toMatchObject({ kind: 'PARTNER_PLATFORM', legacy_owner: 'client:pintar' });
    expect(of(p2).legacy_owner).toBe('client:pintar');
    expect(of(p3)).toMatchObject({ kind: 'LPK', legacy_owner: 'account:acc-1' });
    expect(of(p4)).toMatchObject({ kind: 'BLK_UPTD', name: 'BLK Salatiga', region_code: '33.73' });
    expect(of(p5).legacy_owner).toBe(of(p4).legacy_owner);
    expect(of(p6)).toMatchObject({ kind: 'BLK_KOMUNITAS', region_code: '33.74' });
    expect(new Set(providers.map((r: { legacy_owner: string }) => r.legacy_owner)).size).toBe(4);
    expect((await ds.query(`SELECT DISTINCT state FROM programs`)).map((r: { state: string }) => r.state)).toEqual(['PUBLISHED']);

    const batches = await ds.query(`SELECT id, state, provider_id FROM batches ORDER BY state`);
    expect(batches.map((b: { id: string; state: string }) => [b.id, b.state])).toEqual([
      [done, 'FINISHED'],
      [planned, 'PLANNED'],
    ]);
    expect(await ds.query(`SELECT number, date::text FROM batch_sessions WHERE batch_id = $1 ORDER BY number`, [planned])).toEqual([
      { number: 1, date: '2026-01-10' },
      { number: 2, date: '2026-01-11' },
      { number: 3, date: '2026-01-12' },
    ]);
    const [e] = await ds.query(`SELECT state, provider_id FROM enrolments WHERE id = $1`, [enrolment]);
    expect(e).toEqual({ state: 'ACCEPTED', provider_id: batches[0].provider_id });
  });
});
