import { regionWithin } from '@siapkerja/authz';
import { ageOn, canonicalRegionCode, EDUCATION_LEVELS, isEducationLevel, isRegionCode, meetsMinimumEducation } from '@siapkerja/codes';
import { Violations } from '@siapkerja/errors';

/** Who may register for a program, stored with it as data. Absent fields are no rule. */
export interface EligibilityRules {
  minAge?: number;
  maxAge?: number;
  minEducation?: string;
  /** 1 male, 2 female */
  sex?: number;
  /** province (NN) or regency (NN.NN) codes */
  residenceRegionCodes?: string[];
  jobSeekerRequired?: boolean;
}

/** What is known of the person when he registers. */
export interface Applicant {
  birthDate: string;
  sex: number;
  /** from the job-seeker profile, else as stated; '' when unknown */
  educationLevel: string;
  /** regency of residence (job-seeker profile, else the NIK's) */
  residenceRegionCode: string;
  /** a registered job seeker (AK/1) whose card is still in force: REGISTERED or REPORTED */
  activeJobSeeker: boolean;
}

/** A failed rule: which one (eligibility.<rule>) and why. */
export interface EligibilityFailure {
  rule: 'minAge' | 'maxAge' | 'minEducation' | 'sex' | 'residenceRegionCodes' | 'jobSeekerRequired';
  description: string;
}

/** Normalises the rules (drops empty ones) and names every malformed field. */
export function checkEligibilityRules(r: EligibilityRules | undefined, v: Violations, field = 'eligibility'): EligibilityRules {
  const out: EligibilityRules = {};
  if (!r) return out;
  const age = (n: number | undefined) => n === undefined || n === 0 || (Number.isInteger(n) && n >= 15 && n <= 100);
  v.check(age(r.minAge), `${field}.minAge`, 'must be 0 (no rule) or an age from 15 to 100');
  v.check(age(r.maxAge), `${field}.maxAge`, 'must be 0 (no rule) or an age from 15 to 100');
  if (r.minAge && r.maxAge) v.check(r.minAge <= r.maxAge, `${field}.maxAge`, 'must not be below minAge');
  v.check(!r.minEducation || isEducationLevel(r.minEducation), `${field}.minEducation`, `must be one of ${EDUCATION_LEVELS.join(', ')}`);
  v.check(!r.sex || r.sex === 1 || r.sex === 2, `${field}.sex`, 'must be 0 (any), 1 (male) or 2 (female)');
  const regions = r.residenceRegionCodes ?? [];
  v.check(regions.length <= 100, `${field}.residenceRegionCodes`, 'at most 100 codes');
  regions.forEach((c, i) =>
    v.check(
      isRegionCode(c, 'province') || isRegionCode(c, 'regency'),
      `${field}.residenceRegionCodes[${i}]`,
      'must be an existing province (NN) or regency (NN.NN) code',
    ),
  );
  if (r.minAge) out.minAge = r.minAge;
  if (r.maxAge) out.maxAge = r.maxAge;
  if (r.minEducation) out.minEducation = r.minEducation;
  if (r.sex) out.sex = r.sex;
  // as the code list writes them (' 33.73\n' and '3373' are 33.73, once); a malformed one was named above
  if (regions.length) out.residenceRegionCodes = [...new Set(regions.map((c) => canonicalRegionCode(c)))];
  if (r.jobSeekerRequired) out.jobSeekerRequired = true;
  return out;
}

/** The first rule the applicant fails on `today` (YYYY-MM-DD), in a fixed order; undefined when he is eligible. */
export function failedEligibilityRule(rules: EligibilityRules, a: Applicant, today: string): EligibilityFailure | undefined {
  const age = ageOn(a.birthDate, today) ?? -1;
  if (rules.minAge && age < rules.minAge)
    return { rule: 'minAge', description: `the program requires an age of at least ${rules.minAge} (the person is ${age})` };
  if (rules.maxAge && age > rules.maxAge)
    return { rule: 'maxAge', description: `the program requires an age of at most ${rules.maxAge} (the person is ${age})` };
  if (rules.sex && a.sex !== rules.sex) return { rule: 'sex', description: `the program is for ${rules.sex === 1 ? 'men' : 'women'} only` };
  if (rules.minEducation && !meetsMinimumEducation(a.educationLevel, rules.minEducation))
    return {
      rule: 'minEducation',
      description: a.educationLevel
        ? `the program requires at least ${rules.minEducation} (the person has ${a.educationLevel})`
        : `the program requires at least ${rules.minEducation}: state educationLevel or register as a job seeker first`,
    };
  // both sides in the code list's form: rules stored before they were normalised, a profile's regency as another service sent it
  const residence = canonicalRegionCode(a.residenceRegionCode);
  const allowed = (rules.residenceRegionCodes ?? []).map((r) => canonicalRegionCode(r));
  if (allowed.length && !allowed.some((r) => regionWithin(residence, r)))
    return {
      rule: 'residenceRegionCodes',
      description: `the program is for residents of ${allowed.join(', ')} (the person lives in ${residence})`,
    };
  if (rules.jobSeekerRequired && !a.activeJobSeeker)
    return { rule: 'jobSeekerRequired', description: 'the program is for registered job seekers (AK/1) only' };
  return undefined;
}
