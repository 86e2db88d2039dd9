import { currentCaller, isRegionBound, regionWithin, type Caller } from '@siapkerja/authz';
import { forbidden, notFound } from '@siapkerja/errors';
import type { ProgramEntity } from './program.entity';

/**
 * Why a caller may act for a program (change it, add batches, move them, select and assess their participants):
 * - SYSTEM: no caller (a call from inside the platform, never from the gateway's authenticated routes);
 * - MINISTRY: MINISTRY_ADMIN;
 * - OFFICER: a Disnaker officer whose region contains the program's (or the batch's) regency;
 * - OWNER: an account or client acting for the program's provider (organization id = provider id), or, for programs
 *   published before providers existed, the client or TRAINING_PROVIDER account that published it.
 */
export type ProgramAccess = 'SYSTEM' | 'MINISTRY' | 'OFFICER' | 'OWNER';

export type ProgramOwnership = Pick<ProgramEntity, 'regionCode' | 'providerId' | 'ownerClientId' | 'ownerAccountId'>;

export function programAccess(program: ProgramOwnership, caller: Caller | undefined = currentCaller()): ProgramAccess | undefined {
  if (!caller) return 'SYSTEM';
  if (caller.roles.includes('MINISTRY_ADMIN')) return 'MINISTRY';
  if (isRegionBound(caller)) return regionWithin(program.regionCode, caller.regionCode) ? 'OFFICER' : undefined;
  if (caller.organizationId && caller.organizationId === program.providerId) return 'OWNER';
  // what a client or account published before it was bound to a provider stays its own
  if (caller.clientId) return program.ownerClientId === caller.clientId ? 'OWNER' : undefined;
  return caller.roles.includes('TRAINING_PROVIDER') && program.ownerAccountId === caller.sub ? 'OWNER' : undefined;
}

/**
 * Refuses a caller who does not act for the program: an officer outside its region is PERMISSION_DENIED (he knows the
 * region); anyone else (another provider's account or client) is told the record does not exist (NOT_FOUND, naming
 * `resource` and `id`), so a tenant never learns about another's records.
 */
export function assertProgramAccess(
  program: ProgramOwnership & Pick<ProgramEntity, 'id'>,
  what: string,
  caller: Caller | undefined = currentCaller(),
  resource: { name: string; id: string } = { name: 'Program', id: program.id },
): ProgramAccess {
  const access = programAccess(program, caller);
  if (access) return access;
  if (isRegionBound(caller))
    throw forbidden(`Only a Disnaker officer of region ${program.regionCode}, the provider or the ministry ${what}`);
  throw notFound(resource.name, resource.id);
}

/** The legacy owner columns of what a caller publishes (kept for programs' former owners; providers own programs now). */
export function ownerOf(caller: Caller | undefined): Pick<ProgramEntity, 'ownerClientId' | 'ownerAccountId'> {
  if (!caller || caller.roles.includes('MINISTRY_ADMIN') || isRegionBound(caller) || caller.organizationId)
    return { ownerClientId: null, ownerAccountId: null };
  if (caller.clientId) {
    return {
      ownerClientId: caller.roles.some((r) => r === 'PARTNER' || r === 'TRAINING_PROVIDER') ? caller.clientId : null,
      ownerAccountId: null,
    };
  }
  return { ownerClientId: null, ownerAccountId: caller.roles.includes('TRAINING_PROVIDER') ? caller.sub : null };
}
