import { currentCaller, type Caller } from '@siapkerja/authz';
import { forbidden } from '@siapkerja/errors';

/** Another service (or the gateway on a public route) calling for itself: `serviceCaller(name)`, no person, no client. */
export const isServiceCaller = (c: Caller): boolean => c.sub.startsWith('service:') && !c.clientId;

/**
 * Whose account: the caller's own (a person's token: its subject; a client's token has no account, which the services
 * refuse). A request may name an account only when it comes from a service (or without a caller at all, in development
 * and tests): a person or an API client naming an account, other than a person his own, is refused, whatever the
 * gateway forwards. A person sees and changes only his own account, consents and requests.
 */
export function accountOf(requested: string): string {
  const caller = currentCaller();
  const own = caller && !caller.clientId && !isServiceCaller(caller) ? caller.sub : '';
  if (!requested) return own;
  if (caller && !isServiceCaller(caller) && requested !== own)
    throw forbidden('A person acts only on his own account, consents and data-subject requests');
  return requested;
}

/**
 * Ministry administrators see every data-subject request: a caller with the role MINISTRY_ADMIN, or a service that says
 * it acts for one (`administrator`); the flag of a request from a person or an API client without the role counts for
 * nothing.
 */
export function isAdministrator(requested = false): boolean {
  const caller = currentCaller();
  if (caller?.roles.includes('MINISTRY_ADMIN')) return true;
  return requested && (!caller || isServiceCaller(caller));
}
