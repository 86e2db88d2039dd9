import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonErasureRequested, PersonProcessingRestricted } from '@siapkerja/contracts';
import { on } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';

/**
 * Carries out a person's data-subject requests (UU 27/2022) that the gateway publishes, exactly once (inbox):
 * - erasure: the personal fields of the job seeker are pseudonymised (NIK, name, birth place, day and month of birth,
 *   address line, postal code, phone, e-mail, institutions and employers of the history); what the statistics need stays
 *   (person id, regency, sex, year of birth, education level, skills, wanted occupations, states and dates);
 * - restriction: the seeker is kept but marked, and matching and listings leave it out.
 * A person without a job-seeker profile here is nothing to do.
 */
@Injectable()
export class JobSeekersPrivacyConsumer implements EventConsumer {
  readonly consumerName = 'job-seekers-privacy';

  handlers() {
    return [
      on(PersonErasureRequested, async (e, m) => {
        await eraseJobSeeker(m, e.data.personId, new Date(e.data.requestedAt));
      }),
      on(PersonProcessingRestricted, async (e, m) => {
        await m.query(
          `UPDATE job_seekers SET processing_restricted_at = COALESCE(processing_restricted_at, $2), updated_at = now() WHERE person_id = $1`,
          [e.data.personId, new Date(e.data.restrictedAt)],
        );
      }),
    ];
  }
}

/** Pseudonymises one person's job-seeker profile in place; idempotent. */
export async function eraseJobSeeker(m: Pick<EntityManager, 'query'>, personId: string, at: Date): Promise<number> {
  const [, affected]: [unknown, number] = await m.query(
    `UPDATE job_seekers SET
        -- a unique 16-character stand-in that can never be a NIK (NIKs are digits)
        nik = 'X' || substr(replace(id::text, '-', ''), 1, 15),
        name = 'Dihapus (UU 27/2022)', birth_place = '',
        birth_date = make_date(extract(year FROM birth_date)::int, 7, 1),
        address_line = '', postal_code = '', phone = '', email = '',
        removal_reason = CASE WHEN removal_reason IS NULL THEN NULL ELSE '(dihapus, UU 27/2022)' END,
        education = COALESCE((SELECT jsonb_agg(jsonb_set(jsonb_set(x, '{institution}', '""'), '{major}', '""')) FROM jsonb_array_elements(education) x), '[]'::jsonb),
        experience = COALESCE((SELECT jsonb_agg(jsonb_set(x, '{employer}', '""')) FROM jsonb_array_elements(experience) x), '[]'::jsonb),
        request_id = NULL, erased_at = $2, updated_at = now()
      WHERE person_id = $1 AND erased_at IS NULL`,
    [personId, at],
  );
  return affected;
}
