import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { todayWib } from '@siapkerja/codes';
import { Violations } from '@siapkerja/errors';
import { isUuid } from '@siapkerja/persistence';
import { maskName } from '@siapkerja/privacy';
import { CERTIFICATE_NUMBER_RE, normalizeCertificateNumber } from '../certificates/certificate-codes';
import type { CertificateEntity } from '../certificates/certificate.entity';
import { verifyTarget } from './credentials.rules';
import { IssuerKeysService, type JwsFailure } from './issuer-keys.service';

export type VerificationResultValue = 'VALID' | 'SUSPENDED' | 'REVOKED' | 'EXPIRED' | 'NOT_GENUINE';
export interface VerifyRequest {
  number?: string;
  credential?: string;
  qrContent?: string;
}
export interface VerificationOutcome {
  result: VerificationResultValue;
  reasonCode: string;
  reason: string;
  kid: string;
  certificate?: VerifiedCertificate;
  holderNameMasked: string;
}

export const MAX_BATCH = 1000;
/**
 * What a verification answer states of a certificate (not the stored credential, NIK or verification code, nor the free-text
 * reason of a suspension or revocation: an officer's words may name people, UU 27/2022; the certificate's readers see it).
 */
export interface VerifiedCertificate {
  id: string;
  number: string;
  status: CertificateEntity['status'];
  statusChangedAt: Date;
  schemeCode: string;
  schemeName: string;
  lspName: string;
  issueDate: string;
  validUntil: string;
  competencyUnits: string[];
  holderName: string;
  /** erased or restricted: the holder's name is withheld */
  nameWithheld: boolean;
}
/**
 * The certificates of a batch, by id (a credential's) or number, in one query of plain rows: no entity hydration for up to
 * 1,000 rows (dates as text, as the entity reads them).
 */
const VERIFICATION_QUERY = `
  SELECT id, number, status, status_changed_at AS "statusChangedAt", scheme_code AS "schemeCode",
         scheme_name AS "schemeName", lsp_name AS "lspName", issue_date::text AS "issueDate", valid_until::text AS "validUntil",
         competency_units AS "competencyUnits", holder_name AS "holderName",
         (erased_at IS NOT NULL OR processing_restricted_at IS NOT NULL) AS "nameWithheld"
    FROM certificates
   WHERE id = ANY($1::uuid[]) OR number = ANY($2::text[])`;
const MAX_CREDENTIAL_LENGTH = 32_000;
const FAILURE_REASON: Record<JwsFailure, string> = {
  MALFORMED: 'not a credential of this register: not a compact JWS signed with EdDSA',
  FOREIGN_ISSUER: 'signed by another issuer: only credentials of this register are verified here',
  UNKNOWN_KEY: 'signed with a key the issuer never published (not in its DID document)',
  TAMPERED: 'the signature does not match the content: the credential was altered after it was issued',
};

/**
 * Public verification, for anyone without a token: a certificate number, a whole credential (compact JWS) or a QR code's
 * content. The answer is the register's current status (the same the status lists publish) or NOT_GENUINE with the reason.
 * Never an error for a malformed or foreign credential: it is NOT_GENUINE (MALFORMED, FOREIGN_ISSUER, ...).
 */
@Injectable()
export class VerificationService {
  constructor(
    private readonly ds: DataSource,
    private readonly keys: IssuerKeysService,
  ) {}

  async verify(req: VerifyRequest, now = new Date()): Promise<VerificationOutcome> {
    return (await this.verifyMany([req], now))[0];
  }

