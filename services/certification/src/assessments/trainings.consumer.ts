import { Injectable } from '@nestjs/common';
import { TrainingCompleted } from '@siapkerja/contracts';
import { on } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';
import { AssessmentsService } from './assessments.service';

/**
 * Skillhub's TrainingCompleted, exactly once (inbox): the completed training is kept per person id (for the training
 * prerequisite of schemes), and the person's NOT_ELIGIBLE assessments it now satisfies become ELIGIBLE, with the training
 * named as the reason. The enrolment id (primary key) also guards a replay of the topic.
 */
@Injectable()
export class TrainingsConsumer implements EventConsumer {
  readonly consumerName = 'certification-trainings';

  constructor(private readonly assessments: AssessmentsService) {}

  handlers() {
    return [
      on(TrainingCompleted, async (e, m) => {
        const d = e.data;
        await m.query(
          `INSERT INTO completed_trainings (enrolment_id, person_id, program_id, program_title, competency_units, certification_scheme_id, outcome_date)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (enrolment_id) DO NOTHING`,
          [d.enrolmentId, d.personId, d.programId, d.programTitle, d.competencyUnits ?? [], d.certificationSchemeId ?? '', d.outcomeDate],
        );
        await this.assessments.reevaluate(m, d.personId);
      }),
    ];
  }
}
