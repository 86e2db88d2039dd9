import { isUniqueViolation } from '@siapkerja/persistence';

/**
 * The unique constraints whose violation means "this code is already registered": the exact-case one of the table's first
 * migration and the index on lower(code) (migration 1763800000900: a code is one code in any letter case).
 */
const CODE_TAKEN_CONSTRAINTS = {
  lsps: ['lsps_licence_number_key', 'lsps_licence_number_lower'],
  assessors: ['assessors_registration_number_key', 'assessors_registration_number_lower'],
  schemes: ['schemes_code_key', 'schemes_code_lower'],
  // certificate numbers are stored upper case (normalizeCertificateNumber, and the table's check): exact is every case
  certificates: ['certificates_number_key'],
} as const;

/**
 * Whether `e` is the database refusing a code already registered in `table` (in any letter case): a unique violation of
 * one of its code constraints, not of another unique column (a request id racing its twin, say).
 */
export function isCodeTaken(e: unknown, table: keyof typeof CODE_TAKEN_CONSTRAINTS): boolean {
  if (!isUniqueViolation(e)) return false;
  const err = e as { constraint?: string; driverError?: { constraint?: string } };
  const constraint = err.driverError?.constraint ?? err.constraint ?? '';
  return (CODE_TAKEN_CONSTRAINTS[table] as readonly string[]).includes(constraint);
}
