export { ProgramPublished, ProgramUpdated, ProgramWithdrawn, type ProgramPublishedData } from '@siapkerja/contracts';
