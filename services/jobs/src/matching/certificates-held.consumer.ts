import { Injectable } from '@nestjs/common';
import { CERTIFICATE_EVENTS, type CertificateEventData } from '@siapkerja/contracts';
import { on, type EventEnvelope } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';
import type { EntityManager } from 'typeorm';

/**
 * Keeps `certificates_held` (migration 1763800000800) from Sertihub's certificate events, exactly once (inbox): one row per
 * certificate with its units, KBJI, status and validity, keyed by the holder's person id, for the CERTIFICATES component of
 * matching. Every event carries the whole status, so each one replaces the row, unless a newer event was applied already.
 */
@Injectable()
export class CertificatesHeldConsumer implements EventConsumer {
  readonly consumerName = 'certificates-held';

  handlers() {
    return CERTIFICATE_EVENTS.map((def) => on(def, (e, m) => applyCertificateEvent(m, e)));
  }
}

export async function applyCertificateEvent(m: Pick<EntityManager, 'query'>, e: EventEnvelope<CertificateEventData>): Promise<void> {
  const d = e.data;
  await m.query(
    `INSERT INTO certificates_held (certificate_id, person_id, number, scheme_code, competency_units, kbji_code, status, issue_date, valid_until, event_time)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (certificate_id) DO UPDATE SET
       person_id = EXCLUDED.person_id, number = EXCLUDED.number, scheme_code = EXCLUDED.scheme_code, competency_units = EXCLUDED.competency_units,
       kbji_code = EXCLUDED.kbji_code, status = EXCLUDED.status, issue_date = EXCLUDED.issue_date, valid_until = EXCLUDED.valid_until,
       event_time = EXCLUDED.event_time, updated_at = now()
     WHERE certificates_held.event_time <= EXCLUDED.event_time`,
    [
      d.certificateId,
      d.personId,
      d.number,
      d.schemeCode,
      d.competencyUnits,
      d.kbjiCode ?? '',
      d.status,
      d.issueDate,
      d.validUntil,
      new Date(d.occurredAt),
    ],
  );
}
