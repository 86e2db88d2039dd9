export {
  VacancyRegistered,
  type VacancyRegisteredData,
  VacancyPublished,
  type VacancyPublishedData,
  VacancyClosed,
  type VacancyClosedData,
  VacancyFilled,
  type VacancyFilledData,
  VacancyExpired,
  type VacancyExpiredData,
  type VacancyTransitionData,
} from '@siapkerja/contracts';
