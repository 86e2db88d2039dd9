export { EnrolmentRegistered, EnrolmentTransitioned, type EnrolmentEventData } from '@siapkerja/contracts';
