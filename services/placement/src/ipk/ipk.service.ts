import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertRegionAllowed, currentCaller } from '@siapkerja/authz';
import { canonicalRegionCode, getRegion, isRegionCode } from '@siapkerja/codes';
import { forbidden, Violations } from '@siapkerja/errors';
import { isReportMonth } from '../reports/report-month';
import { cellRegionFilter, PLACEMENT_DIMS, SEEKER_DIMS, VACANCY_DIMS } from './ipk.cells';
import {
  AGE_BAND_ROWS,
  buildTable,
  CHANNEL_ROWS,
  CHANNEL_SEX_COLUMNS,
  channelSexValues,
  EDUCATION_ROWS,
  EMPLOYER_TYPE_ROWS,
  FORM_TITLES,
  IPK_FORMS,
  KBJI_MAJOR_ROWS,
  SEEKER_COLUMNS,
  seekerValues,
  SEX_COLUMNS,
  sexValues,
  VACANCY_COLUMNS,
  VACANCY_SEX_ROWS,
  vacancyValues,
  type IpkFormCode,
  type IpkTable,
  type PlacementCountRow,
  type SeekerCount,
  type VacancyCount,
} from './ipk.rules';

export const NATION = '00';
export type RegionLevel = 'national' | 'province' | 'regency';

export interface IpkFormView {
  form: IpkFormCode;
  title: string;
  regionCode: string;
  regionName: string;
  month: string;
  tables: IpkTable[];
}

/**
 * Checks a report region (regency, province or 00 for the nation) and the caller's right to it; answers its level and its
 * code in the canonical form, the one to query and answer with (' 33.73' and '3373' are 33.73).
 */
export function reportRegion(regionCode: string, allowNation: boolean): { level: RegionLevel; code: string } {
  const nation = allowNation && regionCode === NATION;
  const province = isRegionCode(regionCode, 'province');
  const v = new Violations();
  v.check(
    nation || province || isRegionCode(regionCode, 'regency'),
    'regionCode',
    `must be an existing province (NN) or regency (NN.NN) code${allowNation ? ', or 00 for the nation' : ''}`,
  );
  v.throwIfAny();
  const code = nation ? NATION : canonicalRegionCode(regionCode);
  assertRegionAllowed(nation ? '' : code);
  if (nation && !currentCaller()?.roles.includes('MINISTRY_ADMIN')) throw forbidden("The national report is the ministry's");
  return { level: nation ? 'national' : province ? 'province' : 'regency', code };
}

export function regionFilter(level: RegionLevel, alias = ''): string {
  const p = alias ? `${alias}.` : '';
  return level === 'national' ? 'TRUE' : level === 'province' ? `${p}province_code = $2` : `${p}region_code = $2`;
}

const CELL_DIMS: readonly string[] = [...new Set<string>([...PLACEMENT_DIMS, ...SEEKER_DIMS, ...VACANCY_DIMS])];
/** A dimension of the cells (a code constant, checked: it goes into the SQL text). */
function cellDim(dim: string): string {
  if (!CELL_DIMS.includes(dim)) throw new Error(`not an IPK cell dimension: ${dim}`);
  return dim;
}

export function regionName(code: string): string {
  return code === NATION ? 'Nasional' : (getRegion(code)?.name ?? code);
}

/**
 * The IPK forms III/1-III/8 of a regency, a province (its regencies summed) or the nation, for a month, computed from the
 * read models' monthly cells (ipk_seeker_cells, ipk_vacancy_cells, ipk_placement_cells; kept with ipk_job_seekers,
 * ipk_vacancies and placements) with one grouped read per table.
 */
@Injectable()
export class IpkService {
  constructor(private readonly ds: DataSource) {}

  async form(regionCode: string, month: string, form: string): Promise<IpkFormView> {
    const v = new Violations();
    v.check(isReportMonth(month), 'month', 'must be a month YYYY-MM');
    v.check((IPK_FORMS as readonly string[]).includes(form), 'form', `must be one of ${IPK_FORMS.join(', ')}`);
    v.throwIfAny();
    const { level, code: region } = reportRegion(regionCode, true);
    const code = form as IpkFormCode;
    const tables = await this.tables(code, level, region, month);
    return { form: code, title: FORM_TITLES[code], regionCode: region, regionName: regionName(region), month, tables };
  }

