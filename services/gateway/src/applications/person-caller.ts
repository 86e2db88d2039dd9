import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import type { CallOptions } from '@siapkerja/grpc';
import { asCaller, type AuthCaller } from '../auth/caller';

/**
 * The person id of a person's account, from the token (identity puts it in the `pid` claim of people's tokens, whose
 * session is checked on every request); undefined for clients. The first parameter is unused since identity holds the
 * accounts (kept so the callers stay as they are).
 */
export async function personIdOf(_db: unknown, caller: AuthCaller): Promise<string | undefined> {
  if (caller.clientId) return undefined;
  return caller.personId;
}

/**
 * asCaller plus, for a job seeker's own account, the person id: the jobs service lets a JOB_SEEKER act only for the seeker
 * with that person id (applications, matches).
 */
export async function asPersonCaller(db: unknown, caller: AuthCaller, opts: CallOptions = {}): Promise<CallOptions> {
  return (await personCall(db, caller, opts)).options;
}

/** asPersonCaller, also giving the person id it forwarded (undefined for anyone but a job seeker's own account). */
export async function personCall(
  db: unknown,
  caller: AuthCaller,
  opts: CallOptions = {},
): Promise<{ options: CallOptions; personId: string | undefined }> {
  const base = asCaller(caller, opts);
  if (!caller.roles.includes('JOB_SEEKER')) return { options: base, personId: undefined };
  const personId = await personIdOf(db, caller);
  if (!personId) return { options: base, personId };
  const value = JSON.stringify({ ...JSON.parse(base.metadata![CALLER_METADATA_KEY]), personId });
  return { options: { ...base, metadata: { ...(base.metadata ?? {}), [CALLER_METADATA_KEY]: value } }, personId };
}
