import { Injectable } from '@nestjs/common';
import { TrainingCompleted } from '@siapkerja/contracts';
import { on } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';

/**
 * Keeps the Skillhub trainings each person completed (TrainingCompleted), for the programs that require one of their
 * members. Inbox-idempotent (the inbox records the event id in the same transaction); the enrolment id as primary key
 * guards a replay of the topic as well.
 */
@Injectable()
export class CompletedTrainingsConsumer implements EventConsumer {
  readonly consumerName = 'completed-trainings';

  handlers() {
    return [
      on(TrainingCompleted, async (e, m) => {
        const d = e.data;
        await m.query(
          `INSERT INTO tkm_completed_trainings (enrolment_id, person_id, program_id, outcome_date) VALUES ($1, $2, $3, $4)
           ON CONFLICT (enrolment_id) DO NOTHING`,
          [d.enrolmentId, d.personId, d.programId, d.outcomeDate],
        );
      }),
    ];
  }
}
