import { assertRegionAllowed } from '@siapkerja/authz';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canonicalRegionCode, isRegionCode } from '@siapkerja/codes';
import { Violations } from '@siapkerja/errors';
import { isReportMonth } from './report-month';
import { NATIONAL } from './reports.consumer';

export interface VacancyReport {
  regionCode: string;
  month: string;
  registered: number;
  positions: number;
  rows: { regionCode: string; registered: number; positions: number }[];
}

@Injectable()
export class ReportsService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Checks a report's region and month and the caller's right to the region; answers the region's level and its canonical
   * code, the one to query and answer with (' 33.73' and '3373' are 33.73).
   */
  private validate(code: string, month: string, allowNational = false): { level: 'province' | 'regency' | 'national'; regionCode: string } {
    // one that is no region code at all stays as given, and is refused below
    const regionCode = canonicalRegionCode(code);
    // an officer's region first, named as the REST query names it (the national 00 is inside no officer's region)
    assertRegionAllowed(regionCode, undefined, 'region');
    const v = new Violations();
    const national = allowNational && code === NATIONAL;
    const province = isRegionCode(regionCode, 'province');
    v.check(
      national || province || isRegionCode(regionCode, 'regency'),
      'regionCode',
      'must be an existing province (NN) or regency (NN.NN) code',
    );
    v.check(isReportMonth(month), 'month', 'must be a month YYYY-MM');
    v.throwIfAny();
    return { level: national ? 'national' : province ? 'province' : 'regency', regionCode };
  }

  /** Vacancies registered in a regency, or in every regency of a province, in one month. */
  async vacancyReport(code: string, month: string): Promise<VacancyReport> {
    const { level, regionCode } = this.validate(code, month);
    const rows: { region_code: string; registered: string; positions: string }[] = await this.ds.query(
      `SELECT region_code, count(*) AS registered, coalesce(sum(number_needed), 0) AS positions
         FROM vacancy_registrations
        WHERE month = $1 AND ${level === 'province' ? 'province_code' : 'region_code'} = $2
        GROUP BY region_code ORDER BY region_code`,
      [month, regionCode],
    );
    const out = rows.map((r) => ({ regionCode: r.region_code, registered: Number(r.registered), positions: Number(r.positions) }));
    return {
      regionCode,
      month,
      registered: out.reduce((s, r) => s + r.registered, 0),
      positions: out.reduce((s, r) => s + r.positions, 0),
      rows: out,
    };
  }

  async activityCounts(code: string, month: string): Promise<{ eventType: string; count: number }[]> {
    const { level, regionCode } = this.validate(code, month, true);
    const rows: { event_type: string; count: string }[] = await this.ds.query(
      `SELECT event_type, sum(count) AS count FROM activity_counts
        WHERE month = $1 AND ${level === 'province' ? 'province_code' : 'region_code'} = $2
        GROUP BY event_type ORDER BY event_type`,
      [month, regionCode],
    );
    return rows.map((r) => ({ eventType: r.event_type, count: Number(r.count) }));
  }
}
