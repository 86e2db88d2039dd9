import { currentCaller } from '@siapkerja/authz';

/**
 * Whose account: the one the request names, else the caller's own (a person's token: its subject; a client's token has
 * no account, which the services refuse). A person sees and changes only his own account, consents and requests.
 */
export function accountOf(requested: string): string {
  if (requested) return requested;
  const caller = currentCaller();
  return caller && !caller.clientId ? caller.sub : '';
}

/** Ministry administrators see every data-subject request. */
export const isAdministrator = (requested = false): boolean => requested || !!currentCaller()?.roles.includes('MINISTRY_ADMIN');
