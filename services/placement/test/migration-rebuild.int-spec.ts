import { randomUUID } from 'node:crypto';
import { createDataSource, openDatabase } from '@siapkerja/persistence';
import { createTestDatabase } from '@siapkerja/testing';
import { PlacementInitial1763800000500 } from '../src/migrations/1763800000500-placement-initial';
import { Placements1763800000510 } from '../src/migrations/1763800000510-placements';
import { PersonErasures1763800000520 } from '../src/migrations/1763800000520-person-erasures';
import { placementService } from '../src/placement.module';
import { rebuildFromArchive } from '../src/rebuild/rebuild';

/**
 * Data the read models held before issue 14 stays readable and survives a rebuild: the migration keeps the Karirhub
 * placements (placement id = application id, source KARIRHUB) and archives them, the vacancy registrations and the activity
 * counts, so the rebuild from the archive gives the same rows back.
 */
describe('placement migration 1763800000600: existing data readable and rebuildable', () => {
  it('keeps and archives the placements, vacancy registrations and activity counts held before', async () => {
    const db = await createTestDatabase('placement_migration');
    try {
      const old = createDataSource({
        url: db.url,
        entities: [],
        migrations: [PlacementInitial1763800000500, Placements1763800000510, PersonErasures1763800000520],
      });
      await old.initialize();
      await old.runMigrations({ transaction: 'each' });
      const applicationId = randomUUID();
      await old.query(
        `INSERT INTO placements (application_id, vacancy_id, person_id, employer_id, employer_type, kbji_code, kbli_main_group, region_code, province_code,
                                 work_region_code, overseas, channel, sex, education_level, age_band, month, placed_at)
         VALUES ($1, $2, 'p_old', $3, 'PRIVATE', '7411', '43', '33.74', '33', '33.74', false, 'AKL', 2, 'SMK', '20-29', '2026-05', '2026-05-10T03:00:00Z')`,
        [applicationId, randomUUID(), randomUUID()],
      );
      await old.query(`INSERT INTO vacancy_registrations VALUES ($1, $2, '33.74', '33', '7411', '2026-05', 4, '2026-05-02T03:00:00Z')`, [
        randomUUID(),
        randomUUID(),
      ]);
      await old.query(`INSERT INTO activity_counts VALUES ('siapkerja.training.program.published', '33.74', '33', '2026-05', 7)`);
      await old.destroy();

      const ds = await openDatabase({ url: db.url, entities: [], migrations: placementService.migrations ?? [] });
      try {
        const snapshot = () =>
          Promise.all([
            ds.query(
              `SELECT placement_id, application_id, person_id, sources, to_char(placed_on, 'YYYY-MM-DD') AS placed_on, month, channel, sex FROM placements`,
            ),
            ds.query(`SELECT source_key, placement_id, source FROM placement_sources`),
            ds.query(`SELECT * FROM vacancy_registrations`),
            ds.query(`SELECT * FROM activity_counts`),
          ]);
        const before = await snapshot();
        // a person placed before person_writers existed has its row: a new report of him is matched, never taken as his first
        expect(await ds.query(`SELECT person_id FROM person_writers`)).toEqual([{ person_id: 'p_old' }]);
        expect(before[0]).toEqual([
          {
            placement_id: applicationId,
            application_id: applicationId,
            person_id: 'p_old',
            sources: ['KARIRHUB'],
            placed_on: '2026-05-10',
            month: '2026-05',
            channel: 'AKL',
            sex: 2,
          },
        ]);
        expect(before[1]).toEqual([{ source_key: `KARIRHUB:${applicationId}`, placement_id: applicationId, source: 'KARIRHUB' }]);
        const r = await rebuildFromArchive(ds);
        expect(r).toEqual({ replayed: 3, skipped: 0 });
        expect(await snapshot()).toEqual(before);
      } finally {
        await ds.destroy();
      }
    } finally {
      await db.drop();
    }
  });
});
