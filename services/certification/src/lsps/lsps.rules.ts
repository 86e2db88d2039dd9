import type { Caller } from '@siapkerja/authz';
import { forbidden, notFound } from '@siapkerja/errors';

/**
 * Who may act on an LSP's records:
 * - SYSTEM: no caller (inside the platform, tests);
 * - MINISTRY (MINISTRY_ADMIN) and BNSP: every LSP (they license and suspend them);
 * - OWN: an account or API client acting for this LSP (role LSP or PARTNER with `organizationId` = the LSP id).
 * Anyone else: undefined (the service answers NOT_FOUND, so another LSP learns nothing).
 */
export type LspAuthority = 'SYSTEM' | 'MINISTRY' | 'BNSP' | 'OWN';

/** The LSP a caller acts for (its organization), when it is an LSP's account or client. */
export function lspOfCaller(caller: Caller | undefined): string | undefined {
  if (!caller?.organizationId) return undefined;
  return caller.roles.includes('LSP') || caller.roles.includes('PARTNER') ? caller.organizationId : undefined;
}

export function lspAuthority(caller: Caller | undefined, lspId: string): LspAuthority | undefined {
  if (!caller) return 'SYSTEM';
  if (caller.roles.includes('MINISTRY_ADMIN')) return 'MINISTRY';
  if (caller.roles.includes('BNSP')) return 'BNSP';
  return lspOfCaller(caller) === lspId ? 'OWN' : undefined;
}

/** NOT_FOUND (as if it did not exist) unless the caller manages this LSP. */
export function assertManagesLsp(caller: Caller | undefined, lspId: string, resource = 'LSP', id = lspId): LspAuthority {
  const a = lspAuthority(caller, lspId);
  if (!a) throw notFound(resource, id);
  return a;
}

/** Licensing (register, renew, suspend, reinstate an LSP) is BNSP's and the ministry's. */
export function assertRegulator(caller: Caller | undefined, what: string): void {
  if (!caller || caller.roles.includes('MINISTRY_ADMIN') || caller.roles.includes('BNSP')) return;
  throw forbidden(`Only BNSP or the ministry ${what}`);
}

/** Why an LSP may not issue today, or undefined when it may (ACTIVE, licence valid on `today`). */
export function lspCannotIssue(lsp: { name: string; status: string; licenceValidUntil: string }, today: string): string | undefined {
  if (lsp.status !== 'ACTIVE') return `LSP ${lsp.name} is ${lsp.status}: its licence does not allow issuing certificates`;
  if (lsp.licenceValidUntil < today) return `the BNSP licence of LSP ${lsp.name} ended on ${lsp.licenceValidUntil}`;
  return undefined;
}
