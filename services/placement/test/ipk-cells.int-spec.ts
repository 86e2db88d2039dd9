import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  JobSeekerExpired,
  JobSeekerPlaced,
  JobSeekerRegistered,
  JobSeekerRemoved,
  PlacementRecorded,
  VacancyClosed,
  VacancyFilled,
  VacancyPublished,
  VacancyRegistered,
} from '@siapkerja/contracts';
import { buildEvent, type EventDefinition, type EventEnvelope, type EventHandler } from '@siapkerja/events';
import { openDatabase } from '@siapkerja/persistence';
import { createTestDatabase } from '@siapkerja/testing';
import { IpkConsumer } from '../src/ipk/ipk.consumer';
import { IpkService, regionFilter, type RegionLevel } from '../src/ipk/ipk.service';
import { placementService } from '../src/placement.module';
import { PlacementsConsumer } from '../src/placements/placements.consumer';
import { rebuildFromArchive } from '../src/rebuild/rebuild';

/**
 * The IPK monthly cells (ipk.cells.ts) give every count the rows give, for a regency, a province and the nation, month by
 * month: a scripted history of seekers (registered, placed, removed, expired), vacancies (registered, published with
 * facts that move them between cells, filled, closed) and placements (a batch of events at once), checked against the
 * counts computed from the rows with the queries the forms used before the cells; and again after a rebuild.
 */
