import { ageOn, canonicalRegionCode, isRegionCode } from '@siapkerja/codes';
import { isOneLine, Violations } from '@siapkerja/errors';
import { isUuid } from '@siapkerja/persistence';
import { EMPLOYMENT_STATUSES, FUNDING_BASES, RESIDENCE_RULES, type ProgramEntity } from './program.entity';

export const MAX_GROUP_SIZE = 100;
/** The most a program pays a group, in Rupiah (well below 2^53, so every amount and a decree's total stay exact). */
export const MAX_AMOUNT = 1e12;
export const PROGRAM_CODE_RE = /^[A-Z][A-Z0-9_]{1,39}$/;

export type NewProgram = Pick<
  ProgramEntity,
  | 'code'
  | 'name'
  | 'year'
  | 'fundingBasis'
  | 'amount'
  | 'workDays'
  | 'minMembers'
  | 'maxMembers'
  | 'minAge'
  | 'maxAge'
  | 'eligibleStatuses'
  | 'residenceRule'
  | 'requiresTraining'
  | 'trainingProgramIds'
>;

const isInt = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** Every field of a new program checked, naming each field that is wrong. */
export function programViolations(p: NewProgram): Violations {
  const v = new Violations();
  v.check(PROGRAM_CODE_RE.test(p.code ?? ''), 'code', 'must be 2-40 characters of A-Z, 0-9 and _, starting with a letter');
  v.check(!!p.name?.trim() && p.name.length <= 200 && isOneLine(p.name), 'name', 'is required (at most 200 characters, on one line)');
  v.check(isInt(p.year, 2000, 2100), 'year', 'must be a year from 2000 to 2100');
  v.check((FUNDING_BASES as readonly string[]).includes(p.fundingBasis), 'fundingBasis', `must be one of ${FUNDING_BASES.join(', ')}`);
  v.check(isInt(p.amount, 1, MAX_AMOUNT), 'amount', 'must be a positive whole number of Rupiah (at most 10^12)');
  // what a full group asks for (assistanceAmount) stays within the same bound: a product past 2^53 would not be a whole
  // number of Rupiah any more, and a decree's total of such groups would overflow its bigint (a 500)
  if (
    p.fundingBasis === 'PER_MEMBER_DAY' &&
    isInt(p.amount, 1, MAX_AMOUNT) &&
    isInt(p.workDays, 1, 366) &&
    isInt(p.maxMembers, 1, MAX_GROUP_SIZE)
  )
    v.check(
      p.amount * p.maxMembers * p.workDays <= MAX_AMOUNT,
      'amount',
      'times maxMembers times workDays (the assistance of a full group) must be at most 10^12 Rupiah',
    );
  v.check(
    p.fundingBasis === 'PER_MEMBER_DAY' ? isInt(p.workDays, 1, 366) : isInt(p.workDays, 0, 366),
    'workDays',
    p.fundingBasis === 'PER_MEMBER_DAY' ? 'must be 1 to 366 for a PER_MEMBER_DAY program' : 'must be 0 to 366',
  );
  v.check(isInt(p.minMembers, 1, MAX_GROUP_SIZE), 'minMembers', `must be 1 to ${MAX_GROUP_SIZE}`);
  v.check(isInt(p.maxMembers, Math.max(1, p.minMembers || 1), MAX_GROUP_SIZE), 'maxMembers', `must be minMembers to ${MAX_GROUP_SIZE}`);
  v.check(isInt(p.minAge, 15, 100), 'minAge', 'must be 15 to 100');
  v.check(isInt(p.maxAge, Math.max(15, p.minAge || 15), 120), 'maxAge', 'must be minAge to 120');
  v.check(
    p.eligibleStatuses.length > 0 && p.eligibleStatuses.every((s) => (EMPLOYMENT_STATUSES as readonly string[]).includes(s)),
    'eligibleStatuses',
    `must list at least one of ${EMPLOYMENT_STATUSES.join(', ')}`,
  );
  v.check(new Set(p.eligibleStatuses).size === p.eligibleStatuses.length, 'eligibleStatuses', 'must not list a status twice');
  v.check(
    (RESIDENCE_RULES as readonly string[]).includes(p.residenceRule),
    'residenceRule',
    `must be one of ${RESIDENCE_RULES.join(', ')}`,
  );
  v.check(
    p.trainingProgramIds.length <= 50 && p.trainingProgramIds.every(isUuid),
    'trainingProgramIds',
    'must be at most 50 Skillhub program ids (UUID)',
  );
  v.check(
    new Set(p.trainingProgramIds.map((id) => id.toLowerCase())).size === p.trainingProgramIds.length,
    'trainingProgramIds',
    'must not list a program twice',
  );
  return v;
}

