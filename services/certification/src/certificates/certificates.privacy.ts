import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonErasureRequested, PersonProcessingRestricted } from '@siapkerja/contracts';
import { on } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';

/** What an erased holder's name becomes, and what a free-text reason that may name him becomes. */
export const ERASED_NAME = 'Dihapus (UU 27/2022)';
export const ERASED_TEXT = '(dihapus, UU 27/2022)';

/**
 * Carries out a person's data-subject requests (UU 27/2022) that the gateway publishes, exactly once (inbox):
 * - erasure: the holder's NIK and name on every certificate of the person are pseudonymised, and free-text reasons (which may
 *   name him) replaced; the certificate itself stays (number, scheme, units, validity, status, person id): it is still
 *   verifiable, answering that the holder's data was erased;
 * - restriction: the certificates are kept but marked, and verification no longer discloses the holder's (masked) name.
 * A person without certificates here is nothing to do.
 */
@Injectable()
export class CertificatesPrivacyConsumer implements EventConsumer {
  readonly consumerName = 'certificates-privacy';

  handlers() {
    return [
      on(PersonErasureRequested, async (e, m) => {
        await eraseHolder(m, e.data.personId, new Date(e.data.requestedAt));
      }),
      on(PersonProcessingRestricted, async (e, m) => {
        await m.query(
          `UPDATE certificates SET processing_restricted_at = COALESCE(processing_restricted_at, $2), updated_at = now() WHERE person_id = $1`,
          [e.data.personId, new Date(e.data.restrictedAt)],
        );
      }),
    ];
  }
}

/** Pseudonymises one person's certificates in place; idempotent. Answers how many certificates it changed. */
export async function eraseHolder(m: Pick<EntityManager, 'query'>, personId: string, at: Date): Promise<number> {
  await m.query(
    `UPDATE certificate_status_changes h SET reason = $2
       FROM certificates c WHERE c.id = h.certificate_id AND c.person_id = $1 AND c.erased_at IS NULL AND h.reason <> ''`,
    [personId, ERASED_TEXT],
  );
  const [, affected]: [unknown, number] = await m.query(
    `UPDATE certificates SET
        -- a unique 16-character stand-in that can never be a NIK (NIKs are digits)
        holder_nik = 'X' || substr(replace(id::text, '-', ''), 1, 15),
        holder_name = $3,
        status_reason = CASE WHEN status_reason = '' THEN '' ELSE $4 END,
        erased_at = $2, updated_at = now()
      WHERE person_id = $1 AND erased_at IS NULL`,
    [personId, at, ERASED_NAME, ERASED_TEXT],
  );
  return affected;
}
