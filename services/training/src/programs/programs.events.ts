export { ProgramPublished, type ProgramPublishedData } from '@siapkerja/contracts';
