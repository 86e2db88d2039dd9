import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canonicalRegionCode, isRegionCode } from '@siapkerja/codes';
import { Violations } from '@siapkerja/errors';
import { kbjiGroupLabel } from '../ipk/ipk.rules';
import { regionFilter, regionName } from '../ipk/ipk.service';
import { OutcomesService, currentMonth } from '../outcomes/outcomes.service';
import { minimumCell, outcomeView } from '../outcomes/outcomes.rules';
import { addMonths, isReportMonth } from '../reports/report-month';
import { mergeSupplyDemand, recentGraduates } from './lmi.rules';

/**
 * Supply and demand per region x KBJI sub-major group at the end of a month, the gap, the 12-month trend, the programs
 * teaching the occupations in shortage, and the region's graduate outcomes (suppressed like every view). Aggregates only:
 * public (the labour-market page).
 */
@Injectable()
export class LmiService {
  constructor(
    private readonly ds: DataSource,
    private readonly outcomes: OutcomesService,
  ) {}

  async labourMarket(code: string, month: string) {
    const v = new Violations();
    const province = isRegionCode(code, 'province');
    v.check(province || isRegionCode(code, 'regency'), 'regionCode', 'must be an existing province (NN) or regency (NN.NN) code');
    v.check(isReportMonth(month), 'month', 'must be a month YYYY-MM');
    v.throwIfAny();
    // the canonical form is queried and answered (' 33.73' and '3373' are 33.73)
    const regionCode = canonicalRegionCode(code);
    const level = province ? 'province' : 'regency';
    const where = regionFilter(level);
    const p = [month, regionCode];
    const [seekers, vacancies, trend, facts] = await Promise.all([
      this.ds.query(
        `SELECT g AS kbji_group, count(DISTINCT job_seeker_id)::int AS n
           FROM ipk_job_seekers, LATERAL (SELECT DISTINCT left(c, 2) AS g FROM unnest(wanted_kbji_codes) c) w
          WHERE ${where} AND registered_month <= $1 AND (closed_month IS NULL OR closed_month > $1) GROUP BY 1`,
        p,
      ) as Promise<{ kbji_group: string; n: number }[]>,
      this.ds.query(
        `SELECT left(kbji_code, 2) AS kbji_group, count(*)::int AS n, coalesce(sum(positions), 0)::int AS positions FROM ipk_vacancies
          WHERE ${where} AND registered_month <= $1 AND (closed_month IS NULL OR closed_month > $1) GROUP BY 1`,
        p,
      ) as Promise<{ kbji_group: string; n: number; positions: number }[]>,
      this.ds.query(
        `SELECT m AS month,
                (SELECT count(*) FROM ipk_job_seekers WHERE ${where} AND registered_month <= m AND (closed_month IS NULL OR closed_month > m))::int AS job_seekers,
                (SELECT coalesce(sum(positions), 0) FROM ipk_vacancies WHERE ${where} AND registered_month <= m AND (closed_month IS NULL OR closed_month > m))::int AS open_positions,
                (SELECT count(*) FROM placements WHERE ${where} AND placements.month = m)::int AS placements
           FROM unnest($1::text[]) AS m ORDER BY m`,
        [Array.from({ length: 12 }, (_, i) => addMonths(month, i - 11)), regionCode],
      ) as Promise<{ month: string; job_seekers: number; open_positions: number; placements: number }[]>,
      this.outcomes.facts(regionFilter(level, 't').replace('$2', '$1'), [regionCode]),
    ]);
    const min = minimumCell();
    const graduates = recentGraduates(facts, month, min);
    const rows = mergeSupplyDemand([
      ...seekers.map((r) => ({ kbjiGroup: r.kbji_group, jobSeekers: r.n })),
      ...[...graduates].map(([kbjiGroup, n]) => ({ kbjiGroup, recentGraduates: n })),
      ...vacancies.map((r) => ({ kbjiGroup: r.kbji_group, openVacancies: r.n, openPositions: r.positions })),
    ]).map((r) => ({ ...r, label: kbjiGroupLabel(r.kbjiGroup) }));
    const shortage = rows.filter((r) => r.shortage).map((r) => r.kbjiGroup);
    const programs: { program_id: string; title: string; kbji_code: string; region_code: string; capacity: number }[] = shortage.length
      ? await this.ds.query(
          `SELECT program_id, title, kbji_code, region_code, capacity FROM programs_seen
            WHERE NOT withdrawn AND left(kbji_code, 2) = ANY($1) AND (region_code = $2 OR region_code LIKE $2 || '.%' OR region_code = left($2, 2) OR $2 LIKE region_code || '.%')
            ORDER BY title, program_id`,
          [shortage, regionCode],
        )
      : [];
    return {
      regionCode,
      regionName: regionName(regionCode),
      month,
      rows,
      trend: trend.map((t) => ({ month: t.month, jobSeekers: t.job_seekers, openPositions: t.open_positions, placements: t.placements })),
      programs: programs.map((x) => ({
        programId: x.program_id,
        title: x.title,
        kbjiCode: x.kbji_code,
        regionCode: x.region_code,
        capacity: x.capacity,
      })),
      outcomes: outcomeView(facts, currentMonth(), min),
    };
  }
}
