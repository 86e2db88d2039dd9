/**
 * The standing of a token's subject (an account id or an OAuth client id), as the services ask it (e.g. entrepreneurship
 * before it names an account a TKM group's mentor): whether it exists, can act, and holds which roles. Pure: the rows are
 * read by SubjectsService. No personal data: never a name, NIK, phone or e-mail.
 */
export interface SubjectStandingView {
  subject: string;
  kind: 'ACCOUNT' | 'CLIENT' | '';
  exists: boolean;
  active: boolean;
  roles: string[];
  regionCode: string;
}

/** What a token's subject can be: printable ASCII without spaces, 1 to 200 characters (an account UUID, a client id). */
export const SUBJECT_RE = /^[\x21-\x7e]{1,200}$/;

export const unknownSubject = (subject: string): SubjectStandingView => ({
  subject,
  kind: '',
  exists: false,
  active: false,
  roles: [],
  regionCode: '',
});

/** A person's account: active when ACTIVE (verified, neither disabled nor erased). */
export function accountStanding(a: {
  id: string;
  status: string;
  roles: string[];
  region_code: string | null;
  pseudonymised_at: Date | null;
}): SubjectStandingView {
  return {
    subject: a.id,
    kind: 'ACCOUNT',
    exists: true,
    active: a.status === 'ACTIVE' && !a.pseudonymised_at,
    roles: a.roles ?? [],
    regionCode: a.region_code ?? '',
  };
}

/** An OAuth client: active while not revoked. */
export function clientStanding(c: {
  client_id: string;
  roles: string[];
  region_code: string | null;
  revoked_at: Date | null;
}): SubjectStandingView {
  return {
    subject: c.client_id,
    kind: 'CLIENT',
    exists: true,
    active: !c.revoked_at,
    roles: c.roles ?? [],
    regionCode: c.region_code ?? '',
  };
}
