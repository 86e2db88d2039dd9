import { createServiceClient } from '@siapkerja/grpc';
import { createDataSource } from '@siapkerja/persistence';
import { startService } from '@siapkerja/service-kit';
import { createTestDatabase, serviceTestEnv } from '@siapkerja/testing';
import { entrepreneurshipService } from '../src/entrepreneurship.module';
import { EntrepreneurshipInitial1763800000400 } from '../src/migrations/1763800000400-entrepreneurship-initial';
import { ScopedRequestIds1763800000500 } from '../src/migrations/1763800000500-scoped-request-ids';

/** Groups registered before programs were data stay readable: the migration gives each the program of its kind. */
describe('entrepreneurship: TKM migration of first-release groups (real PostgreSQL)', () => {
  it('turns the hard-coded kinds into programs and points every existing group at its program', async () => {
    const db = await createTestDatabase('tkm_migration');
    try {
      // the database as the first release left it
      const old = createDataSource({
        url: db.url,
        entities: [],
        migrations: [EntrepreneurshipInitial1763800000400, ScopedRequestIds1763800000500],
      });
      await old.initialize();
      await old.runMigrations({ transaction: 'each' });
      const [{ id: pemula }] = await old.query(
        `INSERT INTO tkm_groups (name, program_kind, region_code, member_count, business_field) VALUES ('KUB Lama', 'PEMULA', '33.73', 10, 'Konveksi') RETURNING id`,
      );
      const [{ id: padat }] = await old.query(
        `INSERT INTO tkm_groups (name, program_kind, region_code, member_count) VALUES ('Padat Karya Desa', 'PADAT_KARYA', '33.74', 30) RETURNING id`,
      );
      await old.destroy();

      const svc = await startService(entrepreneurshipService, serviceTestEnv(db.url));
      const client = createServiceClient('entrepreneurship', `127.0.0.1:${svc.grpcPort}`);
      try {
        const programs = (await client.listPrograms({ year: 2025 })).programs;
        const byCode = Object.fromEntries(programs.map((p) => [p.code, p]));
        expect(Object.keys(byCode).sort()).toEqual(['LANJUTAN', 'PADAT_KARYA', 'PEMULA']);
        expect(byCode.PEMULA).toMatchObject({ fundingBasis: 'PER_GROUP', amount: '10000000' });
        expect(byCode.PADAT_KARYA).toMatchObject({ fundingBasis: 'PER_MEMBER_DAY', workDays: 15 });
        expect(await client.getGroup({ id: pemula })).toMatchObject({
          name: 'KUB Lama',
          programKind: 'PROGRAM_KIND_PEMULA',
          programCode: 'PEMULA',
          programId: byCode.PEMULA.id,
          programYear: 2025,
          memberCount: 10,
          businessField: 'Konveksi',
          status: 'ACTIVE',
          members: [],
        });
        expect(await client.getGroup({ id: padat })).toMatchObject({
          programId: byCode.PADAT_KARYA.id,
          memberCount: 30,
          regionCode: '33.74',
        });
      } finally {
        client.close();
        await svc.stop();
      }
    } finally {
      await db.drop();
    }
  });
});
