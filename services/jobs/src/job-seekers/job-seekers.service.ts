import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertRegionAllowed, currentCaller, isRegionBound, regionWithin, type Caller } from '@siapkerja/authz';
import {
  ageOn,
  canonicalRegionCode,
  EDUCATION_LEVELS,
  educationRank,
  ipkAgeBandOn,
  isKbji,
  isRegionCode,
  isSkkniUnit,
  normalizeRegionCode,
  parseYmd,
  regencyOf,
  regionLevel,
  todayWib,
  validateNik,
} from '@siapkerja/codes';
import { alreadyExists, conflict, forbidden, isOneLine, notFound, ONE_LINE, Violations } from '@siapkerja/errors';
import { TransactionalOutbox, type OutboxTx } from '@siapkerja/events';
import { PersonIdentity } from '@siapkerja/identity';
import { decodePageToken, findByIdOrThrow, isUniqueViolation, isUuid, newestFirstPage, onceByRequestId } from '@siapkerja/persistence';
import { cardValidUntil, checkReport } from './ak1-card';
import { actsForHimselfOnly, lacksWriteScope, mayRead, mayRegister, mayReport } from './job-seekers.rules';
import {
  ACTIVE_STATES,
  JOB_SEEKER_STATES,
  JobSeekerEntity,
  MARITAL_STATUSES,
  RELIGIONS,
  type EducationEntry,
  type ExperienceEntry,
  type JobSeekerStateValue,
} from './job-seeker.entity';
import {
  JobSeekerCardIssued,
  JobSeekerExpired,
  JobSeekerPlaced,
  JobSeekerRegistered,
  JobSeekerRemoved,
  JobSeekerReported,
  type JobSeekerFactsData,
} from './job-seekers.events';

/** A registration as entered (bare enum values: MALE, SINGLE, ISLAM, SMK). */
export interface NewJobSeeker {
  nik: string;
  name: string;
  birthPlace: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** 1 male / 2 female, or MALE / FEMALE */
  sex: number | string;
  maritalStatus: string;
  religion: string;
  address: { line: string; regionCode: string; postalCode?: string };
  phone?: string;
  email?: string;
  education?: Partial<EducationEntry>[];
  skills?: string[];
  skkniUnits?: string[];
  languages?: string[];
  experience?: Partial<ExperienceEntry>[];
  wantedKbjiCodes: string[];
  /** rupiah per month; 0 or absent: not given */
  expectedWage?: number;
}

export interface JobSeekerListQuery {
  pageSize?: number;
  pageToken?: string;
  /** province (NN) or regency (NN.NN); officers default to their own region */
  regionCode?: string;
  state?: string;
}

export const MIN_AGE = 18;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const EXPIRY_BATCH_SIZE = 200;
/** most ids one BatchGetJobSeekers call reads */
export const MAX_BATCH_GET = 1000;
const MAX_WAGE = 1_000_000_000_000;
const OFFICER_ROLES = ['DISNAKER_REGENCY', 'DISNAKER_PROVINCE', 'MINISTRY_ADMIN'] as const;

/** `08…`, `62…` or `+62…` to the local form `08…`; undefined when it is not an Indonesian phone number. */
export function normalizeIndonesianPhone(raw: string): string | undefined {
  const s = raw.replace(/[\s().-]/g, '');
  const local = s.startsWith('+62') ? `0${s.slice(3)}` : s.startsWith('62') ? `0${s.slice(2)}` : s;
  return /^0[1-9]\d{7,12}$/.test(local) ? local : undefined;
}

const EMAIL_RE = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
/** a month of a working life: from 1940 (as graduation years), never the year 0000 */
const MONTH_RE = /^(19[4-9]\d|[2-9]\d{3})-(0[1-9]|1[0-2])$/;

/** What every event of a seeker carries: IPK dimensions and the person id, no personal data. */
export function jobSeekerFacts(s: JobSeekerEntity, fromState: JobSeekerStateValue | '', now: Date): JobSeekerFactsData {
  return {
    jobSeekerId: s.id,
    personId: s.personId,
    regionCode: s.regionCode,
    sex: s.sex,
    ageBand: ipkAgeBandOn(s.birthDate, todayWib(now)) ?? '',
    educationLevel: s.educationLevel,
    wantedKbjiCodes: s.wantedKbjiCodes,
    fromState,
    state: s.state,
    cardIssued: s.cardNumber !== null,
  };
}

