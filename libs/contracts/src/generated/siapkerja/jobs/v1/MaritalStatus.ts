// Original file: proto/siapkerja/jobs/v1/job_seekers.proto

export const MaritalStatus = {
  MARITAL_STATUS_UNSPECIFIED: 'MARITAL_STATUS_UNSPECIFIED',
  MARITAL_STATUS_SINGLE: 'MARITAL_STATUS_SINGLE',
  MARITAL_STATUS_MARRIED: 'MARITAL_STATUS_MARRIED',
  MARITAL_STATUS_DIVORCED: 'MARITAL_STATUS_DIVORCED',
  MARITAL_STATUS_WIDOWED: 'MARITAL_STATUS_WIDOWED',
} as const;

export type MaritalStatus =
  | 'MARITAL_STATUS_UNSPECIFIED'
  | 0
  | 'MARITAL_STATUS_SINGLE'
  | 1
  | 'MARITAL_STATUS_MARRIED'
  | 2
  | 'MARITAL_STATUS_DIVORCED'
  | 3
  | 'MARITAL_STATUS_WIDOWED'
  | 4

export type MaritalStatus__Output = typeof MaritalStatus[keyof typeof MaritalStatus]