  private async tables(form: IpkFormCode, level: RegionLevel, region: string, month: string): Promise<IpkTable[]> {
    const seekers = (name: string, title: string, dim: string, rows = AGE_BAND_ROWS) =>
      this.seekerCounts(level, region, month, dim).then((c) => buildTable(name, title, SEEKER_COLUMNS, rows, seekerValues(c)));
    const vacancies = (name: string, title: string, dim: string, rows: typeof AGE_BAND_ROWS) =>
      this.vacancyCounts(level, region, month, dim).then((c) => buildTable(name, title, VACANCY_COLUMNS, rows, vacancyValues(c)));
    switch (form) {
      case 'III/1':
        return Promise.all([
          seekers('job_seekers_by_age_band', 'Pencari kerja menurut golongan umur dan jenis kelamin', 'age_band'),
          vacancies('vacancies_by_sex', 'Lowongan menurut jenis kelamin', 'sex_requirement', VACANCY_SEX_ROWS),
        ]);
      case 'III/2':
        return Promise.all([seekers('job_seekers_by_education', FORM_TITLES[form], 'education_level', EDUCATION_ROWS)]);
      case 'III/3':
        return Promise.all([seekers('job_seekers_by_kbji_major_group', FORM_TITLES[form], 'kbji_major_group', KBJI_MAJOR_ROWS)]);
      case 'III/4':
        return Promise.all([vacancies('vacancies_by_education', FORM_TITLES[form], 'education_level', EDUCATION_ROWS)]);
      case 'III/5':
        return Promise.all([vacancies('vacancies_by_kbji_major_group', FORM_TITLES[form], 'kbji_major_group', KBJI_MAJOR_ROWS)]);
      case 'III/6':
        return Promise.all([vacancies('vacancies_by_kbli_main_group', FORM_TITLES[form], 'kbli_main_group', [])]);
      case 'III/7': {
        const c = await this.placementCounts(level, region, month, 'kbli_main_group');
        return [buildTable('placements_by_kbli_main_group', FORM_TITLES[form], SEX_COLUMNS, [], sexValues(c))];
      }
      case 'III/8': {
        const [byChannel, byEducation, byEmployer] = await Promise.all([
          this.placementCounts(level, region, month, 'channel'),
          this.placementCounts(level, region, month, 'education_level'),
          this.placementCounts(level, region, month, 'employer_type'),
        ]);
        return [
          buildTable(
            'placements_by_channel',
            'Penempatan menurut jenis antar kerja dan jenis kelamin',
            SEX_COLUMNS,
            CHANNEL_ROWS,
            sexValues(byChannel),
          ),
          buildTable(
            'placements_by_education',
            'Penempatan menurut pendidikan, jenis antar kerja dan jenis kelamin',
            CHANNEL_SEX_COLUMNS,
            EDUCATION_ROWS,
            channelSexValues(byEducation),
          ),
          buildTable(
            'placements_by_employer_type',
            'Penempatan menurut jenis pemberi kerja, jenis antar kerja dan jenis kelamin',
            CHANNEL_SEX_COLUMNS,
            EMPLOYER_TYPE_ROWS,
            channelSexValues(byEmployer),
          ),
        ];
      }
    }
  }

  // The counts of a month are sums of the monthly cells (ipk.cells.ts): carried over = what the earlier months registered
  // and did not close; a key shows when some of its rows are on the register in the month (carried over or registered).
  private async seekerCounts(level: RegionLevel, region: string, month: string, dim: string): Promise<SeekerCount[]> {
    const rows: Record<string, string | number>[] = await this.ds.query(
      `SELECT key, sex, carried_over, registered, placed, removed FROM (
         SELECT key, sex,
                coalesce(sum(registered - placed - removed) FILTER (WHERE month < $1), 0)::int AS carried_over,
                coalesce(sum(registered) FILTER (WHERE month = $1), 0)::int AS registered,
                coalesce(sum(placed) FILTER (WHERE month = $1), 0)::int AS placed,
                coalesce(sum(removed) FILTER (WHERE month = $1), 0)::int AS removed
           FROM ipk_seeker_cells
          WHERE ${cellRegionFilter(level === 'national')} AND dim = '${cellDim(dim)}' AND month <= $1
          GROUP BY 1, 2) c
        WHERE carried_over > 0 OR registered > 0`,
      level === 'national' ? [month] : [month, region],
    );
    return rows.map((r) => ({
      key: String(r.key),
      sex: Number(r.sex),
      carried_over: Number(r.carried_over),
      registered: Number(r.registered),
      placed: Number(r.placed),
      removed: Number(r.removed),
    }));
  }

  private async vacancyCounts(level: RegionLevel, region: string, month: string, dim: string): Promise<VacancyCount[]> {
    const rows: Record<string, string | number>[] = await this.ds.query(
      `SELECT key, carried_over, registered, filled, removed FROM (
         SELECT key,
                coalesce(sum(registered - filled - removed) FILTER (WHERE month < $1), 0)::int AS carried_over,
                coalesce(sum(registered) FILTER (WHERE month = $1), 0)::int AS registered,
                coalesce(sum(filled) FILTER (WHERE month = $1), 0)::int AS filled,
                coalesce(sum(removed) FILTER (WHERE month = $1), 0)::int AS removed
           FROM ipk_vacancy_cells
          WHERE ${cellRegionFilter(level === 'national')} AND dim = '${cellDim(dim)}' AND month <= $1
          GROUP BY 1) c
        WHERE carried_over > 0 OR registered > 0`,
      level === 'national' ? [month] : [month, region],
    );
    return rows.map((r) => ({
      key: String(r.key),
      carried_over: Number(r.carried_over),
      registered: Number(r.registered),
      filled: Number(r.filled),
      removed: Number(r.removed),
    }));
  }

  private async placementCounts(level: RegionLevel, region: string, month: string, dim: string): Promise<PlacementCountRow[]> {
    // a regency: its month's placements (placements_month_region); a province or the nation: its cells, by channel the cells
    // of any one dimension summed per channel
    const rows: Record<string, string | number>[] = await this.ds.query(
      level === 'regency'
        ? `SELECT ${dim} AS key, channel, sex, count(*)::int AS n FROM placements WHERE month = $1 AND region_code = $2 GROUP BY 1, 2, 3`
        : `SELECT ${dim === 'channel' ? 'channel' : 'key'} AS key, channel, sex, sum(n)::int AS n FROM ipk_placement_cells
            WHERE month = $1 AND ${cellRegionFilter(level === 'national')} AND dim = '${cellDim(dim === 'channel' ? 'employer_type' : dim)}'
            GROUP BY 1, 2, 3`,
      level === 'national' ? [month] : [month, region],
    );
    return rows.map((r) => ({ key: String(r.key), channel: String(r.channel), sex: Number(r.sex), n: Number(r.n) }));
  }
}
