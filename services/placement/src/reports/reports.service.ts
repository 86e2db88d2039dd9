import { assertRegionAllowed } from '@siapkerja/authz';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isRegionCode } from '@siapkerja/codes';
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

  private validate(regionCode: string, month: string, allowNational = false): 'province' | 'regency' | 'national' {
    // an officer's region first, named as the REST query names it (the national 00 is inside no officer's region)
    assertRegionAllowed(regionCode, undefined, 'region');
    const v = new Violations();
    const national = allowNational && regionCode === NATIONAL;
    const province = isRegionCode(regionCode, 'province');
    v.check(
      national || province || isRegionCode(regionCode, 'regency'),
      'regionCode',
      'must be an existing province (NN) or regency (NN.NN) code',
    );
    v.check(isReportMonth(month), 'month', 'must be a month YYYY-MM');
    v.throwIfAny();
    return national ? 'national' : province ? 'province' : 'regency';
  }

  /** Vacancies registered in a regency, or in every regency of a province, in one month. */
  async vacancyReport(regionCode: string, month: string): Promise<VacancyReport> {
    const level = this.validate(regionCode, month);
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

  async activityCounts(regionCode: string, month: string): Promise<{ eventType: string; count: number }[]> {
    const level = this.validate(regionCode, month, true);
    const rows: { event_type: string; count: string }[] = await this.ds.query(
      `SELECT event_type, sum(count) AS count FROM activity_counts
        WHERE month = $1 AND ${level === 'province' ? 'province_code' : 'region_code'} = $2
        GROUP BY event_type ORDER BY event_type`,
      [month, regionCode],
    );
    return rows.map((r) => ({ eventType: r.event_type, count: Number(r.count) }));
  }
}
