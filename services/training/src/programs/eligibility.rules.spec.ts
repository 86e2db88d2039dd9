import { Violations } from '@siapkerja/errors';
import { checkEligibilityRules, failedEligibilityRule, type Applicant } from './eligibility.rules';
import { programTransitionAllowed, programViolations, UPDATABLE_PROGRAM_FIELDS } from './programs.rules';

const today = '2026-12-04';
const applicant = (over: Partial<Applicant> = {}): Applicant => ({
  birthDate: '2000-06-01',
  sex: 2,
  educationLevel: 'SMK',
  residenceRegionCode: '33.73',
  activeJobSeeker: true,
  ...over,
});

describe('eligibility rules', () => {
  const rules = { minAge: 18, maxAge: 30, minEducation: 'SMA', sex: 2, residenceRegionCodes: ['33'], jobSeekerRequired: true };

  it('admits who meets every rule, and names the first rule failed', () => {
    expect(failedEligibilityRule(rules, applicant(), today)).toBeUndefined();
    expect(failedEligibilityRule(rules, applicant({ birthDate: '2010-01-01' }), today)?.rule).toBe('minAge');
    expect(failedEligibilityRule(rules, applicant({ birthDate: '1990-01-01' }), today)?.rule).toBe('maxAge');
    expect(failedEligibilityRule(rules, applicant({ sex: 1 }), today)?.rule).toBe('sex');
    expect(failedEligibilityRule(rules, applicant({ educationLevel: 'SMP' }), today)).toMatchObject({
      rule: 'minEducation',
      description: expect.stringContaining('SMP'),
    });
    expect(failedEligibilityRule(rules, applicant({ educationLevel: '' }), today)?.description).toContain('state educationLevel');
    expect(failedEligibilityRule(rules, applicant({ residenceRegionCode: '32.73' }), today)?.rule).toBe('residenceRegionCodes');
    expect(failedEligibilityRule(rules, applicant({ activeJobSeeker: false }), today)?.rule).toBe('jobSeekerRequired');
    // SMK ranks above SMA: it meets an SMA minimum, not the other way round
    expect(failedEligibilityRule({ minEducation: 'SMK' }, applicant({ educationLevel: 'SMA' }), today)?.rule).toBe('minEducation');
    expect(failedEligibilityRule({}, applicant({ sex: 1, activeJobSeeker: false }), today)).toBeUndefined();
  });

  it('writes residence regions as the code list does, and compares them so (rules or profiles in another form)', () => {
    const v = new Violations();
    expect(checkEligibilityRules({ residenceRegionCodes: [' 33.73\n', '3373', '33.73\t', ' 33'] }, v)).toEqual({
      residenceRegionCodes: ['33.73', '33'],
    });
    expect(v.any).toBe(false);
    expect(failedEligibilityRule({ residenceRegionCodes: ['3373'] }, applicant(), today)).toBeUndefined();
    expect(
      failedEligibilityRule({ residenceRegionCodes: ['33.73'] }, applicant({ residenceRegionCode: ' 3373\n' }), today),
    ).toBeUndefined();
    expect(failedEligibilityRule({ residenceRegionCodes: ['3374'] }, applicant(), today)).toMatchObject({
      rule: 'residenceRegionCodes',
      description: 'the program is for residents of 33.74 (the person lives in 33.73)',
    });
  });

  it('checks and normalises the rules as data, naming each bad field', () => {
    const v = new Violations();
    expect(
      checkEligibilityRules({ minAge: 0, maxAge: 0, minEducation: '', sex: 0, residenceRegionCodes: [], jobSeekerRequired: false }, v),
    ).toEqual({});
    expect(v.any).toBe(false);
    const bad = new Violations();
    checkEligibilityRules({ minAge: 10, maxAge: 200, minEducation: 'PhD', sex: 3, residenceRegionCodes: ['33', '99.99'] }, bad);
    const fields = (() => {
      try {
        bad.throwIfAny();
        return [];
      } catch (e) {
        return (e as { violations: { field: string }[] }).violations.map((x) => x.field);
      }
    })();
    expect(fields).toEqual([
      'eligibility.minAge',
      'eligibility.maxAge',
      'eligibility.minEducation',
      'eligibility.sex',
      'eligibility.residenceRegionCodes[1]',
    ]);
  });
});

describe('program rules', () => {
  it('moves DRAFT -> PUBLISHED and DRAFT | PUBLISHED -> WITHDRAWN only', () => {
    expect(programTransitionAllowed('DRAFT', 'PUBLISHED')).toBe(true);
    expect(programTransitionAllowed('PUBLISHED', 'PUBLISHED')).toBe(false);
    expect(programTransitionAllowed('DRAFT', 'WITHDRAWN')).toBe(true);
    expect(programTransitionAllowed('PUBLISHED', 'WITHDRAWN')).toBe(true);
    expect(programTransitionAllowed('WITHDRAWN', 'WITHDRAWN')).toBe(false);
    expect(programTransitionAllowed('WITHDRAWN', 'PUBLISHED')).toBe(false);
  });

  it('checks only the fields named (an update checks its mask)', () => {
    expect(programViolations({ passingScore: 101, title: '' }, ['passingScore']).any).toBe(true);
    expect(programViolations({ passingScore: 70, title: '' }, ['passingScore']).any).toBe(false);
    expect(UPDATABLE_PROGRAM_FIELDS).not.toContain('regionCode');
  });
});
