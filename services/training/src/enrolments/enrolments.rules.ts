import type { Caller } from '@siapkerja/authz';
import type { trainingV1 } from '@siapkerja/contracts';
import { maskBirthDate, maskNik, mayViewPersonalData } from '@siapkerja/privacy';

type Subject = { personId: string; regionCode: string };

/**
 * Whether the caller reads an enrolment's personal data (NIK, birth date) in clear: the platform itself (no caller), the
 * person himself (the gateway forwards the person id of his account), a Disnaker officer of the enrolment's region and the
 * ministry; everyone else (the registering partner, the program's owner, officers elsewhere) gets the masked view.
 */
export function mayUnmaskEnrolment(caller: Caller | undefined, subject: Subject): boolean {
  if (!caller) return true;
  if (!!caller.personId && caller.personId === subject.personId) return true;
  return mayViewPersonalData({ roles: caller.roles, regionCode: caller.regionCode }, subject);
}

/** The enrolment as the caller may see it: in full, or with NIK masked and the birth date reduced to its year (`personalDataMasked`). */
export function enrolmentView(e: trainingV1.Enrolment, caller: Caller | undefined): trainingV1.Enrolment {
  if (mayUnmaskEnrolment(caller, { personId: e.personId ?? '', regionCode: e.regionCode ?? '' }))
    return { ...e, personalDataMasked: false };
  return { ...e, nik: maskNik(e.nik), birthDate: maskBirthDate(e.birthDate), personalDataMasked: true };
}

/**
 * The moves TransitionEnrolment makes (outcomes and cancellation have their own use cases): REGISTERED -> ACCEPTED |
 * WAITLISTED | REJECTED; WAITLISTED -> ACCEPTED | REJECTED; REGISTERED | WAITLISTED | ACCEPTED -> WITHDRAWN.
 */
export function enrolmentTransitionAllowed(from: string, to: string): boolean {
  switch (to) {
    case 'ACCEPTED':
    case 'REJECTED':
      return from === 'REGISTERED' || from === 'WAITLISTED';
    case 'WAITLISTED':
      return from === 'REGISTERED';
    case 'WITHDRAWN':
      return from === 'REGISTERED' || from === 'WAITLISTED' || from === 'ACCEPTED';
    default:
      return false;
  }
}

/** What an enrolment in `from` can still become through TransitionEnrolment, for refusals. */
export function enrolmentMovesFrom(from: string): string[] {
  return ['ACCEPTED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN'].filter((to) => enrolmentTransitionAllowed(from, to));
}

/** The completion rule: why an outcome cannot be recorded as asked, naming the field; undefined when it can. */
export function outcomeRefusal(o: {
  outcome: string;
  finalScore: number | null;
  attendancePercent: number;
  attendanceThreshold: number;
  passingScore: number;
}): { field: string; description: string } | undefined {
  if (o.outcome !== 'DROPPED_OUT' && o.finalScore === null)
    return { field: 'finalScore', description: `is required for ${o.outcome} (the final assessment, 0-100)` };
  if (o.outcome === 'COMPLETED' && o.attendancePercent < o.attendanceThreshold)
    return {
      field: 'attendance',
      description: `the participant attended ${o.attendancePercent}% of the sessions; completion requires at least ${o.attendanceThreshold}%`,
    };
  if (o.outcome === 'COMPLETED' && (o.finalScore ?? 0) < o.passingScore)
    return { field: 'finalScore', description: `${o.finalScore} is below the program's passing score ${o.passingScore}` };
  return undefined;
}

/** Share of sessions attended, rounded down (0 when the batch has no session). */
export function attendancePercent(present: number, sessions: number): number {
  return sessions > 0 ? Math.floor((present * 100) / sessions) : 0;
}
