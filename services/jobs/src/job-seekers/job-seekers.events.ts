export {
  JobSeekerRegistered, type JobSeekerRegisteredData,
  JobSeekerCardIssued, type JobSeekerCardIssuedData,
  JobSeekerReported, type JobSeekerReportedData,
  JobSeekerPlaced, type JobSeekerPlacedData,
  JobSeekerRemoved, type JobSeekerRemovedData,
  JobSeekerExpired, type JobSeekerExpiredData,
  type JobSeekerFactsData,
} from '@siapkerja/contracts';
