import type { DataSource } from 'typeorm';
import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import type { CallOptions } from '@siapkerja/grpc';
import { asCaller, type AuthCaller } from '../auth/caller';

/** The person id of a person's account (people's tokens carry the account id as sub); undefined for clients. */
export async function personIdOf(ds: DataSource, caller: AuthCaller): Promise<string | undefined> {
  if (caller.clientId || !/^[0-9a-f-]{36}$/i.test(caller.sub)) return undefined;
  const [a]: { person_id: string }[] = await ds.query(`SELECT person_id FROM auth_accounts WHERE id = $1 AND status = 'ACTIVE'`, [
    caller.sub,
  ]);
  return a?.person_id;
}

/**
 * asCaller plus, for a job seeker's own account, the person id: the jobs service lets a JOB_SEEKER act only for the seeker
 * with that person id (applications, matches).
 */
export async function asPersonCaller(ds: DataSource, caller: AuthCaller, opts: CallOptions = {}): Promise<CallOptions> {
  return (await personCall(ds, caller, opts)).options;
}

/** asPersonCaller, also giving the person id it forwarded (undefined for anyone but a job seeker's own account). */
export async function personCall(
  ds: DataSource,
  caller: AuthCaller,
  opts: CallOptions = {},
): Promise<{ options: CallOptions; personId: string | undefined }> {
  const base = asCaller(caller, opts);
  if (!caller.roles.includes('JOB_SEEKER')) return { options: base, personId: undefined };
  const personId = await personIdOf(ds, caller);
  if (!personId) return { options: base, personId };
  const value = JSON.stringify({ ...JSON.parse(base.metadata![CALLER_METADATA_KEY]), personId });
  return { options: { ...base, metadata: { ...(base.metadata ?? {}), [CALLER_METADATA_KEY]: value } }, personId };
}