  /** Up to {@link MAX_BATCH} verifications, answered in order; the certificates are read in one query. */
  async verifyMany(reqs: VerifyRequest[], now = new Date()): Promise<VerificationOutcome[]> {
    if (reqs.length < 1 || reqs.length > MAX_BATCH) new Violations().add('items', `needs 1 to ${MAX_BATCH} items`).throwIfAny();
    const staged = await Promise.all(reqs.map((r) => this.stage(r)));
    const ids = staged.flatMap((s) => ('id' in s ? [s.id] : []));
    const numbers = staged.flatMap((s) => ('number' in s ? [s.number] : []));
    const found: VerifiedCertificate[] =
      ids.length || numbers.length ? await this.ds.query(VERIFICATION_QUERY, [[...new Set(ids)], [...new Set(numbers)]]) : [];
    const byId = new Map(found.map((c) => [c.id, c]));
    const byNumber = new Map(found.map((c) => [c.number, c]));
    const today = todayWib(now);
    return staged.map((s) => {
      if ('outcome' in s) return s.outcome;
      const c = 'id' in s ? byId.get(s.id) : byNumber.get(s.number);
      if (!c)
        return notGenuine(
          'UNKNOWN_NUMBER',
          'id' in s ? 'signed by the issuer but not in the register' : 'no certificate with this number',
          s.kid,
        );
      return outcomeOf(c, s.kid, today);
    });
  }

  /** Checks the form (and the signature) of one request; what remains is the register lookup. */
  private async stage(
    r: VerifyRequest,
  ): Promise<{ outcome: VerificationOutcome } | { id: string; kid: string } | { number: string; kid: string }> {
    const target = verifyTarget(r);
    if (!target) return { outcome: notGenuine('MALFORMED', 'give exactly one of number, credential or qrContent', '') };
    if (target.kind === 'number') {
      const number = normalizeCertificateNumber(target.value);
      if (!CERTIFICATE_NUMBER_RE.test(number)) return { outcome: notGenuine('UNKNOWN_NUMBER', 'not a certificate number', '') };
      return { number, kid: '' };
    }
    if (target.value.length > MAX_CREDENTIAL_LENGTH) return { outcome: notGenuine('MALFORMED', FAILURE_REASON.MALFORMED, '') };
    const v = await this.keys.verifyCredentialId(target.value);
    if (!v.ok) return { outcome: notGenuine(v.failure, FAILURE_REASON[v.failure], v.kid) };
    const id = v.id.replace(/^urn:uuid:/, '');
    if (!isUuid(id)) return { outcome: notGenuine('MALFORMED', 'the credential names no certificate of this register', v.kid) };
    return { id, kid: v.kid };
  }
}

function notGenuine(reasonCode: string, reason: string, kid: string): VerificationOutcome {
  return { result: 'NOT_GENUINE', reasonCode, reason: `not genuine: ${reason}`, kid, holderNameMasked: '' };
}

function outcomeOf(c: VerifiedCertificate, kid: string, today: string): VerificationOutcome {
  const holderNameMasked = c.nameWithheld ? '' : maskName(c.holderName);
  const base = { kid, certificate: c, holderNameMasked };
  // the day as the platform counts days (WIB), like the issue date beside it; the officer's free-text reason is never
  // public (it may hold personal data, UU 27/2022), and revocations and suspensions have no coded reason: the date only
  const on = todayWib(c.statusChangedAt);
  switch (c.status) {
    case 'REVOKED':
      return { ...base, result: 'REVOKED', reasonCode: 'REVOKED', reason: `revoked on ${on}` };
    case 'SUSPENDED':
      return { ...base, result: 'SUSPENDED', reasonCode: 'SUSPENDED', reason: `suspended on ${on}` };
    case 'EXPIRED':
      return { ...base, result: 'EXPIRED', reasonCode: 'EXPIRED', reason: `expired: valid until ${c.validUntil}` };
    default:
      if (c.validUntil < today)
        return { ...base, result: 'EXPIRED', reasonCode: 'EXPIRED', reason: `expired: valid until ${c.validUntil}` };
      return { ...base, result: 'VALID', reasonCode: 'OK', reason: `valid until ${c.validUntil}, issued by ${c.lspName}` };
  }
}
