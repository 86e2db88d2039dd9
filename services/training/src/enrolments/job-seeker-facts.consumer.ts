import { Injectable } from '@nestjs/common';
import {
  JobSeekerCardIssued,
  JobSeekerExpired,
  JobSeekerPlaced,
  JobSeekerRegistered,
  JobSeekerRemoved,
  JobSeekerReported,
  type JobSeekerFactsData,
} from '@siapkerja/contracts';
import { canonicalRegionCode } from '@siapkerja/codes';
import { on, type EventDefinition, type EventEnvelope } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';
import type { EntityManager } from 'typeorm';

/** Keeps the latest state, education and regency of each job seeker (by person id): eligibility rules read them. */
async function upsert(m: EntityManager, e: EventEnvelope<JobSeekerFactsData>): Promise<void> {
  const d = e.data;
  await m.query(
    `INSERT INTO job_seeker_facts (person_id, state, education_level, region_code, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (person_id) DO UPDATE SET state = $2, education_level = $3, region_code = $4, updated_at = $5
       WHERE job_seeker_facts.updated_at <= $5`,
    // the regency as the code list writes it, whatever form the producer sent (' 33.73', '3373' are 33.73)
    [d.personId, d.state, d.educationLevel, canonicalRegionCode(d.regionCode), e.time],
  );
}

/** Karirhub's job-seeker facts as training needs them (inbox-idempotent; the newest event wins). */
@Injectable()
export class JobSeekerFactsConsumer implements EventConsumer {
  readonly consumerName = 'job-seeker-facts';

  handlers() {
    const defs = [JobSeekerRegistered, JobSeekerCardIssued, JobSeekerReported, JobSeekerPlaced, JobSeekerRemoved, JobSeekerExpired];
    return defs.map((def) => on(def as EventDefinition<JobSeekerFactsData>, (e, m) => upsert(m, e)));
  }
}
