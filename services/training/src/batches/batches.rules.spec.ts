import { batchTransitionAllowed, batchTransitionRefusal, dailySessions, selecting, training } from './batches.rules';

describe('batch rules', () => {
  it('follows PLANNED -> OPEN -> SELECTION -> RUNNING -> FINISHED, cancelling before the training runs', () => {
    expect(batchTransitionAllowed('PLANNED', 'OPEN')).toBe(true);
    expect(batchTransitionAllowed('OPEN', 'SELECTION')).toBe(true);
    expect(batchTransitionAllowed('OPEN', 'RUNNING')).toBe(true);
    expect(batchTransitionAllowed('SELECTION', 'RUNNING')).toBe(true);
    expect(batchTransitionAllowed('RUNNING', 'FINISHED')).toBe(true);
    for (const s of ['PLANNED', 'OPEN', 'SELECTION'] as const) expect(batchTransitionAllowed(s, 'CANCELLED')).toBe(true);
    expect(batchTransitionAllowed('RUNNING', 'CANCELLED')).toBe(false);
    expect(batchTransitionAllowed('PLANNED', 'RUNNING')).toBe(false);
    expect(batchTransitionAllowed('FINISHED', 'OPEN')).toBe(false);
    expect(batchTransitionRefusal('b', 'CANCELLED', 'OPEN')).toBe('Batch b is CANCELLED: it cannot become OPEN (it is final)');
    expect(batchTransitionRefusal('b', 'PLANNED', 'RUNNING')).toContain('it can become OPEN, CANCELLED');
  });

  it('selects while OPEN or SELECTION, records training while RUNNING or FINISHED', () => {
    expect(['PLANNED', 'OPEN', 'SELECTION', 'RUNNING'].map((s) => selecting(s as never))).toEqual([false, true, true, false]);
    expect(['SELECTION', 'RUNNING', 'FINISHED', 'CANCELLED'].map((s) => training(s as never))).toEqual([false, true, true, false]);
  });

  it('makes one session a day by default', () => {
    expect(dailySessions('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});
