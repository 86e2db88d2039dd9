export {
  EnrolmentRegistered,
  EnrolmentTransitioned,
  PersonErasureRequested,
  PersonProcessingRestricted,
  type EnrolmentEventData,
} from '@siapkerja/contracts';
