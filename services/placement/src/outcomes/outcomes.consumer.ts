import { canonicalRegionCode, isRegionCode } from '@siapkerja/codes';
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
import { EventChecks, kbjiOrUnknown, MAX_POSITIONS } from '../archive/event-guard';

/** SKKNI unit codes as given (texts, once each): at most 500 of at most 50 characters. */
function unitsOf(c: EventChecks, v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.length > 500) c.fail('competencyUnits', 'must be a list of at most 500 unit codes');
  const units = (v as unknown[]).map((u, i) => c.text(u, `competencyUnits[${i}]`));
  if (units.some((u) => u.length > 50)) c.fail('competencyUnits', 'must hold unit codes of at most 50 characters');
  return [...new Set(units)];
}

async function recordOutcome(m: EntityManager, type: string, d: TrainingOutcomeData): Promise<void> {
  // checked first (archive/event-guard.ts): an outcome that cannot be counted is dead-lettered with its reason
  const c = new EventChecks(type);
  const outcomeDate = c.date(d.outcomeDate, 'outcomeDate');
  const values = [
    c.uuid(d.enrolmentId, 'enrolmentId'),
    c.personId(d.personId, 'personId'),
    c.uuid(d.providerId, 'providerId'),
    c.uuid(d.programId, 'programId'),
    c.text(d.programTitle, 'programTitle', true),
  ];
  // the batch's region in its canonical form (the producer may send ' 33.73' or '3373' for 33.73)
  const region = c.regency(d.regionCode, 'regionCode');
  await m.query(
    `INSERT INTO training_outcomes (enrolment_id, person_id, provider_id, program_id, program_title, region_code, province_code, kbji_code,
                                    competency_units, scheme_id, outcome, outcome_date, cohort_month)
     VALUES ($1::uuid, CASE WHEN EXISTS (SELECT 1 FROM person_erasures WHERE person_id = $2) THEN 'erased:' || $1::uuid::text ELSE $2 END,
             $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (enrolment_id) DO UPDATE SET outcome = EXCLUDED.outcome, outcome_date = EXCLUDED.outcome_date, cohort_month = EXCLUDED.cohort_month`,
    [
      ...values,
      region,
      region.slice(0, 2),
      kbjiOrUnknown(d.kbjiCode),
      unitsOf(c, d.competencyUnits),
      d.certificationSchemeId ? c.text(d.certificationSchemeId, 'certificationSchemeId') : '',
      c.oneOf(d.outcome, ['COMPLETED', 'FAILED', 'DROPPED_OUT'], 'outcome'),
      outcomeDate,
      outcomeDate.slice(0, 7),
    ],
  );
}

async function recordCertificate(m: EntityManager, type: string, d: CertificateEventData): Promise<void> {
  const c = new EventChecks(type);
  await m.query(
    `INSERT INTO certificates_seen (certificate_id, person_id, scheme_id, scheme_code, competency_units, kbji_code, issue_date, status)
     VALUES ($1::uuid, CASE WHEN EXISTS (SELECT 1 FROM person_erasures WHERE person_id = $2) THEN 'erased:' || $1::uuid::text ELSE $2 END, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (certificate_id) DO UPDATE SET status = EXCLUDED.status`,
    [
      c.uuid(d.certificateId, 'certificateId'),
      c.personId(d.personId, 'personId'),
      c.text(d.schemeId, 'schemeId'),
      c.text(d.schemeCode, 'schemeCode'),
      unitsOf(c, d.competencyUnits),
      kbjiOrUnknown(d.kbjiCode),
      c.date(d.issueDate, 'issueDate'),
      c.oneOf(d.status, ['VALID', 'SUSPENDED', 'REVOKED', 'EXPIRED'], 'status'),
    ],
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
      on(TrainingCompleted, (e, m) => recordOutcome(m, e.type, e.data)),
      on(TrainingFailed, (e, m) => recordOutcome(m, e.type, e.data)),
      on(TrainingDroppedOut, (e, m) => recordOutcome(m, e.type, e.data)),
      on(EnrolmentRegistered, async (e, m) => {
        const c = new EventChecks(e.type);
        await m.query(`INSERT INTO enrolment_starts (enrolment_id, started_on) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
          c.uuid(e.data.enrolmentId, 'enrolmentId'),
          c.time(e.data.occurredAt, 'occurredAt').slice(0, 10),
        ]);
      }),
      on(CertificateIssued, (e, m) => recordCertificate(m, e.type, e.data)),
      on(CertificateSuspended, (e, m) => recordCertificate(m, e.type, e.data)),
      on(CertificateReinstated, (e, m) => recordCertificate(m, e.type, e.data)),
      on(CertificateRevoked, (e, m) => recordCertificate(m, e.type, e.data)),
      on(CertificateExpired, (e, m) => recordCertificate(m, e.type, e.data)),
      on(ProgramPublished, async (e, m) => {
        const d = e.data;
        const c = new EventChecks(e.type);
        const region = typeof d.regionCode === 'string' ? canonicalRegionCode(d.regionCode) : '';
        if (!isRegionCode(region)) c.fail('regionCode', 'must be an existing region code');
        const values = [
          c.uuid(d.programId, 'programId'),
          c.text(d.title, 'title'),
          region,
          kbjiOrUnknown(d.kbjiCode),
          d.capacity === undefined || d.capacity === null ? 0 : c.int(d.capacity, 'capacity', 0, MAX_POSITIONS),
          c.time(d.publishedAt, 'publishedAt'),
        ];
        await m.query(
          `INSERT INTO programs_seen (program_id, title, region_code, kbji_code, capacity, published_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (program_id) DO UPDATE SET title = EXCLUDED.title, region_code = EXCLUDED.region_code, kbji_code = EXCLUDED.kbji_code,
             capacity = EXCLUDED.capacity, withdrawn = false`,
          values,
        );
      }),
      on(ProgramWithdrawn, async (e, m) => {
        await m.query(`UPDATE programs_seen SET withdrawn = true WHERE program_id = $1`, [
          new EventChecks(e.type).uuid(e.data.programId, 'programId'),
        ]);
      }),
    ];
  }
}
