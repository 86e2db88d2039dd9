export {
  BatchCancelled,
  BatchCompleted,
  BatchOpened,
  BatchScheduled,
  BatchSelectionStarted,
  BatchStarted,
  type BatchEventData,
} from '@siapkerja/contracts';
