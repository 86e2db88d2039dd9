import { currentCaller, type Caller } from '@siapkerja/authz';
import { notFound } from '@siapkerja/errors';
import { programAccess, type ProgramOwnership } from '../programs/program-access';
import type { EnrolmentEntity } from './enrolment.entity';

/**
 * How a caller stands to an enrolment. An enrolment is personal data: the provider side (the program's owner, a Disnaker
 * officer of the batch's region, the ministry), the person himself (JOB_SEEKER whose account's person id is the
 * enrolment's) and who registered him (the partner client, or the account) see it; anyone else is told it does not exist.
 */
export interface EnrolmentRelation {
  /** the program's owner, an officer of the region, the ministry or the platform itself: selects and sees every enrolment of the batch */
  provider: boolean;
  /** the person enrolled */
  person: boolean;
  /** who registered the person: the same client, or the same account */
  registrant: boolean;
}

type EnrolmentParties = Pick<EnrolmentEntity, 'personId' | 'registeredBy' | 'registeredByClient' | 'regionCode'>;

export function isPersonCaller(caller: Caller | undefined, personId: string): boolean {
  return !!caller && caller.roles.includes('JOB_SEEKER') && !!caller.personId && caller.personId === personId;
}

export function enrolmentRelation(
  e: EnrolmentParties,
  program: ProgramOwnership,
  caller: Caller | undefined = currentCaller(),
): EnrolmentRelation {
  return {
    // officers of the batch's (venue) region are on the provider side
    provider: programAccess({ ...program, regionCode: e.regionCode }, caller) !== undefined,
    person: isPersonCaller(caller, e.personId),
    registrant:
      !!caller &&
      (caller.clientId ? e.registeredByClient === caller.clientId : e.registeredByClient === null && e.registeredBy === caller.sub),
  };
}

export function isVisible(r: EnrolmentRelation): boolean {
  return r.provider || r.person || r.registrant;
}

/** NOT_FOUND (never PERMISSION_DENIED) unless the caller may see the enrolment; returns how he stands to it. */
export function assertVisible(
  e: EnrolmentParties & Pick<EnrolmentEntity, 'id'>,
  program: ProgramOwnership,
  caller: Caller | undefined = currentCaller(),
): EnrolmentRelation {
  const r = enrolmentRelation(e, program, caller);
  if (!isVisible(r)) throw notFound('Enrolment', e.id);
  return r;
}

/**
 * The SQL condition (on alias `e`) of the enrolments of one batch a caller sees without being on the provider side: those
 * his client registered, those his account registered, and his own. Undefined when he sees none.
 */
export function visibleEnrolmentsCondition(caller: Caller | undefined): { sql: string; params: Record<string, string> } | undefined {
  if (!caller) return undefined;
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (caller.clientId) {
    parts.push('e.registered_by_client = :visibleClient');
    params.visibleClient = caller.clientId;
  } else {
    parts.push('(e.registered_by_client IS NULL AND e.registered_by = :visibleAccount)');
    params.visibleAccount = caller.sub;
  }
  if (caller.roles.includes('JOB_SEEKER') && caller.personId) {
    parts.push('e.person_id = :visiblePerson');
    params.visiblePerson = caller.personId;
  }
  return { sql: `(${parts.join(' OR ')})`, params };
}
