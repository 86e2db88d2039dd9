import type { certificationV1 } from '@siapkerja/contracts';
import { certificateReads, certificateView, mayUnmaskHolderNik } from './certificates.rules';

describe('certificate rules', () => {
  const holderId = 'person-aaaaaaaaaaaaaaaa';
  const holder = { sub: 'a', roles: ['JOB_SEEKER' as const], personId: holderId };
  const other = { sub: 'b', roles: ['JOB_SEEKER' as const], personId: 'person-bbbbbbbbbbbbbbbb' };
  const lsp = { sub: 'c', roles: ['PARTNER' as const, 'LSP' as const], clientId: 'lsp-1' };
  const officer = { sub: 'd', roles: ['DISNAKER_REGENCY' as const], regionCode: '33.74' };
  const ministry = { sub: 'e', roles: ['MINISTRY_ADMIN' as const] };
  const cert: certificationV1.Certificate = { id: 'c1', personId: holderId, holder: { nik: '3374015203950001', name: 'Dewi' } };

  it('unmasks the NIK for the holder and the ministry only', () => {
    for (const c of [holder, ministry, undefined]) expect(mayUnmaskHolderNik(c, holderId)).toBe(true);
    for (const c of [other, lsp, officer]) expect(mayUnmaskHolderNik(c, holderId)).toBe(false);
  });

  it('masks the NIK for the issuer, keeping the name', () => {
    expect(certificateView(cert, lsp)).toEqual({
      ...cert,
      holder: { nik: '3374********0001', name: 'Dewi', nikMasked: true },
      nikMasked: true,
    });
    expect(certificateView(cert, holder)).toEqual({ ...cert, holder: { ...cert.holder, nikMasked: false }, nikMasked: false });
  });

  it("leaves an erased holder's stand-in as it is", () => {
    const erased = { ...cert, holder: { nik: 'X0000000000000001', name: 'Dihapus (UU 27/2022)' }, eraseTime: '2026-01-01T00:00:00.000Z' };
    expect(certificateView(erased, lsp)).toEqual({ ...erased, holder: { ...erased.holder, nikMasked: false }, nikMasked: false });
  });

  describe('the reads written to the access log', () => {
    const masked = certificateView(cert, lsp);
    const clear = certificateView(cert, holder);
    const erased = { ...clear, id: 'c2', eraseTime: '2026-01-01T00:00:00.000Z' };
    const read = (c: certificationV1.Certificate, fields: string[], purpose: string) => ({
      resourceType: 'certificate',
      resourceId: c.id,
      fields,
      subjectPersonId: holderId,
      purpose,
    });

    it("log the holder's name, and his NIK where not masked, for the purpose the relation implies", () => {
      expect(certificateReads([masked], lsp, undefined)).toEqual([read(cert, ['holder.name'], 'CERTIFICATION')]);
      expect(certificateReads([clear], holder, undefined)).toEqual([read(cert, ['holder.name', 'holder.nik'], 'DATA_SUBJECT_REQUEST')]);
      expect(certificateReads([clear], ministry, undefined)).toEqual([read(cert, ['holder.name', 'holder.nik'], 'SUPERVISION')]);
    });

    it('log the stated purpose instead, each read under its own purpose, and skip erased holders and the platform itself', () => {
      expect(certificateReads([masked, erased], lsp, 'SUPERVISION')).toEqual([read(cert, ['holder.name'], 'SUPERVISION')]);
      const other = { ...clear, id: 'c3', personId: 'person-cccccccccccccccc' };
      const mixed = certificateReads([clear, other, clear], { ...ministry, personId: holderId }, undefined);
      expect(mixed.map((r) => r.purpose)).toEqual(['DATA_SUBJECT_REQUEST', 'SUPERVISION', 'DATA_SUBJECT_REQUEST']);
      expect(mixed.filter((r) => r.purpose === 'DATA_SUBJECT_REQUEST')).toHaveLength(2);
      expect(certificateReads([clear], undefined, undefined)).toHaveLength(0);
    });
  });
});
