import kbjiData from '../data/kbji-2014.json';
import { describeValue, invalid, type InvalidResult } from './result';

/**
 * KBJI 2014 (Klasifikasi Baku Jabatan Indonesia), ISCO-08 structure:
 * major group (1 digit), sub-major group (2), minor group (3), unit group (4),
 * optionally followed by a `.NN` occupation suffix on a 4-digit code (e.g. `2514.00`).
 * Major and sub-major groups are checked against `data/kbji-2014.json`; deeper digits by shape only.
 */

export interface KbjiGroup {
  code: string;
  name: string;
  /** ISCO-08 English title of the same group. */
  iscoTitle: string;
}

export interface KbjiMajorGroup extends KbjiGroup {
  subMajorGroups: KbjiGroup[];
}

export type KbjiLevel = 'majorGroup' | 'subMajorGroup' | 'minorGroup' | 'unitGroup' | 'occupation';

export const KBJI_VERSION = kbjiData.version;
export const KBJI_REGEX = /^\d{1,4}$|^\d{4}\.\d{2}$/;

const MAJOR = new Map<string, KbjiMajorGroup>();
const SUB_MAJOR = new Map<string, KbjiGroup>();
for (const g of kbjiData.majorGroups) {
  const subMajorGroups = g.subMajorGroups.map((s) => Object.freeze({ code: s.code, name: s.name, iscoTitle: s.iscoTitle }));
  MAJOR.set(g.code, Object.freeze({ code: g.code, name: g.name, iscoTitle: g.iscoTitle, subMajorGroups }));
  for (const s of subMajorGroups) SUB_MAJOR.set(s.code, s);
}

export interface ValidKbji {
  valid: true;
  /** The code as given, e.g. `2514.00`. */
  code: string;
  level: KbjiLevel;
  majorGroup: string;
  majorGroupName: string;
  subMajorGroup?: string;
  subMajorGroupName?: string;
  /** 3 digits, when present. */
  minorGroup?: string;
  /** 4 digits, when present. */
  unitGroup?: string;
  /** The `NN` after the dot, when present. */
  suffix?: string;
}

export type KbjiResult = ValidKbji | InvalidResult;

const LEVEL_BY_LENGTH: Record<number, KbjiLevel> = {
  1: 'majorGroup',
  2: 'subMajorGroup',
  3: 'minorGroup',
  4: 'unitGroup',
};

export function validateKbji(code: unknown): KbjiResult {
  if (typeof code !== 'string') return invalid(`KBJI code must be a string, got ${describeValue(code)}`);
  if (!KBJI_REGEX.test(code)) {
    return invalid('KBJI 2014 code must be 1 to 4 digits, optionally followed by a .NN suffix on a 4-digit code (e.g. 2514.00)');
  }
  const [digits, suffix] = code.split('.');
  const major = MAJOR.get(digits[0]);
  if (!major) return invalid(`KBJI major group ${digits[0]} is unknown`);
  const result: ValidKbji = {
    valid: true,
    code,
    level: suffix !== undefined ? 'occupation' : LEVEL_BY_LENGTH[digits.length],
    majorGroup: major.code,
    majorGroupName: major.name,
  };
  if (digits.length >= 2) {
    const sub = SUB_MAJOR.get(digits.slice(0, 2));
    if (!sub) return invalid(`KBJI sub-major group ${digits.slice(0, 2)} is unknown in major group ${major.code}`);
    result.subMajorGroup = sub.code;
    result.subMajorGroupName = sub.name;
  }
  if (digits.length >= 3) result.minorGroup = digits.slice(0, 3);
  if (digits.length >= 4) result.unitGroup = digits;
  if (suffix !== undefined) result.suffix = suffix;
  return result;
}

export function isKbji(code: unknown): boolean {
  return validateKbji(code).valid;
}

/** The 1-digit major group of a valid KBJI code (IPK III/3 and III/5 grouping), else `undefined`. */
export function kbjiMajorGroup(code: unknown): string | undefined {
  const r = validateKbji(code);
  return r.valid ? r.majorGroup : undefined;
}

/** Major group record (code, Indonesian name, ISCO title, sub-major groups) for a code or digit. */
export function getKbjiMajorGroup(code: unknown): KbjiMajorGroup | undefined {
  const major = kbjiMajorGroup(code);
  return major === undefined ? undefined : MAJOR.get(major);
}

/** Sub-major group record for a code of 2+ digits. */
export function getKbjiSubMajorGroup(code: unknown): KbjiGroup | undefined {
  const r = validateKbji(code);
  return r.valid && r.subMajorGroup ? SUB_MAJOR.get(r.subMajorGroup) : undefined;
}

/** All major groups 0-9 in code order. */
export function listKbjiMajorGroups(): KbjiMajorGroup[] {
  return [...MAJOR.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Sub-major groups, all or of one major group. */
export function listKbjiSubMajorGroups(majorGroup?: string): KbjiGroup[] {
  const all = [...SUB_MAJOR.values()].sort((a, b) => a.code.localeCompare(b.code));
  return majorGroup === undefined ? all : all.filter((g) => g.code[0] === majorGroup);
}
