/** API areas; each has `<area>:read` and `<area>:write` (which roles carry which is identity's: services/identity/src/clients/scopes.ts). */
export const AREAS = ['jobs', 'training', 'certification', 'entrepreneurship', 'reports', 'feed', 'webhooks', 'admin'] as const;
export type Area = (typeof AREAS)[number];
export const ALL_SCOPES: string[] = AREAS.flatMap((a) => [`${a}:read`, `${a}:write`]);

export const ROLES = [
  'JOB_SEEKER',
  'EMPLOYER',
  'TRAINING_PROVIDER',
  'LSP',
  'DISNAKER_REGENCY',
  'DISNAKER_PROVINCE',
  'MINISTRY_ADMIN',
  'PARTNER',
] as const;
export type Role = (typeof ROLES)[number];
export const OFFICER_ROLES: Role[] = ['DISNAKER_REGENCY', 'DISNAKER_PROVINCE'];

export function isOfficer(roles: readonly string[]): boolean {
  return roles.some((r) => (OFFICER_ROLES as string[]).includes(r));
}
