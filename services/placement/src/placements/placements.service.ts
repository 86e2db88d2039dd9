import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertRegionAllowed } from '@siapkerja/authz';
import { canonicalRegionCode, isRegionCode } from '@siapkerja/codes';
import { Violations } from '@siapkerja/errors';
import { isReportMonth } from '../reports/report-month';

export interface PlacementCount {
  key: string;
  male: number;
  female: number;
  total: number;
}

export interface PlacementReport {
  regionCode: string;
  month: string;
  total: number;
  male: number;
  female: number;
  byRegency: PlacementCount[];
  byChannel: PlacementCount[];
  byKbliMainGroup: PlacementCount[];
  byEducation: PlacementCount[];
  byEmployerType: PlacementCount[];
}

/** The dimensions a report breaks down by: column of the placements table. */
const DIMENSIONS = {
  byRegency: 'region_code',
  byChannel: 'channel',
  byKbliMainGroup: 'kbli_main_group',
  byEducation: 'education_level',
  byEmployerType: 'employer_type',
} as const;

@Injectable()
export class PlacementsService {
  constructor(private readonly ds: DataSource) {}

  /** Placements of a month in a regency, or in every regency of a province (IPK III/7 and III/8), by sex. */
  async report(code: string, month: string): Promise<PlacementReport> {
    // the canonical form is scoped, queried and answered (' 33.73' and '3373' are 33.73); one that is no region code at all
    // stays as given, and is refused below
    const regionCode = canonicalRegionCode(code);
    // an officer's region first, named as the REST query names it
    assertRegionAllowed(regionCode, undefined, 'region');
    const v = new Violations();
    const province = isRegionCode(regionCode, 'province');
    v.check(province || isRegionCode(regionCode, 'regency'), 'regionCode', 'must be an existing province (NN) or regency (NN.NN) code');
    v.check(isReportMonth(month), 'month', 'must be a month YYYY-MM');
    v.throwIfAny();
    // one scan of the month's rows in the region, grouped by every dimension at once
    const rows: { dim: string; key: string; sex: number; n: number }[] = await this.ds.query(
      `SELECT d.dim, d.key, p.sex, count(*)::int AS n
         FROM placements p
         CROSS JOIN LATERAL (VALUES ${Object.entries(DIMENSIONS)
           .map(([dim, col]) => `('${dim}', p.${col})`)
           .join(', ')}) AS d(dim, key)
        WHERE p.month = $1 AND ${province ? 'p.province_code' : 'p.region_code'} = $2
        GROUP BY d.dim, d.key, p.sex
        ORDER BY d.dim, d.key`,
      [month, regionCode],
    );
    const groups = Object.fromEntries(Object.keys(DIMENSIONS).map((k) => [k, new Map<string, PlacementCount>()])) as Record<
      keyof typeof DIMENSIONS,
      Map<string, PlacementCount>
    >;
    for (const r of rows) {
      const map = groups[r.dim as keyof typeof DIMENSIONS];
      const c = map.get(r.key) ?? { key: r.key, male: 0, female: 0, total: 0 };
      if (r.sex === 1) c.male += r.n;
      else c.female += r.n;
      c.total += r.n;
      map.set(r.key, c);
    }
    const list = (k: keyof typeof DIMENSIONS) => [...groups[k].values()];
    const byRegency = list('byRegency');
    return {
      regionCode,
      month,
      total: byRegency.reduce((s, c) => s + c.total, 0),
      male: byRegency.reduce((s, c) => s + c.male, 0),
      female: byRegency.reduce((s, c) => s + c.female, 0),
      byRegency,
      byChannel: list('byChannel'),
      byKbliMainGroup: list('byKbliMainGroup'),
      byEducation: list('byEducation'),
      byEmployerType: list('byEmployerType'),
    };
  }
}
