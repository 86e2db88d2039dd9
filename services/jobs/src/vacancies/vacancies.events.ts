export { VacancyRegistered, type VacancyRegisteredData } from '@siapkerja/contracts';
