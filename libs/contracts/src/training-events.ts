import { defineEvent } from '@siapkerja/events';
import type { BatchEventData, ProgramPublishedData } from './events';

/*
 * Skillhub events beyond those in events.ts (issue 11). They travel on the same topics as the aggregate's other events,
 * keyed by its id, so they stay ordered.
 */

/** A published program's catalogue fields changed (UpdateProgram): the whole current view, like ProgramPublished. */
export interface ProgramUpdatedData extends ProgramPublishedData {
  providerId: string;
  /** OFFLINE, ONLINE or BLENDED */
  mode: string;
  certificationSchemeId: string;
  updatedAt: string;
}
export const ProgramUpdated = defineEvent<ProgramUpdatedData>('siapkerja.training.program.v1', 'siapkerja.training.program.updated');

/** Registration closed and selection started (OPEN -> SELECTION). */
export const BatchSelectionStarted = defineEvent<BatchEventData>(
  'siapkerja.training.batch.v1',
  'siapkerja.training.batch.selection-started',
);
