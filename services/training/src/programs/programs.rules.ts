import { isKbji, isRegionCode, isSkkniUnit } from '@siapkerja/codes';
import { isOneLine, ONE_LINE, Violations } from '@siapkerja/errors';
import { isUuid } from '@siapkerja/persistence';
import { checkEligibilityRules, type EligibilityRules } from './eligibility.rules';
import { PROGRAM_MODES, type ProgramStateValue } from './program.entity';

export const MAX_TEXT = 200;
export const MAX_DESCRIPTION = 5000;
export const MAX_COMPETENCY_UNITS = 100;
export const MAX_DURATION_DAYS = 365;
export const MAX_DURATION_HOURS = 10000;
export const MAX_CAPACITY = 1000;
export const MAX_COST_IDR = 1_000_000_000;

/** The catalogue fields of a program (what create sets and update may change). */
export interface ProgramFields {
  title: string;
  description: string;
  regionCode: string;
  kbjiCode: string;
  competencyUnits: string[];
  certificationSchemeId: string;
  durationDays: number;
  durationHours: number;
  mode: string;
  eligibility: EligibilityRules;
  costIdr: number;
  capacity: number;
  attendanceThreshold: number;
  passingScore: number;
}

export const UPDATABLE_PROGRAM_FIELDS = [
  'title',
  'description',
  'kbjiCode',
  'competencyUnits',
  'certificationSchemeId',
  'durationDays',
  'durationHours',
  'mode',
  'eligibility',
  'costIdr',
  'capacity',
  'attendanceThreshold',
  'passingScore',
] as const satisfies readonly (keyof ProgramFields)[];

const intIn = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;

/** Checks the given fields of a program (all of them on create, the masked ones on update); returns the normalised rules. */
export function programViolations(p: Partial<ProgramFields>, fields: readonly (keyof ProgramFields)[], v = new Violations()): Violations {
  const has = (f: keyof ProgramFields) => fields.includes(f);
  if (has('title')) {
    v.check(!!p.title?.trim() && p.title.length <= MAX_TEXT, 'title', `is required (at most ${MAX_TEXT} characters)`);
    v.check(isOneLine(p.title), 'title', ONE_LINE);
  }
  if (has('description')) v.check((p.description ?? '').length <= MAX_DESCRIPTION, 'description', `at most ${MAX_DESCRIPTION} characters`);
  if (has('regionCode'))
    v.check(isRegionCode(p.regionCode, 'regency'), 'regionCode', 'must be an existing Kemendagri regency code (NN.NN)');
  if (has('kbjiCode')) v.check(isKbji(p.kbjiCode), 'kbjiCode', 'must be a KBJI 2014 occupation code');
  if (has('competencyUnits')) {
    v.check(
      Array.isArray(p.competencyUnits) && p.competencyUnits.length > 0 && p.competencyUnits.length <= MAX_COMPETENCY_UNITS,
      'competencyUnits',
      `needs 1 to ${MAX_COMPETENCY_UNITS} SKKNI unit codes`,
    );
    const units = p.competencyUnits ?? [];
    units.forEach((c, i) => {
      if (!isSkkniUnit(c)) v.add(`competencyUnits[${i}]`, 'must be an SKKNI unit code (e.g. J.620100.001.01)');
      // a unit listed twice would be matched against certificates and counted twice
      else if (units.indexOf(c) !== i) v.add(`competencyUnits[${i}]`, `repeats competencyUnits[${units.indexOf(c)}]`);
    });
  }
  if (has('certificationSchemeId'))
    v.check(
      !p.certificationSchemeId || isUuid(p.certificationSchemeId),
      'certificationSchemeId',
      'must be a certification scheme id (UUID)',
    );
  if (has('durationDays'))
    v.check(intIn(p.durationDays ?? NaN, 1, MAX_DURATION_DAYS), 'durationDays', `must be an integer from 1 to ${MAX_DURATION_DAYS}`);
  if (has('durationHours'))
    v.check(intIn(p.durationHours ?? NaN, 0, MAX_DURATION_HOURS), 'durationHours', `must be an integer from 0 to ${MAX_DURATION_HOURS}`);
  if (has('mode'))
    v.check((PROGRAM_MODES as readonly string[]).includes(p.mode ?? ''), 'mode', `must be one of ${PROGRAM_MODES.join(', ')}`);
  if (has('eligibility')) checkEligibilityRules(p.eligibility, v);
  if (has('costIdr')) v.check(intIn(p.costIdr ?? NaN, 0, MAX_COST_IDR), 'costIdr', `must be an integer from 0 (free) to ${MAX_COST_IDR}`);
  if (has('capacity')) v.check(intIn(p.capacity ?? NaN, 1, MAX_CAPACITY), 'capacity', `must be an integer from 1 to ${MAX_CAPACITY}`);
  if (has('attendanceThreshold'))
    v.check(intIn(p.attendanceThreshold ?? NaN, 0, 100), 'attendanceThresholdPercent', 'must be an integer from 0 to 100');
  if (has('passingScore')) v.check(intIn(p.passingScore ?? NaN, 0, 100), 'passingScore', 'must be an integer from 0 to 100');
  return v;
}

/** The program's moves: DRAFT -> PUBLISHED; DRAFT | PUBLISHED -> WITHDRAWN (final). */
export function programTransitionAllowed(from: ProgramStateValue, to: ProgramStateValue): boolean {
  if (to === 'PUBLISHED') return from === 'DRAFT';
  if (to === 'WITHDRAWN') return from !== 'WITHDRAWN';
  return false;
}
