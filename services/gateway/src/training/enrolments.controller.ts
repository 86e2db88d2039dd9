import type { trainingV1 } from '@siapkerja/contracts';
import { toEnrolmentDto as toEnrolmentView, type EnrolmentDto } from '../generated/training.views';

/**
 * The enrolment routes are generated (proto/siapkerja/training/v1/training.proto): the training service decides who sees
 * and moves an enrolment, masks it for the caller, checks X-Purpose and logs the reads it answers unmasked. The data
 * export shows enrolments with the same view (its second argument, from when the gateway masked, is ignored).
 */
export const toEnrolmentDto = (e: trainingV1.Enrolment__Output, _unmaskedByCaller?: boolean): EnrolmentDto => toEnrolmentView(e);
