import { Injectable } from '@nestjs/common';
import { ERASED_NAME, ERASED_TEXT, erasedNikSql, PersonRequestsConsumer, type PersonRequestTx } from '@siapkerja/privacy';

/**
 * Carries out a person's data-subject requests (UU 27/2022) that the gateway publishes, exactly once (inbox):
 * - erasure: the holder's NIK and name on every certificate and assessment of the person are pseudonymised, and free-text
 *   reasons (which may name him) replaced; the certificate itself stays (number, scheme, units, validity, status, person id): it is still
 *   verifiable, answering that the holder's data was erased;
 * - restriction: the certificates are kept but marked, and verification no longer discloses the holder's (masked) name; the
 *   restriction is remembered per person (person_privacy), so certificates issued to him later are marked too.
 * Both times are remembered per person, also before he holds a certificate here (the export states them), under the
 * per-person lock that an issue takes too: a certificate issued concurrently is either seen by the update that follows or
 * sees the restriction.
 */
@Injectable()
export class CertificatesPrivacyConsumer extends PersonRequestsConsumer {
  readonly consumerName = 'certificates-privacy';
  protected override readonly remembersRequests = true;

  protected erase(m: PersonRequestTx, personId: string, at: Date) {
    return eraseHolder(m, personId, at);
  }

  protected override async restrict(m: PersonRequestTx, personId: string, at: Date) {
    await m.query(
      `UPDATE certificates SET processing_restricted_at = COALESCE(processing_restricted_at, $2), updated_at = now() WHERE person_id = $1`,
      [personId, at],
    );
  }
}

/** Pseudonymises one person's certificates in place; idempotent. Answers how many certificates it changed. */
export async function eraseHolder(m: PersonRequestTx, personId: string, at: Date): Promise<number> {
  await m.query(
    `UPDATE certificate_status_changes h SET reason = $2
       FROM certificates c WHERE c.id = h.certificate_id AND c.person_id = $1 AND c.erased_at IS NULL AND h.reason <> ''`,
    [personId, ERASED_TEXT],
  );
  const [, affected]: [unknown, number] = await m.query(
    `UPDATE certificates SET
        holder_nik = ${erasedNikSql()},
        holder_name = $3,
        status_reason = CASE WHEN status_reason = '' THEN '' ELSE $4 END,
        erased_at = $2, updated_at = now()
      WHERE person_id = $1 AND erased_at IS NULL`,
    [personId, at, ERASED_NAME, ERASED_TEXT],
  );
  // his applications (APL.01) hold the same NIK and name: pseudonymised alike (the person id and the outcome stay)
  await m.query(
    `UPDATE assessments SET applicant_nik = ${erasedNikSql()}, applicant_name = $2, updated_at = now()
      WHERE person_id = $1 AND applicant_nik NOT LIKE 'X%'`,
    [personId, ERASED_NAME],
  );
  return affected;
}
