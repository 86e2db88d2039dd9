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
 * - restriction: the certificates are kept but marked, and verification no longer discloses the holder's (masked) name; the
 *   restriction is remembered per person (person_privacy), so certificates issued to him later are marked too.
 * Both times are remembered per person, also before he holds a certificate here (the export states them).
 */
@Injectable()
export class CertificatesPrivacyConsumer implements EventConsumer {
  readonly consumerName = 'certificates-privacy';

  handlers() {
    return [
      on(PersonErasureRequested, async (e, m) => {
        await remember(m, e.data.personId, 'erased_at', new Date(e.data.requestedAt));
        await eraseHolder(m, e.data.personId, new Date(e.data.requestedAt));
      }),
      on(PersonProcessingRestricted, async (e, m) => {
        await remember(m, e.data.personId, 'processing_restricted_at', new Date(e.data.restrictedAt));
        await m.query(
          `UPDATE certificates SET processing_restricted_at = COALESCE(processing_restricted_at, $2), updated_at = now() WHERE person_id = $1`,
          [e.data.personId, new Date(e.data.restrictedAt)],
        );
      }),
    ];
  }
}

/**
 * Records a request in person_privacy (the first time stays), under the per-person lock that an issue takes too: a certificate
 * issued concurrently is either seen by the update that follows or sees the restriction.
 */
async function remember(
  m: Pick<EntityManager, 'query'>,
  personId: string,
  column: 'erased_at' | 'processing_restricted_at',
  at: Date,
): Promise<void> {
  await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`person-privacy:${personId}`]);
  await m.query(
    `INSERT INTO person_privacy (person_id, ${column}) VALUES ($1, $2)
     ON CONFLICT (person_id) DO UPDATE SET ${column} = COALESCE(person_privacy.${column}, EXCLUDED.${column}), updated_at = now()`,
    [personId, at],
  );
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
