import type { Caller } from '@siapkerja/authz';
import type { certificationV1 } from '@siapkerja/contracts';
import { maskNik, type AccessEntry, type AccessPurpose } from '@siapkerja/privacy';

/**
 * Whether the caller reads the holder's NIK in clear: the platform itself (no caller), the holder himself (the gateway
 * forwards the person id of his account) and the ministry; the issuing LSP and anyone else get it masked.
 */
export function mayUnmaskHolderNik(caller: Caller | undefined, holderPersonId: string): boolean {
  if (!caller) return true;
  if (!!caller.personId && caller.personId === holderPersonId) return true;
  return caller.roles.includes('MINISTRY_ADMIN');
}

/**
 * The certificate as the caller may see it: the holder's NIK in clear or masked (`nikMasked`, on the certificate and on its
 * holder). An erased holder's NIK is already a stand-in, never masked.
 */
export function certificateView(c: certificationV1.Certificate, caller: Caller | undefined): certificationV1.Certificate {
  const nikMasked = !c.eraseTime && !mayUnmaskHolderNik(caller, c.personId ?? '');
  const nik = c.holder?.nik ?? '';
  return { ...c, holder: { nik: nikMasked ? maskNik(nik) : nik, name: c.holder?.name ?? '', nikMasked }, nikMasked };
}

/**
 * The reads of personal data that answering these certificates discloses (the access log, UU 27/2022): each discloses its
 * holder's name, and his NIK where not masked; an erased holder's discloses nothing personal. Each under its purpose, in
 * the order of the certificates: the stated one (X-Purpose), or the one the caller's relation implies (the holder himself
 * DATA_SUBJECT_REQUEST, the ministry SUPERVISION, the issuer and anyone else CERTIFICATION). The platform itself (no
 * caller) reads nothing to log.
 */
export function certificateReads(
  certs: certificationV1.Certificate[],
  caller: Caller | undefined,
  stated: AccessPurpose | undefined,
): AccessEntry[] {
  if (!caller) return [];
  return certs
    .filter((c) => !c.eraseTime)
    .map((c) => {
      const holder = !!caller.personId && caller.personId === c.personId;
      return {
        resourceType: 'certificate',
        resourceId: c.id ?? '',
        fields: c.nikMasked ? ['holder.name'] : ['holder.name', 'holder.nik'],
        subjectPersonId: c.personId ?? '',
        purpose: stated ?? (holder ? 'DATA_SUBJECT_REQUEST' : caller.roles.includes('MINISTRY_ADMIN') ? 'SUPERVISION' : 'CERTIFICATION'),
      };
    });
}
