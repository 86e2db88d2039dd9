import type { trainingV1 } from '@siapkerja/contracts';
import {
  attendancePercent,
  enrolmentMovesFrom,
  enrolmentTransitionAllowed,
  enrolmentView,
  mayUnmaskEnrolment,
  outcomeRefusal,
} from './enrolments.rules';

describe('enrolment rules', () => {
  const subject = { personId: 'person-aaaaaaaaaaaaaaaa', regionCode: '33.74' };
  const self = { sub: 'a', roles: ['JOB_SEEKER' as const], personId: subject.personId };
  const stranger = { sub: 'b', roles: ['JOB_SEEKER' as const], personId: 'person-bbbbbbbbbbbbbbbb' };
  const partner = { sub: 'c', roles: ['PARTNER' as const], clientId: 'p' };
  const owner = { sub: 'd', roles: ['TRAINING_PROVIDER' as const] };
  const regency = { sub: 'e', roles: ['DISNAKER_REGENCY' as const], regionCode: '33.74' };
  const province = { sub: 'f', roles: ['DISNAKER_PROVINCE' as const], regionCode: '33' };
  const elsewhere = { sub: 'g', roles: ['DISNAKER_PROVINCE' as const], regionCode: '32' };
  const ministry = { sub: 'h', roles: ['MINISTRY_ADMIN' as const] };
  const enrolment: trainingV1.Enrolment = { id: 'e1', ...subject, nik: '3374015203950001', name: 'Dewi', birthDate: '1995-03-12' };

  it('unmasks for the person, officers of the region and the ministry only', () => {
    for (const c of [self, regency, province, ministry, undefined]) expect(mayUnmaskEnrolment(c, subject)).toBe(true);
    for (const c of [stranger, partner, owner, elsewhere]) expect(mayUnmaskEnrolment(c, subject)).toBe(false);
  });

  it('returns the enrolment in full to who may see it', () => {
    expect(enrolmentView(enrolment, self)).toEqual({ ...enrolment, personalDataMasked: false });
    expect(enrolmentView(enrolment, regency)).toEqual({ ...enrolment, personalDataMasked: false });
  });

  it('masks the NIK and reduces the birth date to its year for everyone else', () => {
    for (const c of [partner, owner, elsewhere, stranger]) {
      const v = enrolmentView(enrolment, c);
      expect(v).toEqual({ ...enrolment, nik: '3374********0001', birthDate: '1995', personalDataMasked: true });
    }
  });
});

describe('selection and completion rules', () => {
  it('allows the selection moves only', () => {
    expect(enrolmentTransitionAllowed('REGISTERED', 'ACCEPTED')).toBe(true);
    expect(enrolmentTransitionAllowed('WAITLISTED', 'ACCEPTED')).toBe(true);
    expect(enrolmentTransitionAllowed('REGISTERED', 'WAITLISTED')).toBe(true);
    expect(enrolmentTransitionAllowed('WAITLISTED', 'WAITLISTED')).toBe(false);
    expect(enrolmentTransitionAllowed('ACCEPTED', 'REJECTED')).toBe(false);
    expect(enrolmentTransitionAllowed('ACCEPTED', 'WITHDRAWN')).toBe(true);
    expect(enrolmentTransitionAllowed('COMPLETED', 'WITHDRAWN')).toBe(false);
    expect(enrolmentTransitionAllowed('ACCEPTED', 'COMPLETED')).toBe(false);
    expect(enrolmentMovesFrom('WAITLISTED')).toEqual(['ACCEPTED', 'REJECTED', 'WITHDRAWN']);
    expect(enrolmentMovesFrom('CANCELLED')).toEqual([]);
  });

  it('completes only with the attendance threshold and a passing final score', () => {
    const base = { outcome: 'COMPLETED', finalScore: 80, attendancePercent: 90, attendanceThreshold: 80, passingScore: 70 };
    expect(outcomeRefusal(base)).toBeUndefined();
    expect(outcomeRefusal({ ...base, attendancePercent: 79 })?.field).toBe('attendance');
    expect(outcomeRefusal({ ...base, finalScore: 69 })?.field).toBe('finalScore');
    expect(outcomeRefusal({ ...base, finalScore: null })?.field).toBe('finalScore');
    expect(outcomeRefusal({ ...base, outcome: 'FAILED', finalScore: 10, attendancePercent: 0 })).toBeUndefined();
    expect(outcomeRefusal({ ...base, outcome: 'FAILED', finalScore: null })?.field).toBe('finalScore');
    expect(outcomeRefusal({ ...base, outcome: 'DROPPED_OUT', finalScore: null, attendancePercent: 0 })).toBeUndefined();
    expect(attendancePercent(2, 3)).toBe(66);
    expect(attendancePercent(0, 0)).toBe(0);
  });
});
