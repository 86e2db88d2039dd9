import { canonicalRegionCode, isEducationLevel, isRegionCode, normalizeRegionCode, validateKbli, validateNik } from '@siapkerja/codes';
import { isOneLine, Violations } from '@siapkerja/errors';
import { maskNik } from '@siapkerja/privacy';
import { EMPLOYMENT_STATUSES } from '../programs/program.entity';
import type { GroupMemberEntity } from './group.entity';

export const MAX_TEXT = 200;

export const MAX_PLAN = 2000;
/** Bounds of a group's declared size (groups without member records); the DB CHECK mirrors them. */
export const MEMBER_COUNT = { min: 1, max: 100 } as const;

export interface NewMember {
  nik: string;
  name: string;
  birthDate: string;
  employmentStatus: string;
  residenceRegionCode: string;
  educationLevel: string;
  leader: boolean;
}

export interface CheckedMember extends NewMember {
  sex: 1 | 2;
}

/** Checks one member's fields (the NIK must agree with the birth date); `field` prefixes the names of the fields. */
export function checkMember(v: Violations, m: NewMember, field: string, now: Date): CheckedMember | undefined {
  let bad = false;
  const check = (ok: boolean, f: string, d: string) => {
    if (!ok) {
      v.add(`${field}.${f}`, d);
      bad = true;
    }
  };
  const name = (m.name ?? '').trim();
  check(name.length >= 1 && name.length <= MAX_TEXT, 'name', `is required (at most ${MAX_TEXT} characters)`);
  check(isOneLine(name), 'name', 'must be one line (no tab or line break)');
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(m.birthDate ?? '');
  const nik = validateNik(m.nik, { ...(dateOk ? { birthDate: m.birthDate } : {}), today: now });
  check(nik.valid, 'nik', nik.valid ? '' : nik.reason);
  check(dateOk, 'birthDate', 'must be a date YYYY-MM-DD');
  check(
    (EMPLOYMENT_STATUSES as readonly string[]).includes(m.employmentStatus),
    'employmentStatus',
    `must be one of ${EMPLOYMENT_STATUSES.join(', ')}`,
  );
  check(
    isRegionCode(m.residenceRegionCode, 'regency') || isRegionCode(m.residenceRegionCode, 'district'),
    'residenceRegionCode',
    'must be a regency (NN.NN) or district (NN.NN.NN) code',
  );
  check(
    !m.educationLevel || isEducationLevel(m.educationLevel),
    'educationLevel',
    'must be an education level (NONE, SD, SMP, SMA, SMK, D1-D4, S1-S3)',
  );
  if (bad || !nik.valid) return undefined;
  return {
    ...m,
    name,
    nik: nik.nik,
    birthDate: nik.birthDate,
    sex: nik.sex as 1 | 2,
    // as the code list writes it (checked above, so defined): the residence is compared with the group's regency and stored
    residenceRegionCode: normalizeRegionCode(m.residenceRegionCode) as string,
    educationLevel: m.educationLevel ?? '',
  };
}

export interface NewBusinessPlan {
  kbliCode: string;
  description: string;
  locationRegionCode: string;
}

/**
 * The business plan: a KBLI 2020 code, a description, and a location inside the group's regency. Both codes are compared,
 * and the location returned, as the code list writes them (' 33.73.04' and '337304' are 33.73.04).
 */
export function checkBusinessPlan(v: Violations, p: NewBusinessPlan, groupRegionCode: string): NewBusinessPlan {
  const groupRegion = canonicalRegionCode(groupRegionCode);
  let kbliCode = '';
  if (p.kbliCode) {
    const k = validateKbli(p.kbliCode);
    if (k.valid) kbliCode = k.code;
    else v.add('businessPlan.kbliCode', k.reason);
  }
  v.check((p.description ?? '').length <= MAX_PLAN, 'businessPlan.description', `must be at most ${MAX_PLAN} characters`);
  const loc = p.locationRegionCode ? canonicalRegionCode(p.locationRegionCode) : '';
  v.check(
    !loc || ((isRegionCode(loc, 'regency') || isRegionCode(loc, 'district')) && (loc === groupRegion || loc.startsWith(`${groupRegion}.`))),
    'businessPlan.locationRegionCode',
    `must be the group's regency ${groupRegion} or one of its districts`,
  );
  return { kbliCode, description: (p.description ?? '').trim(), locationRegionCode: loc };
}

/**
 * A mentor (pendamping) is not a record of this service: it is an identity account given the TKM_MENTOR role, named here by
 * the subject of its token (an account UUID, or the client id of an API client given the role), and matched against the
 * caller's subject when the mentor acts (group-access.ts). Whether such an account exists, is active and holds TKM_MENTOR
 * is identity's to say, and GroupsService.assignMentor asks it (identity.client.ts) once this rule has passed; here, the
 * shape of a subject (ASCII letters, digits and . _ : @ -, from a letter or digit, at most 200), never a platform
 * service's or the audit trail's own actor (`service:...`, `system`), which no mentor's token carries.
 */
export const MENTOR_ACCOUNT_RE = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/;

/** The mentor account id as stored (trimmed), or a violation naming `mentorAccountId`. */
export function checkMentorAccountId(v: Violations, mentorAccountId: string | undefined): string {
  const id = (mentorAccountId ?? '').trim();
  if (!id) v.add('mentorAccountId', 'is required: the TKM_MENTOR account (subject of its token)');
  else if (!MENTOR_ACCOUNT_RE.test(id))
    v.add(
      'mentorAccountId',
      'must be an account id: 1 to 200 characters of A-Z, a-z, 0-9, . _ : @ and -, starting with a letter or digit (no spaces or control characters)',
    );
  else if (id === 'system' || id.startsWith('service:'))
    v.add('mentorAccountId', "must be a person's or client's account, not the platform's");
  return id;
}

/** A member as the caller may see him: the NIK masked always (it is kept for the checks, never shown back). */
export function memberView(m: GroupMemberEntity): GroupMemberEntity & { nikMasked: string } {
  return { ...m, nikMasked: maskNik(m.nik) };
}
