export { PlacementRecorded, type PlacementRecordedData } from '@siapkerja/contracts';
