import {
  EDUCATION_LEVELS,
  getKbjiSubMajorGroup,
  IPK_AGE_BANDS,
  kbjiMajorGroup,
  kbliMainGroup,
  listKbjiMajorGroups,
} from '@siapkerja/codes';

/**
 * IPK series III (Informasi Pasar Kerja), monthly per regency, rolled up per province and nation: the forms' layout and
 * the pure arithmetic that turns grouped counts into the forms' rows. Labels are the forms' own (Bahasa Indonesia).
 */

export const IPK_FORMS = ['III/1', 'III/2', 'III/3', 'III/4', 'III/5', 'III/6', 'III/7', 'III/8'] as const;
export type IpkFormCode = (typeof IPK_FORMS)[number];

export const FORM_TITLES: Record<IpkFormCode, string> = {
  'III/1': 'Pencari kerja menurut golongan umur dan jenis kelamin; lowongan menurut jenis kelamin',
  'III/2': 'Pencari kerja menurut tingkat pendidikan dan jenis kelamin',
  'III/3': 'Pencari kerja menurut golongan pokok jabatan (KBJI 2014) dan jenis kelamin',
  'III/4': 'Lowongan menurut tingkat pendidikan',
  'III/5': 'Lowongan menurut golongan pokok jabatan (KBJI 2014)',
  'III/6': 'Lowongan menurut golongan pokok lapangan usaha (KBLI 2020)',
  'III/7': 'Penempatan menurut golongan pokok lapangan usaha (KBLI 2020) dan jenis kelamin',
  'III/8': 'Penempatan menurut jenis antar kerja (AKL/AKAD/AKAN), pendidikan, jenis kelamin dan jenis pemberi kerja',
};

export const MEASURES = ['carried_over', 'registered', 'placed', 'removed', 'remaining'] as const;
export const MEASURE_LABELS: Record<string, string> = {
  carried_over: 'Sisa akhir bulan lalu',
  registered: 'Terdaftar bulan ini',
  placed: 'Ditempatkan bulan ini',
  filled: 'Dipenuhi bulan ini',
  removed: 'Dihapuskan bulan ini',
  remaining: 'Sisa akhir bulan ini',
  male: 'L',
  female: 'P',
  total: 'L+P',
};
/** Job seekers: each measure by sex and in total. */
export const SEEKER_COLUMNS = MEASURES.flatMap((m) => [`${m}_male`, `${m}_female`, `${m}_total`]);
/** Vacancies (positions): carried over, registered, filled, removed, remaining. */
export const VACANCY_COLUMNS = ['carried_over', 'registered', 'filled', 'removed', 'remaining'];
export const SEX_COLUMNS = ['male', 'female', 'total'];
export const CHANNEL_SEX_COLUMNS = [...['AKL', 'AKAD', 'AKAN'].flatMap((c) => [`${c}_male`, `${c}_female`]), 'total'];

export interface RowKey {
  key: string;
  label: string;
}

export const AGE_BAND_ROWS: RowKey[] = IPK_AGE_BANDS.map((b) => ({ key: b, label: `${b} tahun` }));
const EDUCATION_LABELS: Record<string, string> = {
  NONE: 'Tidak/belum pernah sekolah',
  SD: 'SD',
  SMP: 'SMP',
  SMA: 'SMA',
  SMK: 'SMK',
  D1: 'D-I',
  D2: 'D-II',
  D3: 'D-III',
  D4: 'D-IV',
  S1: 'S1',
  S2: 'S2',
  S3: 'S3',
};
export const EDUCATION_ROWS: RowKey[] = EDUCATION_LEVELS.map((e) => ({ key: e, label: EDUCATION_LABELS[e] ?? e }));
export const KBJI_MAJOR_ROWS: RowKey[] = listKbjiMajorGroups().map((g) => ({ key: g.code, label: g.name }));
export const VACANCY_SEX_ROWS: RowKey[] = [
  { key: 'MALE', label: 'Laki-laki' },
  { key: 'FEMALE', label: 'Perempuan' },
  { key: 'ANY', label: 'Laki-laki/Perempuan' },
];
export const CHANNEL_ROWS: RowKey[] = [
  { key: 'AKL', label: 'Antar Kerja Lokal (AKL)' },
  { key: 'AKAD', label: 'Antar Kerja Antar Daerah (AKAD)' },
  { key: 'AKAN', label: 'Antar Kerja Antar Negara (AKAN)' },
];
export const EMPLOYER_TYPE_ROWS: RowKey[] = [
  { key: 'GOVERNMENT', label: 'Instansi pemerintah' },
  { key: 'STATE_OWNED', label: 'BUMN/BUMD' },
  { key: 'COOPERATIVE', label: 'Koperasi' },
  { key: 'PRIVATE', label: 'Swasta' },
  { key: 'OTHER_BUSINESS', label: 'Badan usaha lainnya' },
  { key: 'INDIVIDUAL', label: 'Perorangan' },
];

