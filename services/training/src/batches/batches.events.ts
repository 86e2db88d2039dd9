export { BatchCancelled, BatchCompleted, BatchOpened, BatchScheduled, BatchStarted, type BatchEventData } from '@siapkerja/contracts';
