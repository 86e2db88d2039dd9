import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Kemendagri administrative regions, backed by the CSV files of the `idn-area-data` package.
 *
 * Codes use the dotted Kemendagri format: province `NN`, regency `NN.NN` (01-69 kabupaten,
 * 71-99 kota), district `NN.NN.NN`, village `NN.NN.NN.NNNN`. Inputs may also be given without
 * dots (`3373`, `337304`, `3373041001`); see {@link normalizeRegionCode}.
 *
 * Each level's CSV is read synchronously once, on first use, and kept in Maps. The village CSV
 * (about 2.8 MB) is only read when a village-level code is asked for.
 */

export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export interface Region {
  /** Dotted Kemendagri code, e.g. `33.73`. */
  readonly code: string;
  /** Name as held by idn-area-data (provinces and regencies are upper case, e.g. `KOTA SALATIGA`). */
  readonly name: string;
  readonly level: RegionLevel;
  /** Code of the parent region; `null` for provinces. */
  readonly parentCode: string | null;
}

const DOTTED_FORMAT: Record<RegionLevel, RegExp> = {
  province: /^\d{2}$/,
  regency: /^\d{2}\.\d{2}$/,
  district: /^\d{2}\.\d{2}\.\d{2}$/,
  village: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
};

const CODE_LENGTH: Record<RegionLevel, number> = { province: 2, regency: 5, district: 8, village: 13 };

const CSV_FILE: Record<RegionLevel, string> = {
  province: 'provinces.csv',
  regency: 'regencies.csv',
  district: 'districts.csv',
  village: 'villages.csv',
};

/**
 * Normalises a region code to the dotted Kemendagri format.
 * Accepts dotted codes and undotted digit strings of length 2, 4, 6 or 10; surrounding
 * whitespace is ignored. Returns `undefined` for anything else. Does not check existence.
 */
export function normalizeRegionCode(code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  const s = code.trim();
  for (const level of REGION_LEVELS) {
    if (DOTTED_FORMAT[level].test(s)) return s;
  }
  if (!/^\d+$/.test(s)) return undefined;
  switch (s.length) {
    case 2:
      return s;
    case 4:
      return `${s.slice(0, 2)}.${s.slice(2)}`;
    case 6:
      return `${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4)}`;
    case 10:
      return `${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4, 6)}.${s.slice(6)}`;
    default:
      return undefined;
  }
}

/**
 * The canonical Kemendagri form of a region code (dotted, no surrounding whitespace: `33.73`): the only form a service
 * stores, compares (officer scopes: libs/authz regionWithin compares strings) and queries. isRegionCode accepts
 * ` 33.73`, `33.73\n` and `3373` as 33.73, so a code from a request, an import record or another service's event is
 * turned into this form after its validation; a row stored as given would fall outside every region filter, scope and
 * aggregate. Anything that is no region code at all is answered as given (its validation, or a table's constraint,
 * refuses it), and so are null and undefined.
 */
export function canonicalRegionCode<T extends string | null | undefined>(code: T): T | string {
  return normalizeRegionCode(code) ?? code;
}

/** Level implied by the code's shape only (no existence check); `undefined` if malformed. */
export function regionLevelByFormat(code: unknown): RegionLevel | undefined {
  const normalized = normalizeRegionCode(code);
  if (normalized === undefined) return undefined;
  return REGION_LEVELS.find((level) => DOTTED_FORMAT[level].test(normalized));
}

// ---------------------------------------------------------------------------------------------
// Lazy data loading

interface RegionTable {
  byCode: Map<string, Region>;
  byParent: Map<string, Region[]>;
}

let dataDirOverride: string | undefined;
let resolvedDataDir: string | undefined;
const tables: Partial<Record<RegionLevel, RegionTable>> = {};

/**
 * Points the library at another directory holding `provinces.csv`, `regencies.csv`,
 * `districts.csv` and `villages.csv` (same columns as idn-area-data), or back to the bundled
 * package with `undefined`. Clears the loaded data.
 */
export function configureRegionData(options: { dataDir?: string } = {}): void {
  dataDirOverride = options.dataDir;
  resolvedDataDir = undefined;
  for (const level of REGION_LEVELS) delete tables[level];
}

/** Whether the given level's CSV has been read into memory (useful to check lazy loading). */
export function isRegionLevelLoaded(level: RegionLevel): boolean {
  return tables[level] !== undefined;
}

function dataDir(): string {
  if (resolvedDataDir === undefined) {
    resolvedDataDir = dataDirOverride ?? path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
  }
  return resolvedDataDir;
}

function unquote(field: string): string {
  const f = field.trim();
  if (f.length >= 2 && f.startsWith('"') && f.endsWith('"')) return f.slice(1, -1).replace(/""/g, '"');
  return f;
}

function parentOf(code: string, level: RegionLevel): string | null {
  switch (level) {
    case 'province':
      return null;
    case 'regency':
      return code.slice(0, 2);
    case 'district':
      return code.slice(0, 5);
    case 'village':
      return code.slice(0, 8);
  }
}

