// Original file: proto/siapkerja/jobs/v1/vacancy_search.proto

import type { Long } from '@grpc/proto-loader';

export interface VacancySearchHit {
  'id'?: (string);
  'employerId'?: (string);
  'employerName'?: (string);
  'positionName'?: (string);
  'kbjiCode'?: (string);
  'kbliCode'?: (string);
  'regionCode'?: (string);
  'numberNeeded'?: (number);
  'validFrom'?: (string);
  'validUntil'?: (string);
  'minEducation'?: (string);
  'employmentType'?: (string);
  'overseas'?: (boolean);
  'destinationCountry'?: (string);
  'skills'?: (string)[];
  'wageMin'?: (number | string | Long);
  'wageMax'?: (number | string | Long);
  'wageHidden'?: (boolean);
  'publishTime'?: (string);
  'snippet'?: (string);
  'score'?: (number | string);
}

export interface VacancySearchHit__Output {
  'id': (string);
  'employerId': (string);
  'employerName': (string);
  'positionName': (string);
  'kbjiCode': (string);
  'kbliCode': (string);
  'regionCode': (string);
  'numberNeeded': (number);
  'validFrom': (string);
  'validUntil': (string);
  'minEducation': (string);
  'employmentType': (string);
  'overseas': (boolean);
  'destinationCountry': (string);
  'skills': (string)[];
  'wageMin': (string);
  'wageMax': (string);
  'wageHidden': (boolean);
  'publishTime': (string);
  'snippet': (string);
  'score': (number);
}
