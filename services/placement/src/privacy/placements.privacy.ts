import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertMayExportPersonData } from '@siapkerja/authz';
import { PersonRequestsConsumer, type PersonRequestTx } from '@siapkerja/privacy';
import { lockPersons } from '../placements/placements.recorder';

/** The stand-in person id of an unlinked placement: unique per placement, never a person id (they have no ':'). */
export const UNLINKED_PERSON_SQL = `'erased:' || placement_id::text`;

/**
 * Carries out the erasure a person asked for (UU 27/2022), exactly once (inbox): his placements stay in the statistics
 * (regency, month, channel, sex, education, age band, employer) but are unlinked from him. Restriction of processing
 * does not change the statistics (processing for statistics stays lawful), so it has nothing to do here.
 */
@Injectable()
export class PlacementsPrivacyConsumer extends PersonRequestsConsumer {
  readonly consumerName = 'placements-privacy';

  protected async erase(m: PersonRequestTx, personId: string, at: Date) {
    // the person's writer lock (placements.recorder.ts): a batch recording his placements meanwhile either commits first
    // (and is unlinked here) or reads his erasure afterwards (and unlinks them itself); without it, a batch that read
    // person_erasures before this commits inserted placements this UPDATE did not see, and they stayed linked
    await lockPersons(m, [personId]);
    await m.query(
      `WITH u AS (UPDATE placements SET person_id = ${UNLINKED_PERSON_SQL} WHERE person_id = $1 RETURNING 1)
       INSERT INTO person_erasures (person_id, erased_at, placements_unlinked) SELECT $1, $2, count(*) FROM u
       ON CONFLICT (person_id) DO UPDATE SET placements_unlinked = person_erasures.placements_unlinked + EXCLUDED.placements_unlinked`,
      [personId, at],
    );
    // the link-and-match read models keep counting him, unlinked the same way
    await m.query(`UPDATE training_outcomes SET person_id = 'erased:' || enrolment_id::text WHERE person_id = $1`, [personId]);
    await m.query(`UPDATE certificates_seen SET person_id = 'erased:' || certificate_id::text WHERE person_id = $1`, [personId]);
    await m.query(`UPDATE ipk_job_seekers SET person_id = 'erased:' || job_seeker_id::text WHERE person_id = $1`, [personId]);
  }
}

export interface PersonPlacementRow {
  application_id: string;
  vacancy_id: string;
  employer_id: string;
  employer_type: string;
  kbji_code: string;
  kbli_main_group: string;
  region_code: string;
  work_region_code: string;
  overseas: boolean;
  channel: string;
  month: string;
  placed_at: Date;
}

/** What the placement service holds about one person: his placements (right of access), and when they were unlinked. */
@Injectable()
export class PlacementsPersonData {
  constructor(private readonly ds: DataSource) {}

  async export(personId: string): Promise<{ placements: PersonPlacementRow[]; erasedAt?: Date }> {
    assertMayExportPersonData(personId);
    const [placements, erasures] = await Promise.all([
      this.ds.query(
        `SELECT coalesce(application_id::text, '') AS application_id, coalesce(vacancy_id::text, '') AS vacancy_id, coalesce(employer_id::text, employer_key) AS employer_id,
                employer_type, kbji_code, kbli_main_group, region_code, work_region_code, overseas, channel, month, placed_at
           FROM placements WHERE person_id = $1 ORDER BY placed_at, placement_id`,
        [personId],
      ) as Promise<PersonPlacementRow[]>,
      this.ds.query(`SELECT erased_at FROM person_erasures WHERE person_id = $1`, [personId]) as Promise<{ erased_at: Date }[]>,
    ]);
    return { placements, ...(erasures[0] ? { erasedAt: erasures[0].erased_at } : {}) };
  }
}
