import { gunzipSync } from 'node:zlib';
import { bitAt, certificateCredential, encodeBitstring, issuerUrls, STATUS_LIST_SIZE, verifyTarget } from './credentials.rules';

describe('credential rules', () => {
  it('encodes a Bitstring Status List: 16 KB, MSB first, GZIP, multibase base64url', () => {
    const encoded = encodeBitstring([0, 9, STATUS_LIST_SIZE - 1]);
    expect(encoded.startsWith('u')).toBe(true);
    const bytes = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    expect(bytes.length).toBe(16 * 1024);
    expect(bytes[0]).toBe(0x80);
    expect(bytes[1]).toBe(0x40);
    expect(bytes[bytes.length - 1]).toBe(0x01);
    expect([0, 9, STATUS_LIST_SIZE - 1].every((i) => bitAt(encoded, i))).toBe(true);
    expect(bitAt(encoded, 1) || bitAt(encoded, 8)).toBe(false);
  });

  it('names the holder by person id and name, the units as SKKNI alignments, and a status entry per purpose in the right list', () => {
    const vc = certificateCredential(
      {
        id: 'c1',
        number: 'N 1',
        schemeId: 's1',
        schemeCode: 'SKM',
        schemeName: 'Juru Las',
        kkniLevel: 2,
        kbjiCode: '7212',
        competencyUnits: ['F.439900.001.01'],
        personId: 'person-0000000000001',
        holderName: 'Budi',
        lspId: 'l1',
        lspName: 'LSP Las',
        issueDate: '2026-12-01',
        validUntil: '2029-11-30',
        statusIndex: STATUS_LIST_SIZE + 5,
      },
      'siapkerja.kemnaker.go.id',
    ) as Record<string, any>;
    expect(vc.issuer.id).toBe('did:web:siapkerja.kemnaker.go.id');
    expect(vc.credentialSubject).toMatchObject({ id: 'urn:siapkerja:person:person-0000000000001', name: 'Budi', certificateNumber: 'N 1' });
    expect(vc.credentialStatus[0]).toMatchObject({
      statusPurpose: 'revocation',
      statusListIndex: '5',
      statusListCredential: 'https://siapkerja.kemnaker.go.id/v1/status-lists/revocation/1',
    });
    expect(JSON.stringify(vc)).not.toMatch(/nik/i);
  });

  it('reads a verification request: number, credential, or QR content (URL, bare number or credential); exactly one', () => {
    expect(verifyTarget({ number: 'N 1' })).toEqual({ kind: 'number', value: 'N 1' });
    expect(verifyTarget({ credential: 'a.b.c' })).toEqual({ kind: 'credential', value: 'a.b.c' });
    expect(verifyTarget({ qrContent: issuerUrls('x.id').verificationUrl('N 1') })).toEqual({ kind: 'number', value: 'N 1' });
    expect(verifyTarget({ qrContent: 'a.b.c' })).toEqual({ kind: 'credential', value: 'a.b.c' });
    expect(verifyTarget({ qrContent: 'N 2' })).toEqual({ kind: 'number', value: 'N 2' });
    expect(verifyTarget({})).toBeUndefined();
    expect(verifyTarget({ number: 'N', credential: 'a.b.c' })).toBeUndefined();
    expect(verifyTarget({ qrContent: 'https://x.id/v1/verify' })).toBeUndefined();
  });

  it('encodes a port of the public host in the did:web', () => {
    expect(issuerUrls('localhost:8443').did).toBe('did:web:localhost%3A8443');
  });
});
