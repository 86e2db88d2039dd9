import { currentCaller, isRegionBound, regionWithin, type Caller } from '@siapkerja/authz';
import { forbidden } from '@siapkerja/errors';
import type { ProgramEntity } from './program.entity';

/**
 * Why a caller may act for a program (add batches, move them, select their participants, see all their enrolments):
 * - SYSTEM: no caller (a call from inside the platform, never from the gateway's authenticated routes);
 * - MINISTRY: MINISTRY_ADMIN;
 * - OFFICER: a Disnaker officer whose region contains the program's regency;
 * - OWNER: the client that published it, or the TRAINING_PROVIDER person account that did.
 * A program without an owner (published before owners existed, or by the ministry or an officer) is the ministry's.
 */
export type ProgramAccess = 'SYSTEM' | 'MINISTRY' | 'OFFICER' | 'OWNER';

type ProgramOwnership = Pick<ProgramEntity, 'regionCode' | 'ownerClientId' | 'ownerAccountId'>;

export function programAccess(program: ProgramOwnership, caller: Caller | undefined = currentCaller()): ProgramAccess | undefined {
  if (!caller) return 'SYSTEM';
  if (caller.roles.includes('MINISTRY_ADMIN')) return 'MINISTRY';
  if (isRegionBound(caller)) return regionWithin(program.regionCode, caller.regionCode) ? 'OFFICER' : undefined;
  if (caller.clientId) return program.ownerClientId === caller.clientId ? 'OWNER' : undefined;
  return caller.roles.includes('TRAINING_PROVIDER') && program.ownerAccountId === caller.sub ? 'OWNER' : undefined;
}

/** PERMISSION_DENIED unless the caller acts for the program (programs are public: refusing names nothing secret). */
export function assertProgramAccess(
  program: ProgramOwnership & Pick<ProgramEntity, 'id'>,
  what: string,
  caller: Caller | undefined = currentCaller(),
): ProgramAccess {
  const access = programAccess(program, caller);
  if (!access)
    throw forbidden(`Only the owner of program ${program.id}, a Disnaker officer of region ${program.regionCode} or the ministry ${what}`);
  return access;
}

/** Who owns what a caller publishes: a partner or training-provider client, or a TRAINING_PROVIDER person; otherwise nobody (the ministry). */
export function ownerOf(caller: Caller | undefined): Pick<ProgramEntity, 'ownerClientId' | 'ownerAccountId'> {
  if (!caller || caller.roles.includes('MINISTRY_ADMIN') || isRegionBound(caller)) return { ownerClientId: null, ownerAccountId: null };
  if (caller.clientId) {
    return {
      ownerClientId: caller.roles.some((r) => r === 'PARTNER' || r === 'TRAINING_PROVIDER') ? caller.clientId : null,
      ownerAccountId: null,
    };
  }
  return { ownerClientId: null, ownerAccountId: caller.roles.includes('TRAINING_PROVIDER') ? caller.sub : null };
}
