import { Injectable } from '@nestjs/common';
import { ERASED_NAME, ERASED_TEXT, erasedNikSql, PersonRequestsConsumer, type PersonRequestTx } from '@siapkerja/privacy';

/**
 * Carries out a person's data-subject requests (UU 27/2022) that the gateway publishes, exactly once (inbox):
 * - erasure: the personal fields of the job seeker are pseudonymised (NIK, name, birth place, day and month of birth,
 *   address line, postal code, phone, e-mail, institutions and employers of the history); what the statistics need stays
 *   (person id, regency, sex, year of birth, education level, skills, wanted occupations, states and dates);
 * - restriction: the seeker is kept but marked, and matching and listings leave it out.
 * A person without a job-seeker profile here is nothing to do.
 */
@Injectable()
export class JobSeekersPrivacyConsumer extends PersonRequestsConsumer {
  readonly consumerName = 'job-seekers-privacy';

  protected erase(m: PersonRequestTx, personId: string, at: Date) {
    return eraseJobSeeker(m, personId, at);
  }

  protected override async restrict(m: PersonRequestTx, personId: string, at: Date) {
    await m.query(
      `UPDATE job_seekers SET processing_restricted_at = COALESCE(processing_restricted_at, $2), updated_at = now() WHERE person_id = $1`,
      [personId, at],
    );
  }
}

/** Pseudonymises one person's job-seeker profile in place; idempotent. */
export async function eraseJobSeeker(m: PersonRequestTx, personId: string, at: Date): Promise<number> {
  const [, affected]: [unknown, number] = await m.query(
    `UPDATE job_seekers SET
        nik = ${erasedNikSql()},
        name = $3, birth_place = '',
        birth_date = make_date(extract(year FROM birth_date)::int, 7, 1),
        address_line = '', postal_code = '', phone = '', email = '',
        removal_reason = CASE WHEN removal_reason IS NULL THEN NULL ELSE $4 END,
        education = COALESCE((SELECT jsonb_agg(jsonb_set(jsonb_set(x, '{institution}', '""'), '{major}', '""')) FROM jsonb_array_elements(education) x), '[]'::jsonb),
        experience = COALESCE((SELECT jsonb_agg(jsonb_set(x, '{employer}', '""')) FROM jsonb_array_elements(experience) x), '[]'::jsonb),
        request_id = NULL, request_hash = NULL, erased_at = $2, updated_at = now()
      WHERE person_id = $1 AND erased_at IS NULL`,
    [personId, at, ERASED_NAME, ERASED_TEXT],
  );
  return affected;
}
