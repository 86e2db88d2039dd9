// Original file: proto/siapkerja/jobs/v1/vacancy_search.proto

export const VacancySearchSort = {
  VACANCY_SEARCH_SORT_UNSPECIFIED: 'VACANCY_SEARCH_SORT_UNSPECIFIED',
  VACANCY_SEARCH_SORT_RELEVANCE: 'VACANCY_SEARCH_SORT_RELEVANCE',
  VACANCY_SEARCH_SORT_DATE: 'VACANCY_SEARCH_SORT_DATE',
  VACANCY_SEARCH_SORT_WAGE: 'VACANCY_SEARCH_SORT_WAGE',
} as const;

export type VacancySearchSort =
  | 'VACANCY_SEARCH_SORT_UNSPECIFIED'
  | 0
  | 'VACANCY_SEARCH_SORT_RELEVANCE'
  | 1
  | 'VACANCY_SEARCH_SORT_DATE'
  | 2
  | 'VACANCY_SEARCH_SORT_WAGE'
  | 3

export type VacancySearchSort__Output = typeof VacancySearchSort[keyof typeof VacancySearchSort]
