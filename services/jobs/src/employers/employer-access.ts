import { currentCaller, isRegionBound, regionWithin, type Caller } from '@siapkerja/authz';
import { forbidden } from '@siapkerja/errors';
import type { EntityManager } from 'typeorm';
import { EmployerMemberEntity, type EmployerEntity, type MemberRoleValue } from './employer.entity';

/**
 * Why a caller may act for an employer (its vacancies, applicants, profile):
 * - SYSTEM: no caller (a call from inside the platform, never from the gateway's authenticated routes);
 * - MINISTRY: MINISTRY_ADMIN;
 * - OFFICER: a Disnaker officer whose region contains the employer's;
 * - CLIENT: the partner client that registered the employer;
 * - OWNER / MEMBER: a person account in employer_members.
 */
export type EmployerAccess = 'SYSTEM' | 'MINISTRY' | 'OFFICER' | 'CLIENT' | MemberRoleValue;

export async function employerAccess(
  db: Pick<EntityManager, 'getRepository'>,
  employer: EmployerEntity,
  caller: Caller | undefined = currentCaller(),
): Promise<EmployerAccess | undefined> {
  return employerAccessBy(employer, caller, async () => {
    const member = await db.getRepository(EmployerMemberEntity).findOneBy({ employerId: employer.id, accountId: caller!.sub });
    return member?.role;
  });
}

/** {@link employerAccess} with the caller's membership read by `memberRole` (only asked for a person with the EMPLOYER role). */
export async function employerAccessBy(
  employer: Pick<EmployerEntity, 'regionCode' | 'ownerClientId'>,
  caller: Caller | undefined,
  memberRole: () => Promise<MemberRoleValue | undefined>,
): Promise<EmployerAccess | undefined> {
  if (!caller) return 'SYSTEM';
  if (caller.roles.includes('MINISTRY_ADMIN')) return 'MINISTRY';
  if (isRegionBound(caller)) return regionWithin(employer.regionCode, caller.regionCode) ? 'OFFICER' : undefined;
  if (caller.clientId && caller.roles.includes('PARTNER')) return employer.ownerClientId === caller.clientId ? 'CLIENT' : undefined;
  if (!caller.roles.includes('EMPLOYER')) return undefined;
  return memberRole();
}

/** PERMISSION_DENIED unless the caller acts for the employer (see {@link employerAccess}); returns why it may. */
export async function assertEmployerAccess(
  db: Pick<EntityManager, 'getRepository'>,
  employer: EmployerEntity,
  caller: Caller | undefined = currentCaller(),
): Promise<EmployerAccess> {
  const access = await employerAccess(db, employer, caller);
  if (!access) throw forbidden(`The caller does not act for employer ${employer.id}`);
  return access;
}

/**
 * {@link assertEmployerAccess} for an employer read with plain SQL (hot paths): the membership, when it is asked, by one
 * parameterised statement instead of the ORM.
 */
export async function assertEmployerAccessSql(
  db: Pick<EntityManager, 'query'>,
  employer: Pick<EmployerEntity, 'id' | 'regionCode' | 'ownerClientId'>,
  caller: Caller | undefined = currentCaller(),
): Promise<EmployerAccess> {
  const access = await employerAccessBy(employer, caller, async () => {
    const [member]: { role: MemberRoleValue }[] = await db.query(
      `SELECT role FROM employer_members WHERE employer_id = $1 AND account_id = $2`,
      [employer.id, caller!.sub],
    );
    return member?.role;
  });
  if (!access) throw forbidden(`The caller does not act for employer ${employer.id}`);
  return access;
}

/** Managing members: the ministry, an officer of the region, the owning client or an OWNER member (not a plain MEMBER). */
export async function assertEmployerAdmin(
  db: Pick<EntityManager, 'getRepository'>,
  employer: EmployerEntity,
  caller: Caller | undefined = currentCaller(),
): Promise<EmployerAccess> {
  const access = await assertEmployerAccess(db, employer, caller);
  if (access === 'MEMBER') throw forbidden(`Only an owner of employer ${employer.id} manages its members`);
  return access;
}