describe('IPK cells agree with the rows (PostgreSQL)', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase('ipk_cells');
    drop = db.drop;
    ds = await openDatabase({ url: db.url, entities: [], migrations: placementService.migrations });
  });
  afterAll(async () => {
    await ds?.destroy();
    await drop?.();
  });

  const REGENCIES = ['33.74', '33.73', '32.73'];
  const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const at = (month: string) => `${month}-${String(1 + rnd(27)).padStart(2, '0')}T03:00:00.000Z`;
  const ev = <T>(def: EventDefinition<T>, data: Record<string, unknown>): EventEnvelope<T> =>
    buildEvent(def, '/test', { subject: randomUUID(), data: data as T });

  async function apply(handlers: EventHandler<any>[], es: EventEnvelope[]) {
    const byType = new Map(handlers.map((h) => [h.def.type, h]));
    await ds.transaction(async (m) => {
      const h = byType.get(es[0].type)!;
      if (es.length > 1) await h.handleBatch!(es, m);
      else await h.handle(es[0], m);
    });
  }

  /** The counts from the rows, as the forms computed them before the cells. */
  async function fromRows(level: RegionLevel, region: string, month: string) {
    const p = level === 'national' ? [month] : [month, region];
    const seekers = async (dim: string) =>
      ds.query(
        `SELECT ${dim} AS key, sex, count(*) FILTER (WHERE registered_month < $1)::int AS carried_over,
                count(*) FILTER (WHERE registered_month = $1)::int AS registered,
                count(*) FILTER (WHERE closed_kind = 'PLACED' AND closed_month = $1)::int AS placed,
                count(*) FILTER (WHERE closed_kind = 'REMOVED' AND closed_month = $1)::int AS removed
           FROM ipk_job_seekers WHERE ${regionFilter(level)} AND registered_month <= $1 AND (closed_month IS NULL OR closed_month >= $1)
          GROUP BY 1, 2`,
        p,
      );
    const vacancies = async (dim: string) =>
      ds.query(
        `SELECT ${dim} AS key, coalesce(sum(positions) FILTER (WHERE registered_month < $1), 0)::int AS carried_over,
                coalesce(sum(positions) FILTER (WHERE registered_month = $1), 0)::int AS registered,
                coalesce(sum(filled) FILTER (WHERE closed_month = $1), 0)::int AS filled,
                coalesce(sum(removed) FILTER (WHERE closed_month = $1), 0)::int AS removed
           FROM ipk_vacancies WHERE ${regionFilter(level)} AND registered_month <= $1 AND (closed_month IS NULL OR closed_month >= $1)
          GROUP BY 1`,
        p,
      );
    const placements = async (dim: string) =>
      ds.query(
        `SELECT ${dim} AS key, channel, sex, count(*)::int AS n FROM placements WHERE month = $1 AND ${regionFilter(level)} GROUP BY 1, 2, 3`,
        p,
      );
    return {
      seekers: await Promise.all(['age_band', 'education_level', 'kbji_major_group'].map(seekers)),
      vacancies: await Promise.all(['sex_requirement', 'education_level', 'kbji_major_group', 'kbli_main_group'].map(vacancies)),
      placements: await Promise.all(['kbli_main_group', 'channel', 'education_level', 'employer_type'].map(placements)),
    };
  }

  /** The counts the service reads (from the cells). */
  async function fromCells(level: RegionLevel, region: string, month: string) {
    const svc = new IpkService(ds) as unknown as Record<string, (...a: unknown[]) => Promise<Record<string, unknown>[]>>;
    return {
      seekers: await Promise.all(['age_band', 'education_level', 'kbji_major_group'].map((d) => svc.seekerCounts(level, region, month, d))),
      vacancies: await Promise.all(
        ['sex_requirement', 'education_level', 'kbji_major_group', 'kbli_main_group'].map((d) =>
          svc.vacancyCounts(level, region, month, d),
        ),
      ),
      placements: await Promise.all(
        ['kbli_main_group', 'channel', 'education_level', 'employer_type'].map((d) => svc.placementCounts(level, region, month, d)),
      ),
    };
  }

  const normalise = (x: Awaited<ReturnType<typeof fromRows>>) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(x).map(([k, tables]) => [
          k,
          (tables as Record<string, unknown>[][]).map((rows) =>
            rows
              .map((r) =>
                JSON.stringify(
                  Object.fromEntries(
                    Object.entries(r).map(([c, v]) => [c, c === 'key' ? String(v) : Number.isNaN(Number(v)) ? v : Number(v)]),
                  ),
                ),
              )
              .sort(),
          ),
        ]),
      ),
    );

  async function expectSameEverywhere() {
    let nonEmpty = 0;
    for (const month of [...MONTHS, '2026-07']) {
      for (const [level, region] of [
        ['regency', '33.74'],
        ['regency', '32.73'],
        ['province', '33'],
        ['province', '32'],
        ['national', '00'],
      ] as [RegionLevel, string][]) {
        const rows = await fromRows(level, region, month);
        expect(normalise(await fromCells(level, region, month))).toEqual(normalise(rows));
        if (rows.seekers[0].length && rows.vacancies[0].length && rows.placements[0].length) nonEmpty++;
      }
    }
    // the history really filled the months compared
    expect(nonEmpty).toBeGreaterThanOrEqual(12);
  }

  it('counts seekers, vacancies and placements per regency, province and nation, month by month, and after a rebuild', async () => {
    const ipk = new IpkConsumer().handlers();
    const placements = new PlacementsConsumer().handlers();
    const AGE = ['15-19', '20-29', '30-44', '45-54', '55+'];
    const EDU = ['SD', 'SMP', 'SMA', 'SMK', 'D3', 'S1'];
    const KBJI = ['2514', '7212', '5223', '8322', '9112'];
    for (let i = 0; i < 80; i++) {
      const mi = rnd(MONTHS.length);
      const facts = {
        jobSeekerId: randomUUID(),
        personId: `p_${randomUUID()}`,
        regionCode: REGENCIES[rnd(3)],
        sex: 1 + rnd(2),
        ageBand: AGE[rnd(5)],
        educationLevel: EDU[rnd(6)],
        wantedKbjiCodes: [KBJI[rnd(5)]],
        fromState: '',
        state: 'REGISTERED',
        cardIssued: true,
      };
      // some seekers are only seen when they leave (registered before the events began)
      if (i % 9 !== 0) await apply(ipk, [ev(JobSeekerRegistered, { ...facts, registeredAt: at(MONTHS[mi]) })]);
      const leave = rnd(4);
      const when = at(MONTHS[Math.min(MONTHS.length - 1, mi + rnd(3))]);
      if (leave === 0) await apply(ipk, [ev(JobSeekerPlaced, { ...facts, state: 'PLACED', placedAt: when })]);
      if (leave === 1) await apply(ipk, [ev(JobSeekerRemoved, { ...facts, state: 'REMOVED', removedAt: when })]);
      if (leave === 2) await apply(ipk, [ev(JobSeekerExpired, { ...facts, state: 'EXPIRED', expiredAt: when })]);
    }
    for (let i = 0; i < 40; i++) {
      const mi = rnd(MONTHS.length);
      const vacancyId = randomUUID();
      const regionCode = REGENCIES[rnd(3)];
      const numberNeeded = 1 + rnd(5);
      await apply(ipk, [
        ev(VacancyRegistered, { vacancyId, regionCode, kbjiCode: KBJI[rnd(5)], numberNeeded, registeredAt: at(MONTHS[mi]) }),
      ]);
      const close = rnd(3);
      const closeAt = at(MONTHS[Math.min(MONTHS.length - 1, mi + rnd(3))]);
      // published before or (a replay) after its closing: either way it moves to the cells of its facts
      const publish = () =>
        apply(ipk, [
          ev(VacancyPublished, {
            vacancyId,
            regionCode,
            kbliCode: ['62019', '10710', '47111'][rnd(3)],
            sexRequirement: ['ANY', 'MALE', 'FEMALE', ''][rnd(4)],
            minEducation: ['', 'SMA', 'SMK', 'S1'][rnd(4)],
            numberNeeded,
          }),
        ]);
      if (i % 5 !== 0) await publish();
      if (close === 0)
        await apply(ipk, [ev(VacancyFilled, { vacancyId, regionCode, numberHired: rnd(numberNeeded + 2), filledAt: closeAt })]);
      if (close === 1) await apply(ipk, [ev(VacancyClosed, { vacancyId, regionCode, closedAt: closeAt })]);
      if (i % 5 === 0) await publish();
    }
    // placements arrive in batches (one transaction each), with a second report of one placement
    const hires = Array.from({ length: 45 }, () => {
      const region = REGENCIES[rnd(3)];
      const channel = ['AKL', 'AKL', 'AKAD', 'AKAN'][rnd(4)];
      return ev(PlacementRecorded, {
        applicationId: randomUUID(),
        vacancyId: randomUUID(),
        jobSeekerId: randomUUID(),
        personId: `p_${randomUUID()}`,
        employerId: randomUUID(),
        employerType: ['PRIVATE', 'GOVERNMENT', 'STATE_OWNED'][rnd(3)],
        kbjiCode: KBJI[rnd(5)],
        kbliCode: '62019',
        kbliMainGroup: ['62', '10', '47'][rnd(3)],
        workRegionCode: region,
        overseas: channel === 'AKAN',
        jobSeekerRegionCode: region,
        sex: 1 + rnd(2),
        educationLevel: EDU[rnd(6)],
        ageBand: AGE[rnd(5)],
        channel,
        placedAt: at(MONTHS[rnd(MONTHS.length)]),
      });
    });
    for (let i = 0; i < hires.length; i += 10) await apply(placements, hires.slice(i, i + 10));
    await apply(placements, [ev(PlacementRecorded, { ...hires[0].data, applicationId: hires[0].data.applicationId })]);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM placements`);
    expect(n).toBe(45);

    await expectSameEverywhere();
    const before = await ds.query(`SELECT * FROM ipk_seeker_cells ORDER BY 1, 2, 3, 4, 5, 6`);
    await rebuildFromArchive(ds);
    expect(await ds.query(`SELECT * FROM ipk_seeker_cells ORDER BY 1, 2, 3, 4, 5, 6`)).toEqual(before);
    await expectSameEverywhere();
  });
});
