import type { Caller } from '@siapkerja/authz';
import type { certificationV1 } from '@siapkerja/contracts';
import { maskNik } from '@siapkerja/privacy';

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
