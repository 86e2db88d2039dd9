import type { BatchStateValue } from './batch.entity';

/**
 * Each state and the states it may become: PLANNED -> OPEN -> SELECTION -> RUNNING -> FINISHED (OPEN -> RUNNING when no
 * selection is held); CANCELLED from PLANNED, OPEN or SELECTION. FINISHED and CANCELLED are final.
 */
export const BATCH_TRANSITIONS: Record<BatchStateValue, readonly BatchStateValue[]> = {
  PLANNED: ['OPEN', 'CANCELLED'],
  OPEN: ['SELECTION', 'RUNNING', 'CANCELLED'],
  SELECTION: ['RUNNING', 'CANCELLED'],
  RUNNING: ['FINISHED'],
  FINISHED: [],
  CANCELLED: [],
};

export function batchTransitionAllowed(from: BatchStateValue, to: BatchStateValue): boolean {
  return BATCH_TRANSITIONS[from].includes(to);
}

/** Why a move is refused, naming what the batch can still become. */
export function batchTransitionRefusal(id: string, from: BatchStateValue, to: string): string {
  const allowed = BATCH_TRANSITIONS[from];
  return `Batch ${id} is ${from}: it cannot become ${to} (${allowed.length ? `it can become ${allowed.join(', ')}` : 'it is final'})`;
}

/** Participants are selected (accepted, waitlisted, rejected, scored) while the batch is OPEN or in SELECTION. */
export const selecting = (s: BatchStateValue) => s === 'OPEN' || s === 'SELECTION';
/** Attendance and outcomes are recorded once the training runs, and after it finished. */
export const training = (s: BatchStateValue) => s === 'RUNNING' || s === 'FINISHED';

/** The sessions of a batch when none are given: one per day from start to end. */
export function dailySessions(startDate: string, endDate: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${startDate}T00:00:00Z`); t <= Date.parse(`${endDate}T00:00:00Z`); t += 86400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
