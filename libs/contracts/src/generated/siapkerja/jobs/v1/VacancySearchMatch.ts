// Original file: proto/siapkerja/jobs/v1/vacancy_search.proto

export const VacancySearchMatch = {
  VACANCY_SEARCH_MATCH_UNSPECIFIED: 'VACANCY_SEARCH_MATCH_UNSPECIFIED',
  VACANCY_SEARCH_MATCH_FULL_TEXT: 'VACANCY_SEARCH_MATCH_FULL_TEXT',
  VACANCY_SEARCH_MATCH_TYPO_TOLERANT: 'VACANCY_SEARCH_MATCH_TYPO_TOLERANT',
} as const;

export type VacancySearchMatch =
  | 'VACANCY_SEARCH_MATCH_UNSPECIFIED'
  | 0
  | 'VACANCY_SEARCH_MATCH_FULL_TEXT'
  | 1
  | 'VACANCY_SEARCH_MATCH_TYPO_TOLERANT'
  | 2

export type VacancySearchMatch__Output = typeof VacancySearchMatch[keyof typeof VacancySearchMatch]
