import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Certificates as W3C Verifiable Credentials 2.0 in the VC-JOSE form (a compact JWS whose payload is the credential,
 * `typ: vc+jwt`, EdDSA over Ed25519), with the Open Badges 3.0 shape (OpenBadgeCredential, AchievementSubject,
 * Achievement with the SKKNI units as alignments). Revocation and suspension use W3C Bitstring Status List v1.0 entries.
 * Pure functions: building, encoding and reading; signing and storage are the services'.
 */

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** Entries per status list: 131,072 bits = 16 KB, the minimum the specification asks for (group privacy). */
export const STATUS_LIST_SIZE = 131_072;
export const STATUS_PURPOSES = ['revocation', 'suspension'] as const;
export type StatusPurpose = (typeof STATUS_PURPOSES)[number];
export const ISSUER_NAME = 'Kementerian Ketenagakerjaan Republik Indonesia (SIAPKerja Sertihub)';

/** The issuer's public addresses, from the host the platform is published under. */
export function issuerUrls(host: string) {
  const did = `did:web:${host.replace(':', '%3A')}`;
  const base = `https://${host}`;
  return {
    did,
    base,
    statusListUrl: (purpose: StatusPurpose, list: number) => `${base}/v1/status-lists/${purpose}/${list}`,
    verificationUrl: (number: string) => `${base}/v1/verify?number=${encodeURIComponent(number)}`,
  };
}

export interface CredentialInput {
  id: string;
  number: string;
  schemeId: string;
  schemeCode: string;
  schemeName: string;
  kkniLevel: number;
  kbjiCode: string;
  competencyUnits: string[];
  personId: string;
  holderName: string;
  lspId: string;
  lspName: string;
  issueDate: string;
  validUntil: string;
  statusIndex: number;
}

/** The credential of a certificate (the JWS payload). The holder is named by person id and name: never the NIK. */
export function certificateCredential(c: CredentialInput, host: string): Record<string, unknown> {
  const u = issuerUrls(host);
  const list = Math.floor(c.statusIndex / STATUS_LIST_SIZE);
  const index = c.statusIndex % STATUS_LIST_SIZE;
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: `urn:uuid:${c.id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: u.did, type: ['Profile'], name: ISSUER_NAME },
    name: `Sertifikat Kompetensi: ${c.schemeName}`,
    validFrom: `${c.issueDate}T00:00:00+07:00`,
    validUntil: `${c.validUntil}T23:59:59+07:00`,
    credentialSubject: {
      id: `urn:siapkerja:person:${c.personId}`,
      type: ['AchievementSubject'],
      name: c.holderName,
      identifier: [{ type: 'IdentityObject', identityType: 'identifier', hashed: true, identityHash: c.personId }],
      achievement: {
        id: `urn:siapkerja:scheme:${c.schemeId}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: c.schemeName,
        description: `Certification scheme ${c.schemeCode}${c.kkniLevel ? `, KKNI level ${c.kkniLevel}` : ''}`,
        criteria: { narrative: 'Assessed competent (K) in every SKKNI unit of the scheme by a BNSP-licensed LSP' },
        humanCode: c.schemeCode,
        ...(c.kkniLevel ? { fieldOfStudy: `KKNI ${c.kkniLevel}` } : {}),
        ...(c.kbjiCode ? { tag: [`KBJI ${c.kbjiCode}`] } : {}),
        alignment: c.competencyUnits.map((unit) => ({
          type: ['Alignment'],
          targetName: unit,
          targetCode: unit,
          targetFramework: 'SKKNI',
          targetUrl: `${u.base}/v1/skkni/${unit}`,
        })),
        creator: { id: `urn:siapkerja:lsp:${c.lspId}`, type: ['Profile'], name: c.lspName },
      },
      certificateNumber: c.number,
      competencyUnits: c.competencyUnits,
    },
    credentialStatus: STATUS_PURPOSES.map((purpose) => ({
      id: `${u.statusListUrl(purpose, list)}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: purpose,
      statusListIndex: String(index),
      statusListCredential: u.statusListUrl(purpose, list),
    })),
  };
}

/** The status list credential of one purpose and list, with the bits set at `indices` (positions inside the list). */
export function statusListCredential(
  host: string,
  purpose: StatusPurpose,
  list: number,
  indices: number[],
  now: Date,
): Record<string, unknown> {
  const u = issuerUrls(host);
  const url = u.statusListUrl(purpose, list);
  return {
    '@context': [VC_CONTEXT],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: u.did,
    validFrom: now.toISOString(),
    credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: purpose, encodedList: encodeBitstring(indices) },
  };
}

/** Bitstring Status List encoding: bit `i` is the i-th bit from the left (MSB first), GZIP, then multibase base64url (`u`). */
export function encodeBitstring(indices: number[], size = STATUS_LIST_SIZE): string {
  const bytes = Buffer.alloc(size / 8);
  for (const i of indices) if (i >= 0 && i < size) bytes[i >> 3] |= 0x80 >> (i & 7);
  return `u${gzipSync(bytes).toString('base64url')}`;
}

/** Whether bit `index` is set in an encoded list. */
export function bitAt(encodedList: string, index: number): boolean {
  const bytes = gunzipSync(Buffer.from(encodedList.replace(/^u/, ''), 'base64url'));
  return ((bytes[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

export interface VerifyTarget {
  kind: 'number' | 'credential';
  value: string;
}

/**
 * What a verification request holds: a certificate number, a whole credential (compact JWS), or QR content (the verification
 * URL `.../v1/verify?number=...`, or a bare number or credential). Undefined when none or more than one was given.
 */
export function verifyTarget(req: { number?: string; credential?: string; qrContent?: string }): VerifyTarget | undefined {
  const given = [req.number, req.credential, req.qrContent].filter((s) => !!s?.trim());
  if (given.length !== 1) return undefined;
  if (req.number?.trim()) return { kind: 'number', value: req.number };
  if (req.credential?.trim()) return { kind: 'credential', value: req.credential.trim() };
  const qr = req.qrContent!.trim();
  if (/^https?:\/\//i.test(qr)) {
    try {
      const n = new URL(qr).searchParams.get('number');
      return n ? { kind: 'number', value: n } : undefined;
    } catch {
      return undefined;
    }
  }
  return qr.split('.').length === 3 ? { kind: 'credential', value: qr } : { kind: 'number', value: qr };
}