const hasRole = (caller: Caller | undefined, roles: readonly string[]) => !!caller?.roles.some((r) => roles.includes(r));

@Injectable()
export class JobSeekersService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly identity: PersonIdentity,
  ) {}

  /**
   * Registers a job seeker: one per NIK. The same NIK again is ALREADY_EXISTS naming the existing id, unless it comes with
   * the same requestId from the same caller, which returns the first result.
   */
  async register(input: NewJobSeeker, clientRequestId?: string, now: Date = new Date()): Promise<JobSeekerEntity> {
    // without jobs:write a person registers himself only (held to the NIK of his own account below); others need it
    if (lacksWriteScope(currentCaller())) throw forbidden('The token lacks the scope jobs:write');
    // an officer registers inside his region only, whatever else the registration holds
    const addressRegion = input.address?.regionCode;
    assertRegionAllowed(normalizeRegionCode(addressRegion)?.slice(0, 5) ?? addressRegion, currentCaller(), 'address.regionCode');
    const repo = this.ds.getRepository(JobSeekerEntity);
    return onceByRequestId(repo, clientRequestId, async (requestId, key) => {
      const content = this.validate(input, now);
      assertRegionAllowed(content.regionCode);
      const personId = this.identity.personId(content.nik);
      if (!mayRegister(currentCaller(), personId))
        throw forbidden(
          actsForHimselfOnly(currentCaller())
            ? 'A job seeker registers with the NIK of his own account only'
            : 'Only the person himself, a partner, an employer, a Disnaker officer or the ministry registers a job seeker',
        );
      const duplicate = (id: string) => alreadyExists(`A job seeker with this NIK is already registered: ${id}`, { existingId: id });
      try {
        return await this.outbox.run(async ({ manager, emit }) => {
          const r = manager.getRepository(JobSeekerEntity);
          const existing = await r.findOne({ where: { personId }, select: { id: true } });
          if (existing) throw duplicate(existing.id);
          const seeker = await r.save(r.create({ ...content, personId, state: 'REGISTERED', requestId, requestHash: key.requestHash }));
          emit(JobSeekerRegistered, {
            subject: seeker.id,
            regionCode: seeker.regionCode,
            data: { ...jobSeekerFacts(seeker, '', now), registeredAt: now.toISOString() },
          });
          return seeker;
        });
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        // a concurrent registration won: same request id -> onceByRequestId replays it; same NIK -> name the winner
        if (requestId && (await repo.existsBy({ requestId }))) throw e;
        const winner = await repo.findOne({ where: { personId }, select: { id: true } });
        if (winner) throw duplicate(winner.id);
        throw e;
      }
    });
  }

  /** One seeker; a region-bound officer only inside its region, a person acting for himself only his own. */
  async get(id: string): Promise<JobSeekerEntity> {
    const s = await findByIdOrThrow(this.ds.getRepository(JobSeekerEntity), id, 'Job seeker');
    assertRegionAllowed(s.regionCode);
    // another person's registration answers as an unknown id does: a stranger learns nothing of its existence
    if (!mayRead(currentCaller(), s)) throw notFound('Job seeker', id);
    return s;
  }

  /**
   * Many seekers at once (the Disnaker change feed enriches a page with one call): only Disnaker officers and the
   * ministry; a region-bound officer is refused the whole batch if one seeker lies outside its region. Unknown ids are
   * left out; erased seekers and seekers who restricted processing are named, without their record.
   */
  async batchGet(ids: string[]): Promise<{ jobSeekers: JobSeekerEntity[]; erasedIds: string[]; restrictedIds: string[] }> {
    const caller = currentCaller();
    if (!hasRole(caller, OFFICER_ROLES)) throw forbidden('Only a Disnaker officer or the ministry reads job seekers in batches');
    const v = new Violations();
    v.check(ids.length >= 1 && ids.length <= MAX_BATCH_GET, 'ids', `needs 1 to ${MAX_BATCH_GET} job seeker ids (got ${ids.length})`);
    if (ids.length <= MAX_BATCH_GET) ids.forEach((id, i) => v.check(isUuid(id), `ids[${i}]`, 'must be a job seeker id (UUID)'));
    v.throwIfAny();
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    const found = await this.ds
      .getRepository(JobSeekerEntity)
      .createQueryBuilder('s')
      .where('s.id IN (:...ids)', { ids: unique })
      .getMany();
    const outside = isRegionBound(caller) ? found.filter((s) => !regionWithin(s.regionCode, caller.regionCode)) : [];
    if (outside.length) {
      throw forbidden(
        `${outside.length} of the job seekers (${outside
          .slice(0, 3)
          .map((s) => s.id)
          .join(', ')}${outside.length > 3 ? ', ...' : ''}) are outside the caller's region ${caller?.regionCode}`,
      );
    }
    const byId = new Map(found.map((s) => [s.id, s]));
    const out = { jobSeekers: [] as JobSeekerEntity[], erasedIds: [] as string[], restrictedIds: [] as string[] };
    for (const id of unique) {
      const s = byId.get(id);
      if (!s) continue;
      if (s.erasedAt) out.erasedIds.push(id);
      else if (s.processingRestrictedAt) out.restrictedIds.push(id);
      else out.jobSeekers.push(s);
    }
    return out;
  }

  /** Newest first, keyset-paginated on (created_at, id); officers see their region (the default) or part of it. */
  async list(q: JobSeekerListQuery): Promise<{ jobSeekers: JobSeekerEntity[]; nextPageToken: string }> {
    const caller = currentCaller();
    const regionAsSent = q.regionCode || (isRegionBound(caller) ? caller.regionCode : '');
    // as the code list writes it (' 33.73', '33.73\n' and '3373' are 33.73: the same check, filter and page tokens);
    // anything else as sent, refused below
    const regionCode = canonicalRegionCode(regionAsSent);
    // an officer's region first: outside it the query is refused whatever else it asks
    assertRegionAllowed(regionCode, caller, 'region');
    const state = q.state ?? '';
    const pageSize = q.pageSize ?? 0;
    const viol = new Violations();
    viol.check(Number.isInteger(pageSize) && pageSize >= 0, 'pageSize', 'must not be negative');
    viol.check(
      !regionCode || isRegionCode(regionCode, 'province') || isRegionCode(regionCode, 'regency'),
      'regionCode',
      'must be an existing province (NN) or regency (NN.NN) code',
    );
    viol.check(
      !state || (JOB_SEEKER_STATES as readonly string[]).includes(state),
      'state',
      `must be one of ${JOB_SEEKER_STATES.join(', ')}`,
    );
    const filter = JSON.stringify([regionCode, state]);
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    if (q.pageToken)
      viol.check(!!cursor && cursor.filter === filter, 'pageToken', 'is not a page token of this listing (the filters must stay the same)');
    viol.throwIfAny();

    const size = Math.min(pageSize || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const qb = this.ds.getRepository(JobSeekerEntity).createQueryBuilder('s');
    if (regionCode.length === 2) qb.andWhere('left(s.region_code, 2) = :province', { province: regionCode });
    else if (regionCode) qb.andWhere('s.region_code = :regionCode', { regionCode });
    if (state) qb.andWhere('s.state = :state', { state });
    const { page, nextPageToken } = await newestFirstPage(qb, 's', cursor, size, filter);
    return { jobSeekers: page, nextPageToken };
  }

  /**
   * The regency Disnaker officer of the seeker's regency issues the AK/1 card: a number carrying the issuing regency code,
   * valid two years from today (WIB). The state stays REGISTERED.
   */
  async issueCard(id: string, now: Date = new Date()): Promise<JobSeekerEntity> {
    const caller = currentCaller();
    if (!caller?.roles.includes('DISNAKER_REGENCY') || !caller.regionCode || !/^\d{2}\.\d{2}$/.test(caller.regionCode)) {
      throw forbidden('Only a regency Disnaker officer (DISNAKER_REGENCY bound to a regency) issues AK/1 cards');
    }
    const issuingRegion = caller.regionCode;
    return this.change(id, (s, emit) => {
      if (s.cardNumber)
        throw conflict(`Job seeker ${id} already holds AK/1 card ${s.cardNumber} (issued ${s.cardIssueDate}): it cannot be issued twice`);
      if (s.state !== 'REGISTERED')
        throw conflict(`Job seeker ${id} is ${s.state}: an AK/1 card is issued only to a REGISTERED job seeker`);
      return async (manager) => {
        const issueDate = todayWib(now);
        const year = Number(issueDate.slice(0, 4));
        const [seq]: { last_number: number }[] = await manager.query(
          `INSERT INTO ak1_card_sequences (issuing_region_code, year, last_number) VALUES ($1, $2, 1)
           ON CONFLICT (issuing_region_code, year) DO UPDATE SET last_number = ak1_card_sequences.last_number + 1
           RETURNING last_number`,
          [issuingRegion, year],
        );
        s.cardNumber = `AK1/${issuingRegion}/${year}/${String(seq.last_number).padStart(6, '0')}`;
        s.cardIssuingRegionCode = issuingRegion;
        s.cardIssueDate = issueDate;
        s.cardValidUntil = cardValidUntil(issueDate);
        s.cardIssuedAt = now;
        s.cardIssuedBy = caller.sub;
        emit(JobSeekerCardIssued, {
          subject: s.id,
          regionCode: s.regionCode,
          data: {
            ...jobSeekerFacts(s, 'REGISTERED', now),
            issuingRegionCode: issuingRegion,
            issueDate,
            validUntil: s.cardValidUntil,
            issuedAt: now.toISOString(),
          },
        });
      };
    });
  }

  /** Six-monthly report inside its window (the person himself or an officer): REGISTERED|REPORTED -> REPORTED. Validity is never extended. */
  async report(id: string, now: Date = new Date()): Promise<JobSeekerEntity> {
    const caller = currentCaller();
    if (lacksWriteScope(caller)) throw forbidden('Only the job seeker himself or a Disnaker officer of the region records a report');
    return this.change(id, (s, emit) => {
      if (!mayRead(caller, s)) throw notFound('Job seeker', id);
      if (!mayReport(caller, s)) throw forbidden('Only the job seeker himself or a Disnaker officer of the region records a report');
      if (!ACTIVE_STATES.includes(s.state))
        throw conflict(`Job seeker ${id} is ${s.state}: only a REGISTERED or REPORTED job seeker reports`);
      if (!s.cardNumber || !s.cardIssueDate || !s.cardValidUntil)
        throw conflict(`Job seeker ${id} has no AK/1 card yet: reports start after the card is issued`);
      const check = checkReport(
        { issueDate: s.cardIssueDate, validUntil: s.cardValidUntil, lastReportedPeriod: s.lastReportedPeriod },
        todayWib(now),
      );
      if (!check.ok) throw conflict(`Job seeker ${id} cannot report now: ${check.detail}`);
      const from = s.state;
      s.state = 'REPORTED';
      s.reportCount += 1;
      s.lastReportedPeriod = check.window.period;
      s.lastReportAt = now;
      emit(JobSeekerReported, {
        subject: s.id,
        regionCode: s.regionCode,
        data: { ...jobSeekerFacts(s, from, now), period: check.window.period, reportedAt: now.toISOString() },
      });
    });
  }

  /** A Disnaker officer (or the ministry) removes the seeker from the register with a reason. */
  async remove(id: string, reason: string, now: Date = new Date()): Promise<JobSeekerEntity> {
    const caller = currentCaller();
    if (caller && !hasRole(caller, OFFICER_ROLES)) throw forbidden('Only a Disnaker officer or the ministry removes a job seeker');
    const text = (reason ?? '').trim();
    // the seeker is found (and in the officer's region) before the reason is judged
    return this.change(id, (s, emit) => {
      new Violations().check(text.length >= 1 && text.length <= 500, 'reason', 'is required (1 to 500 characters)').throwIfAny();
      if (!ACTIVE_STATES.includes(s.state))
        throw conflict(`Job seeker ${id} is ${s.state}: only a REGISTERED or REPORTED job seeker can be removed`);
      const from = s.state;
      s.state = 'REMOVED';
      s.removalReason = text;
      s.endedAt = now;
      emit(JobSeekerRemoved, {
        subject: s.id,
        regionCode: s.regionCode,
        data: { ...jobSeekerFacts(s, from, now), removedAt: now.toISOString() },
      });
    });
  }

  /** The seeker was placed (hired), closing the card: REGISTERED|REPORTED -> PLACED. Called by applications. */
  async markPlaced(id: string, vacancyId?: string, now: Date = new Date()): Promise<JobSeekerEntity> {
    // the card closes for good: the platform itself (a hire of applications), a Disnaker officer of the seeker's region
    // (change() holds him to it) or the ministry; never the person, a partner or an employer
    const caller = currentCaller();
    if (caller && !hasRole(caller, OFFICER_ROLES))
      throw forbidden('Only the platform, a Disnaker officer of the region or the ministry marks a job seeker placed');
    new Violations().check(!vacancyId || isUuid(vacancyId), 'vacancyId', 'must be a vacancy id (UUID)').throwIfAny();
    return this.change(id, (s, emit) => this.place(s, emit, vacancyId, now));
  }

  /**
   * REGISTERED|REPORTED -> PLACED on a seeker the caller loaded under a row lock inside its own outbox transaction (a hire
   * of applications places the seeker in the same transaction); the caller saves the entity.
   */
  place(s: JobSeekerEntity, emit: OutboxTx['emit'], vacancyId: string | undefined, now: Date): void {
    if (!ACTIVE_STATES.includes(s.state))
      throw conflict(`Job seeker ${s.id} is ${s.state}: only a REGISTERED or REPORTED job seeker can be placed`);
    const from = s.state;
    s.state = 'PLACED';
    s.placedVacancyId = vacancyId || null;
    s.endedAt = now;
    emit(JobSeekerPlaced, {
      subject: s.id,
      regionCode: s.regionCode,
      data: { ...jobSeekerFacts(s, from, now), ...(vacancyId ? { vacancyId } : {}), placedAt: now.toISOString() },
    });
  }

  /**
   * Moves seekers whose card validity ended before `now`'s date in WIB to EXPIRED, in batches claimed with
   * FOR UPDATE SKIP LOCKED (several instances may run it), one JobSeekerExpired each. Returns how many expired.
   */
  async expireDue(now: Date = new Date(), batchSize = EXPIRY_BATCH_SIZE): Promise<number> {
    const today = todayWib(now);
    return this.outbox.sweep(
      batchSize,
      async (manager, limit) =>
        (
          await manager.query(
            `SELECT id FROM job_seekers WHERE state IN ('REGISTERED','REPORTED') AND card_number IS NOT NULL AND card_valid_until < $1::date
              ORDER BY card_valid_until, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
            [today, limit],
          )
        ).map((d: { id: string }) => d.id),
      async ({ manager, emit }, ids) => {
        const repo = manager.getRepository(JobSeekerEntity);
        const seekers = await repo.findBy(ids.map((id) => ({ id })));
        for (const s of seekers) {
          const from = s.state;
          s.state = 'EXPIRED';
          s.endedAt = now;
          emit(JobSeekerExpired, {
            subject: s.id,
            regionCode: s.regionCode,
            data: { ...jobSeekerFacts(s, from, now), validUntil: s.cardValidUntil ?? '', expiredAt: now.toISOString() },
          });
        }
        await repo.save(seekers);
      },
    );
  }

  /**
   * Loads the seeker under a row lock (serialising its transitions and the expiry job), checks the caller's region, applies
   * the change (which may return a follow-up needing the transaction) and saves.
   */
  private async change(
    id: string,
    apply: (s: JobSeekerEntity, emit: OutboxTx['emit']) => void | ((manager: OutboxTx['manager']) => Promise<void>),
  ): Promise<JobSeekerEntity> {
    if (!isUuid(id)) throw notFound('Job seeker', id);
    return this.outbox.run(async ({ manager, emit }) => {
      const repo = manager.getRepository(JobSeekerEntity);
      const s = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!s) throw notFound('Job seeker', id);
      assertRegionAllowed(s.regionCode);
      const followUp = apply(s, emit);
      if (followUp) await followUp(manager);
      return repo.save(s);
    });
  }

  /** Checks the AK/1 profile, naming every bad field, and returns the columns to store. */
  validate(input: NewJobSeeker, now: Date) {
    const v = new Violations();
    const today = todayWib(now);
    const nik = typeof input.nik === 'string' ? input.nik.replace(/\s+/g, '') : '';
    const nikAlone = validateNik(nik, { today: now });
    v.check(nikAlone.valid, 'nik', nikAlone.valid ? '' : `${nikAlone.reason}`);
    const birth = parseYmd(input.birthDate);
    v.check(!!birth, 'birthDate', 'must be a real date YYYY-MM-DD');
    const sex =
      input.sex === 1 || input.sex === '1' || input.sex === 'MALE'
        ? 1
        : input.sex === 2 || input.sex === '2' || input.sex === 'FEMALE'
          ? 2
          : undefined;
    v.check(sex !== undefined, 'sex', 'must be MALE (1) or FEMALE (2)');
    if (nikAlone.valid && birth) {
      const withBirth = validateNik(nik, { birthDate: input.birthDate, today: now });
      v.check(withBirth.valid, 'birthDate', withBirth.valid ? '' : `does not agree with the NIK: ${withBirth.reason}`);
    }
    if (nikAlone.valid && sex !== undefined) {
      const withSex = validateNik(nik, { sex, today: now });
      v.check(withSex.valid, 'sex', withSex.valid ? '' : `does not agree with the NIK: ${withSex.reason}`);
    }
    if (birth) {
      const age = ageOn(input.birthDate, today);
      v.check(
        age !== undefined && age >= MIN_AGE,
        'birthDate',
        `a job seeker must be at least ${MIN_AGE} years old (age ${age ?? 'unknown'} on ${today})`,
      );
    }
    v.check(
      typeof input.name === 'string' && input.name.trim().length >= 1 && input.name.length <= 200,
      'name',
      'is required (at most 200 characters)',
    );
    v.check(
      typeof input.birthPlace === 'string' && input.birthPlace.trim().length >= 1 && input.birthPlace.length <= 100,
      'birthPlace',
      'is required (at most 100 characters)',
    );
    v.check(isOneLine(input.name), 'name', ONE_LINE).check(isOneLine(input.birthPlace), 'birthPlace', ONE_LINE);
    v.check(
      (MARITAL_STATUSES as readonly string[]).includes(input.maritalStatus),
      'maritalStatus',
      `must be one of ${MARITAL_STATUSES.join(', ')}`,
    );
    v.check((RELIGIONS as readonly string[]).includes(input.religion), 'religion', `must be one of ${RELIGIONS.join(', ')}`);

    const address = input.address ?? { line: '', regionCode: '' };
    v.check(
      typeof address.line === 'string' && address.line.trim().length >= 1 && address.line.length <= 500,
      'address.line',
      'is required (at most 500 characters)',
    );
    const addressRegion = normalizeRegionCode(address.regionCode);
    const level = addressRegion ? regionLevel(addressRegion) : undefined;
    const regency = level === 'village' || level === 'district' || level === 'regency' ? regencyOf(addressRegion)?.code : undefined;
    v.check(
      !!regency,
      'address.regionCode',
      'must be an existing Kemendagri village (NN.NN.NN.NNNN), district (NN.NN.NN) or regency (NN.NN) code',
    );
    const postalCode = (address.postalCode ?? '').trim();
    v.check(postalCode === '' || /^\d{5}$/.test(postalCode), 'address.postalCode', 'must be 5 digits');

    const phone = (input.phone ?? '').trim() ? normalizeIndonesianPhone(input.phone ?? '') : '';
    v.check(phone !== undefined, 'phone', 'must be an Indonesian phone number (08..., 62... or +62...)');
    const email = (input.email ?? '').trim().toLowerCase();
    v.check(email === '' || (email.length <= 254 && EMAIL_RE.test(email)), 'email', 'must be an e-mail address');

    const maxYear = Number(today.slice(0, 4)) + 6;
    const education = (input.education ?? []).map((e, i) => {
      const level = e?.level ?? '';
      v.check(
        (EDUCATION_LEVELS as readonly string[]).includes(level),
        `education[${i}].level`,
        `must be one of ${EDUCATION_LEVELS.join(', ')}`,
      );
      const institution = (e?.institution ?? '').trim();
      v.check(
        level === 'NONE' || (institution.length >= 1 && institution.length <= 200),
        `education[${i}].institution`,
        'is required (at most 200 characters)',
      );
      const major = (e?.major ?? '').trim();
      v.check(major.length <= 200, `education[${i}].major`, 'must be at most 200 characters');
      v.check(isOneLine(institution), `education[${i}].institution`, ONE_LINE).check(isOneLine(major), `education[${i}].major`, ONE_LINE);
      const year = e?.graduationYear ?? 0;
      v.check(
        year === 0 || (Number.isInteger(year) && year >= 1940 && year <= maxYear),
        `education[${i}].graduationYear`,
        `must be a year from 1940 to ${maxYear} (0: still studying)`,
      );
      return { level, institution, major, graduationYear: year };
    });
    v.check(education.length <= 20, 'education', 'at most 20 entries');
    const educationLevel = education.reduce((best, e) => (educationRank(e.level) > educationRank(best) ? e.level : best), 'NONE');

    const skills = (input.skills ?? []).map((s) => (typeof s === 'string' ? s.trim() : ''));
    v.check(skills.length <= 50, 'skills', 'at most 50 skills');
    skills.forEach((s, i) => v.check(s.length >= 1 && s.length <= 100, `skills[${i}]`, 'must be 1 to 100 characters'));
    skills.forEach((s, i) => v.check(isOneLine(s), `skills[${i}]`, ONE_LINE));
    const skkniUnits = input.skkniUnits ?? [];
    v.check(skkniUnits.length <= 100, 'skkniUnits', 'at most 100 SKKNI units');
    skkniUnits.forEach((c, i) => v.check(isSkkniUnit(c), `skkniUnits[${i}]`, 'must be an SKKNI unit code like J.620100.001.01'));
    const languages = (input.languages ?? []).map((s) => (typeof s === 'string' ? s.trim() : ''));
    v.check(languages.length <= 20, 'languages', 'at most 20 languages');
    languages.forEach((s, i) => v.check(s.length >= 1 && s.length <= 50, `languages[${i}]`, 'must be 1 to 50 characters'));
    languages.forEach((s, i) => v.check(isOneLine(s), `languages[${i}]`, ONE_LINE));

    const thisMonth = today.slice(0, 7);
    const experience = (input.experience ?? []).map((x, i) => {
      const position = (x?.position ?? '').trim();
      const employer = (x?.employer ?? '').trim();
      const kbjiCode = x?.kbjiCode ?? '';
      const fromMonth = x?.fromMonth ?? '';
      const toMonth = x?.toMonth ?? '';
      v.check(position.length >= 1 && position.length <= 200, `experience[${i}].position`, 'is required (at most 200 characters)');
      v.check(employer.length >= 1 && employer.length <= 200, `experience[${i}].employer`, 'is required (at most 200 characters)');
      v.check(isOneLine(position), `experience[${i}].position`, ONE_LINE).check(isOneLine(employer), `experience[${i}].employer`, ONE_LINE);
      v.check(kbjiCode === '' || isKbji(kbjiCode), `experience[${i}].kbjiCode`, 'must be a KBJI 2014 occupation code');
      v.check(
        MONTH_RE.test(fromMonth) && fromMonth <= thisMonth,
        `experience[${i}].fromMonth`,
        'must be a month YYYY-MM, not in the future',
      );
      v.check(
        toMonth === '' || (MONTH_RE.test(toMonth) && toMonth >= fromMonth && toMonth <= thisMonth),
        `experience[${i}].toMonth`,
        'must be a month YYYY-MM from fromMonth to this month (empty while current)',
      );
      return { position, employer, kbjiCode, fromMonth, toMonth };
    });
    v.check(experience.length <= 30, 'experience', 'at most 30 entries');

    const wanted = input.wantedKbjiCodes ?? [];
    v.check(wanted.length >= 1 && wanted.length <= 10, 'wantedKbjiCodes', 'needs 1 to 10 KBJI 2014 occupation codes');
    wanted.forEach((c, i) => v.check(isKbji(c), `wantedKbjiCodes[${i}]`, 'must be a KBJI 2014 occupation code'));
    const wage = input.expectedWage || 0;
    v.check(
      Number.isSafeInteger(wage) && wage >= 0 && wage <= MAX_WAGE,
      'expectedWage',
      'must be rupiah per month from 0 (not given) to 1000000000000',
    );
    v.throwIfAny();

    return {
      nik,
      name: input.name.trim(),
      birthPlace: input.birthPlace.trim(),
      birthDate: input.birthDate,
      sex: sex as number,
      maritalStatus: input.maritalStatus,
      religion: input.religion,
      addressLine: address.line.trim(),
      addressRegionCode: addressRegion as string,
      postalCode,
      regionCode: regency as string,
      phone: phone ?? '',
      email,
      education,
      educationLevel,
      skills: [...new Set(skills)],
      skkniUnits: [...new Set(skkniUnits)],
      languages: [...new Set(languages)],
      experience,
      wantedKbjiCodes: [...new Set(wanted)],
      expectedWage: wage ? String(wage) : null,
    };
  }
}
