import { currentCaller, isRegionBound, regionWithin, type Caller } from '@siapkerja/authz';
import { forbidden, notFound } from '@siapkerja/errors';
import type { GroupEntity } from './group.entity';

/**
 * How a caller stands to a group:
 * - SYSTEM: no caller (inside the platform);
 * - MINISTRY: MINISTRY_ADMIN, everywhere;
 * - OFFICER: a Disnaker officer whose region contains the group's regency;
 * - OWNER: the partner client that registered it, the account that registered it, or the group leader's own account;
 * - MENTOR: the TKM_MENTOR account assigned to it.
 */
export type GroupAccess = 'SYSTEM' | 'MINISTRY' | 'OFFICER' | 'OWNER' | 'MENTOR';

type GroupOwnership = Pick<GroupEntity, 'id' | 'regionCode' | 'ownerClientId' | 'registeredBy' | 'mentorAccountId'>;

export function groupAccess(
  g: GroupOwnership,
  leaderPersonId: string | undefined,
  caller: Caller | undefined = currentCaller(),
): GroupAccess | undefined {
  if (!caller) return 'SYSTEM';
  if (caller.roles.includes('MINISTRY_ADMIN')) return 'MINISTRY';
  if (isRegionBound(caller)) return regionWithin(g.regionCode, caller.regionCode) ? 'OFFICER' : undefined;
  const owner = caller.clientId ? g.ownerClientId === caller.clientId : g.ownerClientId === null && g.registeredBy === caller.sub;
  if (owner) return 'OWNER';
  if (leaderPersonId && caller.personId === leaderPersonId) return 'OWNER';
  // a mentor may be a person's account or a client (whose subject is its client id)
  if (caller.roles.includes('TKM_MENTOR') && g.mentorAccountId === caller.sub) return 'MENTOR';
  return undefined;
}

/** The record a caller asked for through its group (a proposal, a report): what a refusal names instead of the group. */
export interface AskedFor {
  resource: string;
  id: string;
}

/**
 * The caller's standing, or the refusal: an officer outside the group's region is PERMISSION_DENIED (the region is his
 * boundary, not a secret); anyone else who may not see the group is told it does not exist. A refusal names what was
 * asked for (`asked`, default the group itself): a stranger asking for a proposal or a report learns neither that it
 * exists nor the id of its group.
 */
export function assertGroupVisible(
  g: GroupOwnership,
  leaderPersonId: string | undefined,
  caller: Caller | undefined = currentCaller(),
  asked: AskedFor = { resource: 'Group', id: g.id },
): GroupAccess {
  const a = groupAccess(g, leaderPersonId, caller);
  if (a) return a;
  if (isRegionBound(caller))
    throw forbidden(`${asked.resource} ${asked.id} is in region ${g.regionCode}, outside the caller's region ${caller.regionCode}`);
  throw notFound(asked.resource, asked.id);
}

/** Who decides for the region (verification, decrees, tranches, mentor assignment): officers of the region and the ministry. */
export function isAuthority(a: GroupAccess): boolean {
  return a === 'SYSTEM' || a === 'MINISTRY' || a === 'OFFICER';
}

/** Who manages the group (members, proposal, reports): its owner and the authorities. */
export function isManager(a: GroupAccess): boolean {
  return isAuthority(a) || a === 'OWNER';
}

/** The SQL condition (alias g) of the groups a caller may list; undefined means every group. */
export function visibleGroupsCondition(caller: Caller | undefined): { sql: string; params: Record<string, unknown> } | undefined {
  if (!caller || caller.roles.includes('MINISTRY_ADMIN')) return undefined;
  if (isRegionBound(caller))
    return {
      sql: '(g.region_code = :scope OR g.region_code LIKE :scopePrefix)',
      params: { scope: caller.regionCode, scopePrefix: `${caller.regionCode}.%` },
    };
  const parts = [caller.clientId ? 'g.owner_client_id = :client' : '(g.owner_client_id IS NULL AND g.registered_by = :sub)'];
  const params: Record<string, unknown> = { sub: caller.sub, ...(caller.clientId ? { client: caller.clientId } : {}) };
  if (caller.roles.includes('TKM_MENTOR')) parts.push('g.mentor_account_id = :sub');
  if (caller.personId) {
    parts.push('EXISTS (SELECT 1 FROM tkm_group_members m WHERE m.group_id = g.id AND m.active AND m.leader AND m.person_id = :person)');
    params.person = caller.personId;
  }
  return { sql: `(${parts.join(' OR ')})`, params };
}
