import kbliData from '../data/kbli-2020.json';
import { describeValue, invalid, type InvalidResult } from './result';

/**
 * KBLI 2020 (Klasifikasi Baku Lapangan Usaha Indonesia), ISIC Rev. 4 structure:
 * category letter A-U, main group (golongan pokok, 2 digits), group (golongan, 3),
 * sub-group (subgolongan, 4), class (kelompok, 5; what OSS uses). The 2-digit prefix is
 * checked against `data/kbli-2020.json`; deeper digits by shape only.
 * KBLI 2025 exists: store system + version + code; only 2020 data ships here.
 */

export interface KbliMainGroup {
  code: string;
  name: string;
  category: string;
}

export interface KbliCategory {
  code: string;
  name: string;
  mainGroups: KbliMainGroup[];
}

export type KbliLevel = 'mainGroup' | 'group' | 'subGroup' | 'class';

export const KBLI_SYSTEM = 'KBLI';
export const KBLI_VERSION = kbliData.version;
/** Versions with data in this library. */
export const SUPPORTED_KBLI_VERSIONS: readonly string[] = [kbliData.version];
/** Optional category letter (optionally followed by `.`, `-` or a space), then 2-5 digits. */
export const KBLI_REGEX = /^(?:([A-U])[.\- ]?)?(\d{2,5})$/;

const CATEGORIES = new Map<string, KbliCategory>();
const MAIN_GROUPS = new Map<string, KbliMainGroup>();
for (const c of kbliData.categories) {
  const mainGroups = c.mainGroups.map((g) => Object.freeze({ code: g.code, name: g.name, category: c.code }));
  CATEGORIES.set(c.code, Object.freeze({ code: c.code, name: c.name, mainGroups }));
  for (const g of mainGroups) MAIN_GROUPS.set(g.code, g);
}

export interface KbliOptions {
  /** Defaults to 'KBLI'; anything else is rejected. */
  system?: string;
  /** Defaults to '2020'; other versions are rejected (no data shipped). */
  version?: string;
}

export interface ValidKbli {
  valid: true;
  system: 'KBLI';
  version: string;
  /** Digits only, e.g. `62019`. */
  code: string;
  level: KbliLevel;
  category: string;
  categoryName: string;
  mainGroup: string;
  mainGroupName: string;
}

export type KbliResult = ValidKbli | InvalidResult;

const LEVEL_BY_LENGTH: Record<number, KbliLevel> = { 2: 'mainGroup', 3: 'group', 4: 'subGroup', 5: 'class' };

export function validateKbli(code: unknown, options: KbliOptions = {}): KbliResult {
  const system = options.system ?? KBLI_SYSTEM;
  const version = options.version ?? KBLI_VERSION;
  if (system !== KBLI_SYSTEM) return invalid(`industry classification system ${describeValue(system)} is not supported (expected KBLI)`);
  if (!SUPPORTED_KBLI_VERSIONS.includes(version)) {
    return invalid(`KBLI version ${describeValue(version)} is not supported (supported: ${SUPPORTED_KBLI_VERSIONS.join(', ')})`);
  }
  if (typeof code !== 'string') return invalid(`KBLI code must be a string, got ${describeValue(code)}`);
  const m = KBLI_REGEX.exec(code);
  if (!m) return invalid('KBLI code must be 2 to 5 digits, optionally prefixed by its category letter A-U (e.g. 62019 or J62019)');
  const [, letter, digits] = m;
  const main = MAIN_GROUPS.get(digits.slice(0, 2));
  if (!main) return invalid(`KBLI ${version} main group ${digits.slice(0, 2)} does not exist`);
  if (letter !== undefined && letter !== main.category) {
    return invalid(`KBLI main group ${main.code} belongs to category ${main.category}, not ${letter}`);
  }
  const category = CATEGORIES.get(main.category)!;
  return {
    valid: true,
    system: KBLI_SYSTEM,
    version,
    code: digits,
    level: LEVEL_BY_LENGTH[digits.length],
    category: category.code,
    categoryName: category.name,
    mainGroup: main.code,
    mainGroupName: main.name,
  };
}

export function isKbli(code: unknown, options?: KbliOptions): boolean {
  return validateKbli(code, options).valid;
}

/** Category letter (A-U) of a valid KBLI code, else `undefined`. */
export function kbliCategory(code: unknown, options?: KbliOptions): string | undefined {
  const r = validateKbli(code, options);
  return r.valid ? r.category : undefined;
}

/** 2-digit main group (golongan pokok, IPK III/6 and III/7 grouping) of a valid code. */
export function kbliMainGroup(code: unknown, options?: KbliOptions): string | undefined {
  const r = validateKbli(code, options);
  return r.valid ? r.mainGroup : undefined;
}

export function getKbliCategory(letter: string): KbliCategory | undefined {
  return CATEGORIES.get(letter);
}

export function getKbliMainGroup(code: unknown): KbliMainGroup | undefined {
  const r = validateKbli(code);
  return r.valid ? MAIN_GROUPS.get(r.mainGroup) : undefined;
}

/** The 21 categories A-U with their main groups. */
export function listKbliCategories(): KbliCategory[] {
  return [...CATEGORIES.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** All main groups, or those of one category, in code order. */
export function listKbliMainGroups(category?: string): KbliMainGroup[] {
  const all = [...MAIN_GROUPS.values()].sort((a, b) => a.code.localeCompare(b.code));
  return category === undefined ? all : all.filter((g) => g.category === category);
}
