import { ALL_SCOPES, type Area, type GrantableRole } from '@siapkerja/authz';

const CATALOGUE_READ = ['jobs:read', 'training:read', 'certification:read', 'entrepreneurship:read'];
const rw = (...areas: Area[]) => areas.flatMap((a) => [`${a}:read`, `${a}:write`]);

/** Scopes a person's token carries for each role (the union over the account's roles). */
export const ROLE_SCOPES: Record<GrantableRole, string[]> = {
  // a person leads his own TKM group (registers it, submits its proposal and reports): the entrepreneurship service decides
  // what he may do with the write scope (only the group he leads). He applies for a competency assessment (APL.01 with his
  // APL.02 self-assessment): the certification service lets him apply only for himself, and the gateway keeps every other
  // certification write to the LSP, BNSP and ministry roles
  JOB_SEEKER: [...CATALOGUE_READ, 'certification:write', 'entrepreneurship:write'],
  EMPLOYER: [...CATALOGUE_READ, 'jobs:write'],
  TRAINING_PROVIDER: [...CATALOGUE_READ, 'training:write'],
  LSP: [...CATALOGUE_READ, 'certification:write'],
  // BNSP licenses and suspends LSPs (the certification service decides what it may do)
  BNSP: [...CATALOGUE_READ, 'certification:write', 'reports:read'],
  // a TKM mentor (pendamping) records visits and business reports of the groups assigned to him
  TKM_MENTOR: [...CATALOGUE_READ, 'entrepreneurship:write'],
  // Disnaker runs the AK/1 register, the regional BLK (UPTD) and the TKM programs of its region (the services refuse anything
  // outside it) and reads the national certification catalogue and the reports
  DISNAKER_REGENCY: [...rw('jobs', 'training', 'entrepreneurship'), 'certification:read', 'reports:read'],
  DISNAKER_PROVINCE: [...rw('jobs', 'training', 'entrepreneurship'), 'certification:read', 'reports:read'],
  MINISTRY_ADMIN: ALL_SCOPES,
  PARTNER: [...rw('jobs', 'training', 'certification', 'entrepreneurship', 'reports', 'feed', 'webhooks')],
};

export function scopesForRoles(roles: readonly string[]): string[] {
  const out = new Set<string>();
  for (const r of roles) for (const s of ROLE_SCOPES[r as GrantableRole] ?? []) out.add(s);
  return ALL_SCOPES.filter((s) => out.has(s));
}
