export { ProgramPublished, SchemeRegistered, TkmGroupRegistered, VacancyRegistered } from '@siapkerja/contracts';
