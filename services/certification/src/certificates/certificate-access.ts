import { currentCaller, type Caller } from '@siapkerja/authz';
import { forbidden, notFound } from '@siapkerja/errors';
import { lspOfCaller } from '../lsps/lsps.rules';
import type { CertificateEntity } from './certificate.entity';

/**
 * Why a caller may read a certificate in full (the holder's name and NIK, the verification code, the history):
 * - SYSTEM: no caller (a call from inside the platform, never from the gateway's authenticated routes);
 * - MINISTRY: MINISTRY_ADMIN; BNSP: the national certification agency supervising the LSPs;
 * - ISSUER: the LSP that issued it (its partner client, or the LSP account that issued it): it owns the certificate;
 * - HOLDER: the person it was issued to (the gateway forwards his account's person id).
 * Anyone else learns nothing, not even that the certificate exists (NOT_FOUND). Anybody may still verify a certificate
 * with its number and verification code (a masked answer, see CertificatesService.verify).
 */
export type CertificateAccess = 'SYSTEM' | 'MINISTRY' | 'BNSP' | 'ISSUER' | 'HOLDER';

export function certificateAccess(
  c: Pick<CertificateEntity, 'issuerClientId' | 'issuerAccountId' | 'personId' | 'lspId'>,
  caller: Caller | undefined = currentCaller(),
): CertificateAccess | undefined {
  if (!caller) return 'SYSTEM';
  if (caller.roles.includes('MINISTRY_ADMIN')) return 'MINISTRY';
  if (caller.roles.includes('BNSP')) return 'BNSP';
  // an account or client acting for the issuing LSP
  if (lspOfCaller(caller) && lspOfCaller(caller) === c.lspId) return 'ISSUER';
  if (caller.clientId) return caller.roles.includes('PARTNER') && c.issuerClientId === caller.clientId ? 'ISSUER' : undefined;
  if (caller.roles.includes('LSP') && !!c.issuerAccountId && c.issuerAccountId === caller.sub) return 'ISSUER';
  if (caller.personId && caller.personId === c.personId) return 'HOLDER';
  return undefined;
}

/** NOT_FOUND unless the caller may read the certificate (see {@link certificateAccess}); returns why it may. */
export function assertCertificateReadable(c: CertificateEntity, caller: Caller | undefined = currentCaller()): CertificateAccess {
  const access = certificateAccess(c, caller);
  if (!access) throw notFound('Certificate', c.id);
  return access;
}

/** Changing a certificate's status: its issuer, the ministry, BNSP (the holder: PERMISSION_DENIED; anyone else: NOT_FOUND). */
export function assertCertificateManageable(c: CertificateEntity, caller: Caller | undefined = currentCaller()): CertificateAccess {
  const access = assertCertificateReadable(c, caller);
  if (access === 'HOLDER') throw forbidden(`Only the issuing LSP, BNSP or the ministry changes the status of certificate ${c.id}`);
  return access;
}

/**
 * Who issues: an LSP, through its partner client (PARTNER with a client id) or an account with the LSP role; it becomes the
 * certificate's owner. The platform itself (no caller) issues without an owner. Anyone else: PERMISSION_DENIED.
 */
export function issuerOf(caller: Caller | undefined = currentCaller()): {
  issuerClientId: string | null;
  issuerAccountId: string | null;
} {
  if (!caller) return { issuerClientId: null, issuerAccountId: null };
  if (caller.clientId && caller.roles.includes('PARTNER')) return { issuerClientId: caller.clientId, issuerAccountId: null };
  if (!caller.clientId && caller.roles.includes('LSP')) return { issuerClientId: null, issuerAccountId: caller.sub };
  throw forbidden('Only an LSP (its partner client or an LSP account) issues certificates');
}