/** A quota is set for a province (NN) or a regency (NN.NN). */
export function quotaViolations(regionCode: string, maxGroups: number): Violations {
  const v = new Violations();
  v.check(
    isRegionCode(regionCode, 'province') || isRegionCode(regionCode, 'regency'),
    'regionCode',
    'must be a province (NN) or regency (NN.NN) code',
  );
  v.check(isInt(maxGroups, 0, 1_000_000), 'maxGroups', 'must be 0 to 1000000');
  return v;
}

/** The assistance a group of `members` active members asks for: per group, or per member and work day. */
export function assistanceAmount(p: Pick<ProgramEntity, 'fundingBasis' | 'amount' | 'workDays'>, members: number): number {
  return p.fundingBasis === 'PER_MEMBER_DAY' ? p.amount * members * p.workDays : p.amount;
}

/** What the eligibility rules look at of a candidate member. */
export interface Candidate {
  birthDate: string;
  employmentStatus: string;
  residenceRegionCode: string;
}

/**
 * Why a person may not join a group of this program, or undefined when he may: age on `today`, employment status, residence
 * (relative to the group's regency) and a completed Skillhub training (of the listed programs, if any) when required.
 */
export function ineligibilityReason(
  p: Pick<
    ProgramEntity,
    'code' | 'year' | 'minAge' | 'maxAge' | 'eligibleStatuses' | 'residenceRule' | 'requiresTraining' | 'trainingProgramIds'
  >,
  c: Candidate,
  groupRegion: string,
  completedTrainingProgramIds: readonly string[],
  today: string,
): string | undefined {
  const program = `program ${p.code} ${p.year}`;
  // both codes compared as the code list writes them ('3373' and ' 33.73' are 33.73)
  const groupRegionCode = canonicalRegionCode(groupRegion);
  const age = ageOn(c.birthDate, today);
  if (age === undefined || age < p.minAge || age > p.maxAge)
    return `Eligibility: ${program} takes members aged ${p.minAge} to ${p.maxAge} (this person is ${age})`;
  if (!p.eligibleStatuses.includes(c.employmentStatus))
    return `Eligibility: ${program} takes members who are ${p.eligibleStatuses.join(' or ')} (this person is ${c.employmentStatus})`;
  const residence = canonicalRegionCode(c.residenceRegionCode);
  if (p.residenceRule === 'GROUP_REGENCY' && !(residence === groupRegionCode || residence.startsWith(`${groupRegionCode}.`)))
    return `Eligibility: ${program} takes members residing in the group's regency ${groupRegionCode}`;
  if (p.residenceRule === 'GROUP_PROVINCE' && residence.slice(0, 2) !== groupRegionCode.slice(0, 2))
    return `Eligibility: ${program} takes members residing in the group's province ${groupRegionCode.slice(0, 2)}`;
  if (p.requiresTraining) {
    const ok = p.trainingProgramIds.length
      ? completedTrainingProgramIds.some((id) => p.trainingProgramIds.includes(id))
      : completedTrainingProgramIds.length > 0;
    if (!ok) return `Eligibility: ${program} requires a completed Skillhub entrepreneurship training of every member`;
  }
  return undefined;
}

/** The size rules of the program, checked when a proposal is submitted. */
export function groupSizeReason(
  p: Pick<ProgramEntity, 'code' | 'year' | 'minMembers' | 'maxMembers'>,
  members: number,
): string | undefined {
  if (members < p.minMembers || members > p.maxMembers)
    return `Group size: program ${p.code} ${p.year} takes groups of ${p.minMembers} to ${p.maxMembers} active members (this group has ${members})`;
  return undefined;
}