/** KBJI major group (1 digit) of a code; '' when unknown. */
export function kbjiMajorOf(code: string | undefined): string {
  return (code && kbjiMajorGroup(code)) || (code && /^\d/.test(code) ? code[0] : '') || '';
}
/** KBJI sub-major group (2 digits): the level supply, demand and target occupations are matched at. */
export function kbjiGroupOf(code: string | undefined): string {
  return code && /^\d{2}/.test(code) ? code.slice(0, 2) : '';
}
export function kbjiGroupLabel(group: string): string {
  return getKbjiSubMajorGroup(group)?.name ?? group;
}
export function kbliMainGroupOf(code: string | undefined): string {
  if (!code) return '';
  return kbliMainGroup(code) ?? (/^[A-U]?(\d{2})/.exec(code)?.[1] || '');
}

export interface IpkTable {
  name: string;
  title: string;
  columns: string[];
  rows: { key: string; label: string; values: number[] }[];
}

/** Seeker counts of one group and sex, as SQL answers them (carried over, registered, placed, removed). */
export interface SeekerCount {
  key: string;
  sex: number;
  carried_over: number;
  registered: number;
  placed: number;
  removed: number;
}

/**
 * Rows of a table: the form's fixed rows (zeros included, like the paper form), then any other key met (e.g. '' for
 * unknown, shown as "Tidak diketahui"), then TOTAL (the column sums).
 */
export function buildTable(name: string, title: string, columns: string[], fixed: RowKey[], values: Map<string, number[]>): IpkTable {
  const rows = fixed.map((r) => ({ key: r.key, label: r.label, values: values.get(r.key) ?? columns.map(() => 0) }));
  for (const [key, v] of [...values.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (!fixed.some((r) => r.key === key)) rows.push({ key, label: key === '' ? 'Tidak diketahui' : key, values: v });
  }
  const total = columns.map((_, i) => rows.reduce((s, r) => s + r.values[i], 0));
  rows.push({ key: 'TOTAL', label: 'Jumlah', values: total });
  return { name, title, columns, rows };
}

/** Seeker rows: remaining = carried over + registered - placed - removed, per sex and in total. */
export function seekerValues(counts: SeekerCount[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const c of counts) {
    const v = out.get(c.key) ?? SEEKER_COLUMNS.map(() => 0);
    const sex = c.sex === 1 ? 'male' : c.sex === 2 ? 'female' : undefined;
    const remaining = c.carried_over + c.registered - c.placed - c.removed;
    const measures: Record<string, number> = {
      carried_over: c.carried_over,
      registered: c.registered,
      placed: c.placed,
      removed: c.removed,
      remaining,
    };
    for (const m of MEASURES) {
      if (sex) v[SEEKER_COLUMNS.indexOf(`${m}_${sex}`)] += measures[m];
      v[SEEKER_COLUMNS.indexOf(`${m}_total`)] += measures[m];
    }
    out.set(c.key, v);
  }
  return out;
}

export interface VacancyCount {
  key: string;
  carried_over: number;
  registered: number;
  filled: number;
  removed: number;
}
export function vacancyValues(counts: VacancyCount[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const c of counts) {
    const v = out.get(c.key) ?? VACANCY_COLUMNS.map(() => 0);
    const add = [c.carried_over, c.registered, c.filled, c.removed, c.carried_over + c.registered - c.filled - c.removed];
    out.set(
      c.key,
      v.map((x, i) => x + add[i]),
    );
  }
  return out;
}

export interface PlacementCountRow {
  key: string;
  channel: string;
  sex: number;
  n: number;
}
/** Placements by sex (male, female, total); a placement of unknown sex (a TKM worker without NIK) counts in the total only. */
export function sexValues(counts: PlacementCountRow[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const c of counts) {
    const v = out.get(c.key) ?? [0, 0, 0];
    if (c.sex === 1) v[0] += c.n;
    if (c.sex === 2) v[1] += c.n;
    v[2] += c.n;
    out.set(c.key, v);
  }
  return out;
}
/** Placements by channel and sex (AKL L/P, AKAD L/P, AKAN L/P, total). */
export function channelSexValues(counts: PlacementCountRow[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const c of counts) {
    const v = out.get(c.key) ?? CHANNEL_SEX_COLUMNS.map(() => 0);
    const sex = c.sex === 1 ? 'male' : c.sex === 2 ? 'female' : undefined;
    const i = sex ? CHANNEL_SEX_COLUMNS.indexOf(`${c.channel}_${sex}`) : -1;
    if (i >= 0) v[i] += c.n;
    v[CHANNEL_SEX_COLUMNS.length - 1] += c.n;
    out.set(c.key, v);
  }
  return out;
}

/** True when every row of a seeker or vacancy table keeps remaining = carried over + registered - placed - removed. */
export function invariantHolds(t: IpkTable): boolean {
  const groups = t.columns.includes('remaining') ? [''] : ['_male', '_female', '_total'];
  return t.rows.every((r) =>
    groups.every((g) => {
      const at = (m: string) => r.values[t.columns.indexOf(`${m}${g}`)];
      const out = t.columns.includes('filled') ? at('filled') : at('placed');
      return at('remaining') === at('carried_over') + at('registered') - out - at('removed');
    }),
  );
}