function loadTable(level: RegionLevel): RegionTable {
  const file = path.join(dataDir(), CSV_FILE[level]);
  const text = fs.readFileSync(file, 'utf8');
  const byCode = new Map<string, Region>();
  const byParent = new Map<string, Region[]>();
  const lines = text.split(/\r?\n/);
  // header: provinces `code,name`; others `code,<parent>_code,name`
  const hasParentColumn = level !== 'province';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const c1 = line.indexOf(',');
    if (c1 < 0) continue;
    const rawCode = unquote(line.slice(0, c1));
    let rest = line.slice(c1 + 1);
    if (hasParentColumn) {
      const c2 = rest.indexOf(',');
      if (c2 < 0) continue;
      rest = rest.slice(c2 + 1);
    }
    const code = normalizeRegionCode(rawCode);
    if (code === undefined || !DOTTED_FORMAT[level].test(code)) continue;
    const parentCode = parentOf(code, level);
    const region: Region = Object.freeze({ code, name: unquote(rest), level, parentCode });
    byCode.set(code, region);
    if (parentCode !== null) {
      const siblings = byParent.get(parentCode);
      if (siblings) siblings.push(region);
      else byParent.set(parentCode, [region]);
    }
  }
  for (const list of byParent.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  return { byCode, byParent };
}

function table(level: RegionLevel): RegionTable {
  let t = tables[level];
  if (t === undefined) {
    t = loadTable(level);
    tables[level] = t;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Lookups

/** The region with this code (dotted or undotted), or `undefined` if malformed or unknown. */
export function getRegion(code: unknown): Region | undefined {
  const normalized = normalizeRegionCode(code);
  if (normalized === undefined) return undefined;
  const level = regionLevelByFormat(normalized);
  if (level === undefined) return undefined;
  return table(level).byCode.get(normalized);
}

/** Level of an existing region code, `undefined` if malformed or not in the data. */
export function regionLevel(code: unknown): RegionLevel | undefined {
  return getRegion(code)?.level;
}

/** True when the code is well formed, exists in the data, and (if given) is of that level. */
export function isRegionCode(code: unknown, level?: RegionLevel): boolean {
  const region = getRegion(code);
  return region !== undefined && (level === undefined || region.level === level);
}

function ancestor(code: unknown, level: RegionLevel): Region | undefined {
  const normalized = normalizeRegionCode(code);
  if (normalized === undefined) return undefined;
  const own = regionLevelByFormat(normalized);
  if (own === undefined || CODE_LENGTH[own] < CODE_LENGTH[level]) return undefined;
  return table(level).byCode.get(normalized.slice(0, CODE_LENGTH[level]));
}

/**
 * Province of a well-formed code of any level (the province itself for a province code).
 * Only the province prefix has to exist: `provinceOf('33.99')` is Jawa Tengah.
 */
export function provinceOf(code: unknown): Region | undefined {
  return ancestor(code, 'province');
}

/** Regency/city of a well-formed regency, district or village code; only the prefix has to exist. */
export function regencyOf(code: unknown): Region | undefined {
  return ancestor(code, 'regency');
}

/** District of a well-formed district or village code; only the prefix has to exist. */
export function districtOf(code: unknown): Region | undefined {
  return ancestor(code, 'district');
}

/** All provinces, ordered by code. */
export function listProvinces(): Region[] {
  return [...table('province').byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

function children(level: RegionLevel, parentLevel: RegionLevel, parentCode: unknown): Region[] {
  const normalized = normalizeRegionCode(parentCode);
  if (normalized === undefined || regionLevelByFormat(normalized) !== parentLevel) return [];
  return [...(table(level).byParent.get(normalized) ?? [])];
}

/** Regencies and cities of a province (dotted or undotted code), ordered by code. */
export function listRegencies(provinceCode: unknown): Region[] {
  return children('regency', 'province', provinceCode);
}

/** Districts (kecamatan) of a regency, ordered by code. */
export function listDistricts(regencyCode: unknown): Region[] {
  return children('district', 'regency', regencyCode);
}

/** Villages (desa/kelurahan) of a district, ordered by code. Loads the village CSV. */
export function listVillages(districtCode: unknown): Region[] {
  return children('village', 'district', districtCode);
}

/** Number of regions held for a level (loads that level's CSV). */
export function countRegions(level: RegionLevel): number {
  return table(level).byCode.size;
}

/** `KABUPATEN` for regency numbers 01-69, `KOTA` for 71-99 (by code shape); `undefined` otherwise. */
export function regencyKind(code: unknown): 'KABUPATEN' | 'KOTA' | undefined {
  const normalized = normalizeRegionCode(code);
  if (normalized === undefined || normalized.length < CODE_LENGTH.regency) return undefined;
  const n = Number(normalized.slice(3, 5));
  if (n >= 1 && n <= 69) return 'KABUPATEN';
  if (n >= 71 && n <= 99) return 'KOTA';
  return undefined;
}
