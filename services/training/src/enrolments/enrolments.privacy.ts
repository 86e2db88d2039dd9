import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { on } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';
import { PersonErasureRequested, PersonProcessingRestricted } from './enrolments.events';

/**
 * Carries out a person's data-subject requests (UU 27/2022) that the gateway publishes, exactly once (inbox):
 * - erasure: the personal fields of every enrolment of the person are pseudonymised (NIK, name, day and month of birth,
 *   the notes of their history, the client's request id); what the statistics need stays (person id, sex, year of birth,
 *   batch, program, region, states and dates);
 * - restriction: the person's enrolments are marked, and nobody registers him on his behalf or selects him any more.
 * Both are remembered per person (person_privacy), also for a person with no enrolment here yet.
 */
@Injectable()
export class EnrolmentsPrivacyConsumer implements EventConsumer {
  readonly consumerName = 'enrolments-privacy';

  handlers() {
    return [
      on(PersonErasureRequested, async (e, m) => {
        await eraseEnrolments(m, e.data.personId, new Date(e.data.requestedAt));
      }),
      on(PersonProcessingRestricted, async (e, m) => {
        await restrictProcessing(m, e.data.personId, new Date(e.data.restrictedAt));
      }),
    ];
  }
}

/** Pseudonymises one person's enrolments in place and remembers the erasure; idempotent. Returns the enrolments changed. */
export async function eraseEnrolments(m: Pick<EntityManager, 'query'>, personId: string, at: Date): Promise<number> {
  await m.query(
    `INSERT INTO person_privacy (person_id, erased_at) VALUES ($1, $2)
     ON CONFLICT (person_id) DO UPDATE SET erased_at = COALESCE(person_privacy.erased_at, EXCLUDED.erased_at), updated_at = now()`,
    [personId, at],
  );
  const [, affected]: [unknown, number] = await m.query(
    `UPDATE enrolments SET
        -- a unique 16-character stand-in that can never be a NIK (NIKs are digits)
        nik = 'X' || substr(replace(id::text, '-', ''), 1, 15),
        name = 'Dihapus (UU 27/2022)',
        birth_date = make_date(extract(year FROM birth_date)::int, 7, 1),
        request_id = NULL, erased_at = $2, updated_at = now()
      WHERE person_id = $1 AND erased_at IS NULL`,
    [personId, at],
  );
  // free-text notes of the history may name the person
  await m.query(
    `UPDATE enrolment_transitions SET note = '' WHERE note <> '' AND enrolment_id IN (SELECT id FROM enrolments WHERE person_id = $1)`,
    [personId],
  );
  return affected;
}

/** Marks the person restricted (person_privacy and each enrolment, first time kept); idempotent. */
export async function restrictProcessing(m: Pick<EntityManager, 'query'>, personId: string, at: Date): Promise<void> {
  await m.query(
    `INSERT INTO person_privacy (person_id, processing_restricted_at) VALUES ($1, $2)
     ON CONFLICT (person_id) DO UPDATE SET processing_restricted_at = COALESCE(person_privacy.processing_restricted_at, EXCLUDED.processing_restricted_at), updated_at = now()`,
    [personId, at],
  );
  await m.query(
    `UPDATE enrolments SET processing_restricted_at = $2, updated_at = now() WHERE person_id = $1 AND processing_restricted_at IS NULL`,
    [personId, at],
  );
}
