export {
  ApplicationSubmitted,
  ApplicationTransitioned,
  type ApplicationEventData,
  PlacementRecorded,
  type PlacementRecordedData,
} from '@siapkerja/contracts';
