import { assistanceAmount, groupSizeReason, ineligibilityReason, programViolations, type NewProgram } from './programs.rules';

const program: NewProgram = {
  code: 'PEMULA',
  name: 'TKM Pemula',
  year: 2026,
  fundingBasis: 'PER_GROUP',
  amount: 10_000_000,
  workDays: 0,
  minMembers: 5,
  maxMembers: 10,
  minAge: 18,
  maxAge: 45,
  eligibleStatuses: ['JOB_SEEKER'],
  residenceRule: 'GROUP_PROVINCE',
  requiresTraining: false,
  trainingProgramIds: [],
};
const candidate = { birthDate: '1995-04-12', employmentStatus: 'JOB_SEEKER', residenceRegionCode: '33.74' };

describe('TKM program rules', () => {
  it('accepts a complete program and names every wrong field', () => {
    expect(programViolations(program).any).toBe(false);
    const bad = programViolations({
      ...program,
      fundingBasis: 'PER_MEMBER_DAY',
      workDays: 0,
      maxMembers: 4,
      residenceRule: 'MARS' as never,
    });
    expect(() => bad.throwIfAny()).toThrow();
  });

  it('computes the assistance per group or per member and work day', () => {
    expect(assistanceAmount(program, 7)).toBe(10_000_000);
    expect(assistanceAmount({ fundingBasis: 'PER_MEMBER_DAY', amount: 220_000, workDays: 15 }, 30)).toBe(99_000_000);
  });

  it('checks age, status, residence and training, naming the rule', () => {
    const today = '2026-06-01';
    expect(ineligibilityReason(program, candidate, '33.73', [], today)).toBeUndefined();
    expect(ineligibilityReason(program, { ...candidate, birthDate: '1970-01-01' }, '33.73', [], today)).toMatch(
      /aged 18 to 45 \(this person is 56\)/,
    );
    expect(ineligibilityReason(program, { ...candidate, birthDate: '2010-01-01' }, '33.73', [], today)).toMatch(/aged 18 to 45/);
    expect(ineligibilityReason(program, { ...candidate, employmentStatus: 'UNDEREMPLOYED' }, '33.73', [], today)).toMatch(/JOB_SEEKER/);
    expect(ineligibilityReason(program, { ...candidate, residenceRegionCode: '34.01' }, '33.73', [], today)).toMatch(/province 33/);
    const regency = { ...program, residenceRule: 'GROUP_REGENCY' as const };
    expect(ineligibilityReason(regency, candidate, '33.73', [], today)).toMatch(/regency 33.73/);
    expect(ineligibilityReason(regency, { ...candidate, residenceRegionCode: '33.73.04' }, '33.73', [], today)).toBeUndefined();
    const trained = { ...program, requiresTraining: true };
    expect(ineligibilityReason(trained, candidate, '33.73', [], today)).toMatch(/completed Skillhub/);
    expect(ineligibilityReason(trained, candidate, '33.73', ['any'], today)).toBeUndefined();
    const listed = { ...trained, trainingProgramIds: ['p1'] };
    expect(ineligibilityReason(listed, candidate, '33.73', ['p2'], today)).toMatch(/completed Skillhub/);
    expect(ineligibilityReason(listed, candidate, '33.73', ['p2', 'p1'], today)).toBeUndefined();
  });

  it('checks the group size', () => {
    expect(groupSizeReason(program, 5)).toBeUndefined();
    expect(groupSizeReason(program, 4)).toMatch(/5 to 10 active members \(this group has 4\)/);
    expect(groupSizeReason(program, 11)).toMatch(/this group has 11/);
  });
});
