export {
  PlacementRecorded,
  type PlacementRecordedData,
  SelfEmploymentPlacementRecorded,
  type SelfEmploymentPlacementData,
} from '@siapkerja/contracts';
