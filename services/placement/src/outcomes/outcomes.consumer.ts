import { canonicalRegionCode } from '@siapkerja/codes';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CertificateExpired,
  CertificateIssued,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  EnrolmentRegistered,
  ProgramPublished,
  ProgramWithdrawn,
  TrainingCompleted,
  TrainingDroppedOut,
  TrainingFailed,
  type CertificateEventData,
  type TrainingOutcomeData,
} from '@siapkerja/contracts';
import { on, type EventHandler } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';
import { archived } from '../archive/archive';

async function recordOutcome(m: EntityManager, d: TrainingOutcomeData): Promise<void> {
  // the batch's region in its canonical form (the producer may send ' 33.73' or '3373' for 33.73)
  const region = canonicalRegionCode(d.regionCode);
  await m.query(
    `INSERT INTO training_outcomes (enrolment_id, person_id, provider_id, program_id, program_title, region_code, province_code, kbji_code,
                                    competency_units, scheme_id, outcome, outcome_date, cohort_month)
     VALUES ($1::uuid, CASE WHEN EXISTS (SELECT 1 FROM person_erasures WHERE person_id = $2) THEN 'erased:' || $1::uuid::text ELSE $2 END,
             $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (enrolment_id) DO UPDATE SET outcome = EXCLUDED.outcome, outcome_date = EXCLUDED.outcome_date, cohort_month = EXCLUDED.cohort_month`,
    [
      d.enrolmentId,
      d.personId,
      d.providerId,
      d.programId,
      d.programTitle,
      region,
      region.slice(0, 2),
      d.kbjiCode ?? '',
      d.competencyUnits ?? [],
      d.certificationSchemeId ?? '',
      d.outcome,
      d.outcomeDate,
      d.outcomeDate.slice(0, 7),
    ],
  );
}

async function recordCertificate(m: EntityManager, d: CertificateEventData): Promise<void> {
  await m.query(
    `INSERT INTO certificates_seen (certificate_id, person_id, scheme_id, scheme_code, competency_units, kbji_code, issue_date, status)
     VALUES ($1::uuid, CASE WHEN EXISTS (SELECT 1 FROM person_erasures WHERE person_id = $2) THEN 'erased:' || $1::uuid::text ELSE $2 END, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (certificate_id) DO UPDATE SET status = EXCLUDED.status`,
    [d.certificateId, d.personId, d.schemeId, d.schemeCode, d.competencyUnits ?? [], d.kbjiCode ?? '', d.issueDate, d.status],
  );
}

/**
 * Link-and-match read models: training outcomes (graduates, failures and drop-outs per provider, program, batch region and
 * cohort month), when each enrolment began (a certificate counts only if issued after), certificates and their status,
 * and the published programs (which occupations the region's providers teach). Archived with their effect (rebuild).
 */
@Injectable()
export class OutcomesConsumer implements EventConsumer {
  readonly consumerName = 'outcomes';

  handlers() {
    return archived(this.consumerName, this.appliers());
  }

  /** The effects without the archive (the rebuild from Kafka applies them to events it did not archive). */
  appliers(): EventHandler<any>[] {
    return [
      on(TrainingCompleted, (e, m) => recordOutcome(m, e.data)),
      on(TrainingFailed, (e, m) => recordOutcome(m, e.data)),
      on(TrainingDroppedOut, (e, m) => recordOutcome(m, e.data)),
      on(EnrolmentRegistered, async (e, m) => {
        await m.query(`INSERT INTO enrolment_starts (enrolment_id, started_on) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
          e.data.enrolmentId,
          e.data.occurredAt.slice(0, 10),
        ]);
      }),
      on(CertificateIssued, (e, m) => recordCertificate(m, e.data)),
      on(CertificateSuspended, (e, m) => recordCertificate(m, e.data)),
      on(CertificateReinstated, (e, m) => recordCertificate(m, e.data)),
      on(CertificateRevoked, (e, m) => recordCertificate(m, e.data)),
      on(CertificateExpired, (e, m) => recordCertificate(m, e.data)),
      on(ProgramPublished, async (e, m) => {
        const d = e.data;
        await m.query(
          `INSERT INTO programs_seen (program_id, title, region_code, kbji_code, capacity, published_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (program_id) DO UPDATE SET title = EXCLUDED.title, region_code = EXCLUDED.region_code, kbji_code = EXCLUDED.kbji_code,
             capacity = EXCLUDED.capacity, withdrawn = false`,
          [d.programId, d.title, canonicalRegionCode(d.regionCode), d.kbjiCode ?? '', d.capacity ?? 0, d.publishedAt],
        );
      }),
      on(ProgramWithdrawn, async (e, m) => {
        await m.query(`UPDATE programs_seen SET withdrawn = true WHERE program_id = $1`, [e.data.programId]);
      }),
    ];
  }
}
