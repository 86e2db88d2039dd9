import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { currentCaller, hasScope, isRegionBound, regionWithin, type Caller } from '@siapkerja/authz';
import { ipkAgeBandOn, kbliMainGroup, todayWib } from '@siapkerja/codes';
import { alreadyExists, conflict, forbidden, notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox, type OutboxTx } from '@siapkerja/events';
import { decodePageToken, isUniqueViolation, isUuid, newestFirstPage, onceByRequestId, readAll } from '@siapkerja/persistence';
import { assertEmployerAccess, employerAccess } from '../employers/employer-access';
import { EmployerEntity } from '../employers/employer.entity';
import { ACTIVE_STATES, JobSeekerEntity } from '../job-seekers/job-seeker.entity';
import { lacksWriteScope, mayRead } from '../job-seekers/job-seekers.rules';
import { JobSeekersService } from '../job-seekers/job-seekers.service';
import { VacancyEntity } from '../vacancies/vacancy.entity';
import {
  APPLICATION_STATES,
  ApplicationEntity,
  ApplicationTransitionEntity,
  FINAL_APPLICATION_STATES,
  type ActorSide,
  type ApplicationStateValue,
} from './application.entity';
import { ApplicationSubmitted, ApplicationTransitioned, PlacementRecorded, type ApplicationEventData } from './applications.events';
import { placementChannel } from './placement-channel';
import { screen } from './screening';

export interface NewApplication {
  vacancyId: string;
  jobSeekerId: string;
  coverLetter?: string;
}

export interface ApplicationListQuery {
  vacancyId?: string;
  jobSeekerId?: string;
  state?: string;
  pageSize?: number;
  pageToken?: string;
}

/** An application with its history (oldest first) and the vacancy/seeker facts listings show. */
export interface ApplicationView {
  application: ApplicationEntity;
  history: ApplicationTransitionEntity[];
  positionName: string;
  vacancyRegionCode: string;
  jobSeekerRegionCode: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const MAX_COVER_LETTER = 4000;
const MAX_NOTE = 1000;

/** The employer's pipeline: each state and the one it moves on to. */
const NEXT_STEP: Partial<Record<ApplicationStateValue, ApplicationStateValue>> = {
  APPLIED: 'SHORTLISTED',
  SHORTLISTED: 'INTERVIEW',
  INTERVIEW: 'OFFERED',
  OFFERED: 'HIRED',
};

/**
 * Whether `to` may follow `from`, and which side moves it: the employer one step along the pipeline or to REJECTED, the
 * seeker to WITHDRAWN; nothing leaves a final state.
 */
export function transitionSide(from: ApplicationStateValue, to: ApplicationStateValue): 'EMPLOYER' | 'SEEKER' | undefined {
  if (FINAL_APPLICATION_STATES.includes(from)) return undefined;
  if (to === 'WITHDRAWN') return 'SEEKER';
  if (to === 'REJECTED') return 'EMPLOYER';
  return NEXT_STEP[from] === to ? 'EMPLOYER' : undefined;
}

/**
 * Who acts for a job seeker: the seeker himself (JOB_SEEKER whose account's person id is the seeker's, forwarded by the
 * gateway), a Disnaker officer of the seeker's region, the ministry, the platform itself (no caller), and a partner
 * platform acting for its user: it may apply for a seeker and match, but it acts on (reads, withdraws, lists) only the
 * applications it submitted itself (`submittedBy`, the application's applied_by).
 */
export function actsForSeeker(
  seeker: Pick<JobSeekerEntity, 'personId' | 'regionCode'>,
  caller: Caller | undefined = currentCaller(),
  submittedBy?: string,
): boolean {
  if (!caller) return true;
  if (caller.roles.includes('MINISTRY_ADMIN')) return true;
  if (isRegionBound(caller)) return regionWithin(seeker.regionCode, caller.regionCode);
  if (caller.clientId && caller.roles.includes('PARTNER')) return submittedBy === undefined || submittedBy === caller.clientId;
  return caller.roles.includes('JOB_SEEKER') && !!caller.personId && caller.personId === seeker.personId;
}

const actorOf = (caller: Caller | undefined) => caller?.clientId ?? caller?.sub ?? 'system';

/**
 * The refusal of a caller who does not act for a job seeker: NOT_FOUND, as for an unknown id, when he may not even read
 * the seeker's registration (another person: he learns nothing of its existence), else PERMISSION_DENIED.
 */
const seekerRefusal = (seeker: Pick<JobSeekerEntity, 'personId' | 'regionCode'>, askedId: string, message: string, caller?: Caller) =>
  mayRead(caller, seeker) ? forbidden(message) : notFound('Job seeker', askedId);

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly seekers: JobSeekersService,
  ) {}

  /**
   * A job seeker applies to a PUBLISHED vacancy: once per vacancy (ALREADY_EXISTS names the existing application), only
   * while REGISTERED or REPORTED. Vacancy rules the seeker does not meet are recorded as screening notes, never refused.
   * The same requestId of the same caller returns the first result.
   */
  async apply(input: NewApplication, clientRequestId?: string, now: Date = new Date()): Promise<ApplicationView> {
    const v = new Violations();
    v.check(isUuid(input.vacancyId), 'vacancyId', 'must be a vacancy id (UUID)');
    v.check(isUuid(input.jobSeekerId), 'jobSeekerId', 'must be a job seeker id (UUID)');
    const coverLetter = (input.coverLetter ?? '').trim();
    v.check(coverLetter.length <= MAX_COVER_LETTER, 'coverLetter', `must be at most ${MAX_COVER_LETTER} characters`);
    v.throwIfAny();
    const caller = currentCaller();
    // without jobs:write a person applies for his own registration only (actsForSeeker below); others need it
    if (lacksWriteScope(caller)) throw forbidden('The token lacks the scope jobs:write');
    const repo = this.ds.getRepository(ApplicationEntity);
    // the existing application is named only to who may read it (the seeker side that submitted it, or any caller acting
    // for the seeker when it was not a partner's): another partner learns only that it exists
    const duplicate = (seeker: Pick<JobSeekerEntity, 'personId' | 'regionCode'>, existing: Pick<ApplicationEntity, 'id' | 'appliedBy'>) =>
      actsForSeeker(seeker, caller, existing.appliedBy)
        ? alreadyExists(`Job seeker ${input.jobSeekerId} already applied to vacancy ${input.vacancyId}: application ${existing.id}`, {
            existingId: existing.id,
          })
        : alreadyExists(`Job seeker ${input.jobSeekerId} already applied to vacancy ${input.vacancyId}`);
    const created = await onceByRequestId(repo, clientRequestId, async (requestId, key) => {
      try {
        return await this.outbox.run(async ({ manager, emit }) => {
          const seeker = await manager.getRepository(JobSeekerEntity).findOneBy({ id: input.jobSeekerId });
          if (!seeker) throw notFound('Job seeker', input.jobSeekerId);
          if (!actsForSeeker(seeker, caller))
            throw seekerRefusal(seeker, input.jobSeekerId, `The caller does not act for job seeker ${seeker.id}`, caller);
          // read under a share lock: a close, fill or expiry of the vacancy in flight is waited for, and then seen (an
          // application never lands on a vacancy that stopped taking them)
          const vacancy = await manager
            .getRepository(VacancyEntity)
            .findOne({ where: { id: input.vacancyId }, lock: { mode: 'pessimistic_read' } });
          // a DRAFT is private: as if it did not exist
          if (!vacancy || vacancy.state === 'DRAFT') throw notFound('Vacancy', input.vacancyId);
          const existing = await manager
            .getRepository(ApplicationEntity)
            .findOne({ where: { vacancyId: vacancy.id, jobSeekerId: seeker.id }, select: { id: true, appliedBy: true } });
          if (existing) throw duplicate(seeker, existing);
          if (vacancy.state !== 'PUBLISHED')
            throw conflict(`Vacancy ${vacancy.id} is ${vacancy.state}: applications are accepted only while it is PUBLISHED`);
          if (!ACTIVE_STATES.includes(seeker.state))
            throw conflict(`Job seeker ${seeker.id} is ${seeker.state}: only a REGISTERED or REPORTED job seeker applies`);
          const today = todayWib(now);
          const notes = screen(
            seeker,
            {
              sexRequirement: vacancy.sexRequirement,
              ageMin: vacancy.ageMin,
              ageMax: vacancy.ageMax,
              minEducation: vacancy.minEducation,
              experienceMonthsMin: vacancy.experienceMonthsMin,
              overseas: vacancy.overseas,
              destinationCountry: vacancy.destinationCountry,
            },
            today,
          );
          const r = manager.getRepository(ApplicationEntity);
          const app = await r.save(
            r.create({
              vacancyId: vacancy.id,
              jobSeekerId: seeker.id,
              employerId: vacancy.employerId,
              personId: seeker.personId,
              state: 'APPLIED',
              coverLetter,
              screeningNotes: notes,
              appliedBy: actorOf(caller),
              requestId,
              requestHash: key.requestHash,
            }),
          );
          await this.record(manager, app.id, '', 'APPLIED', actorOf(caller), caller ? 'SEEKER' : 'SYSTEM', '', now);
          emit(ApplicationSubmitted, {
            subject: app.id,
            regionCode: vacancy.regionCode,
            data: {
              ...eventData(app, vacancy, seeker, '', caller ? 'SEEKER' : 'SYSTEM', now),
              screeningRules: [...new Set(notes.map((n) => n.rule))],
            },
          });
          return app;
        });
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        // a concurrent apply won: the same request id is replayed by onceByRequestId, otherwise name the winner
        if (requestId && (await repo.existsBy({ requestId }))) throw e;
        const winner = await repo.findOne({
          where: { vacancyId: input.vacancyId, jobSeekerId: input.jobSeekerId },
          select: { id: true, appliedBy: true },
        });
        const seeker = await this.ds.getRepository(JobSeekerEntity).findOneBy({ id: input.jobSeekerId });
        if (winner && seeker) throw duplicate(seeker, winner);
        throw e;
      }
    });
    return this.view(this.ds.manager, created);
  }

  /**
   * One application: to the seeker side or whoever acts for the vacancy's employer; to anyone else NOT_FOUND, as for an
   * unknown id (an officer of another region: PERMISSION_DENIED).
   */
  async get(id: string): Promise<ApplicationView> {
    if (!isUuid(id)) throw notFound('Application', id);
    const app = await this.ds.getRepository(ApplicationEntity).findOneBy({ id });
    if (!app) throw notFound('Application', id);
    const caller = currentCaller();
    const seeker = await this.ds.getRepository(JobSeekerEntity).findOneByOrFail({ id: app.jobSeekerId });
    if (!actsForSeeker(seeker, caller, app.appliedBy)) {
      const employer = await this.ds.getRepository(EmployerEntity).findOneByOrFail({ id: app.employerId });
      if (!(await employerAccess(this.ds.manager, employer, caller))) {
        if (!isRegionBound(caller)) throw notFound('Application', id);
        throw forbidden(`The caller acts neither for the job seeker nor for the employer of application ${id}`);
      }
    }
    return this.view(this.ds.manager, app);
  }

  /**
   * Moves an application: the employer side (who acts for the vacancy's employer) one step along
   * APPLIED -> SHORTLISTED -> INTERVIEW -> OFFERED -> HIRED or to REJECTED; the seeker side to WITHDRAWN. Anything else is
   * FAILED_PRECONDITION. HIRED, in the same transaction: refuses hires beyond the vacancy's number needed (counted under a
   * row lock on the vacancy), places the seeker (AK/1 card PLACED) and records the placement (PlacementRecorded).
   */
  async transition(id: string, to: string, note = '', now: Date = new Date()): Promise<ApplicationView> {
    const v = new Violations();
    v.check(
      (APPLICATION_STATES as readonly string[]).includes(to) && to !== 'APPLIED',
      'toState',
      `must be one of ${APPLICATION_STATES.filter((s) => s !== 'APPLIED').join(', ')}`,
    );
    const text = (note ?? '').trim();
    v.check(text.length <= MAX_NOTE, 'note', `must be at most ${MAX_NOTE} characters`);
    v.throwIfAny();
    const caller = currentCaller();
    // the seeker side withdraws with jobs:read; every other move is the employer's, whose token needs jobs:write
    if (caller && to !== 'WITHDRAWN' && !hasScope(caller, 'jobs:write')) throw forbidden('The token lacks the scope jobs:write');
    if (!isUuid(id)) throw notFound('Application', id);
    const target = to as ApplicationStateValue;
    const saved = await this.outbox.run(async ({ manager, emit }) => {
      const peek = await manager.getRepository(ApplicationEntity).findOne({ where: { id }, select: { id: true, vacancyId: true } });
      if (!peek) throw notFound('Application', id);
      // lock order vacancy -> application -> seeker (every path takes them in this order)
      const vacancy = await manager
        .getRepository(VacancyEntity)
        .findOne({ where: { id: peek.vacancyId }, lock: target === 'HIRED' ? { mode: 'pessimistic_write' } : undefined });
      if (!vacancy) throw notFound('Vacancy', peek.vacancyId);
      const app = await manager.getRepository(ApplicationEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const seeker = await manager
        .getRepository(JobSeekerEntity)
        .findOneOrFail({ where: { id: app.jobSeekerId }, lock: target === 'HIRED' ? { mode: 'pessimistic_write' } : undefined });
      const employer = await manager.getRepository(EmployerEntity).findOneByOrFail({ id: app.employerId });

      // who may ask is checked before what may happen, so a stranger learns nothing about the state; one acting neither for
      // the seeker nor for the employer learns not even that the application exists (an officer of another region is told)
      const seekerSide = actsForSeeker(seeker, caller, app.appliedBy);
      const employerSide = !!(await employerAccess(manager, employer, caller));
      if (!seekerSide && !employerSide && !isRegionBound(caller)) throw notFound('Application', id);
      const wantedSide = target === 'WITHDRAWN' ? 'SEEKER' : 'EMPLOYER';
      if (wantedSide === 'SEEKER' && !seekerSide) throw forbidden(`Only the job seeker (or who acts for him) withdraws application ${id}`);
      if (wantedSide === 'EMPLOYER') await assertEmployerAccess(manager, employer, caller);
      const side = transitionSide(app.state, target);
      if (!side) {
        const allowed = FINAL_APPLICATION_STATES.includes(app.state)
          ? 'it is final'
          : `it can become ${[NEXT_STEP[app.state], 'REJECTED', 'WITHDRAWN'].filter(Boolean).join(', ')}`;
        throw conflict(`Application ${id} is ${app.state}: it cannot become ${target} (${allowed})`);
      }
      if (target === 'HIRED') {
        // the employer reported the vacancy filled (its number hired is final) or closed without hires: no hire through it
        if (vacancy.state === 'FILLED' || vacancy.state === 'CLOSED')
          throw conflict(`Vacancy ${vacancy.id} is ${vacancy.state}: no further hire is possible through its applications`);
        const [{ hired }]: { hired: number }[] = await manager.query(
          `SELECT count(*)::int AS hired FROM applications WHERE vacancy_id = $1 AND state = 'HIRED'`,
          [vacancy.id],
        );
        if (hired >= vacancy.numberNeeded) {
          throw conflict(
            `Vacancy ${vacancy.id} needs ${vacancy.numberNeeded} and ${hired} ${hired === 1 ? 'is' : 'are'} already hired: no further hire is possible`,
          );
        }
        this.placeSeeker(seeker, vacancy, emit, now);
        await manager.getRepository(JobSeekerEntity).save(seeker);
      }
      const from = app.state;
      app.state = target;
      const saved = await manager.getRepository(ApplicationEntity).save(app);
      await this.record(manager, app.id, from, target, actorOf(caller), caller ? side : 'SYSTEM', text, now);
      emit(ApplicationTransitioned, {
        subject: app.id,
        regionCode: vacancy.regionCode,
        data: eventData(saved, vacancy, seeker, from, caller ? side : 'SYSTEM', now),
      });
      if (target === 'HIRED') this.emitPlacement(saved, vacancy, seeker, employer, emit, now);
      return saved;
    });
    return this.view(this.ds.manager, saved);
  }

  /**
   * A vacancy's applicants (who acts for its employer; officers of the employer's region or of where it is worked) or a
   * seeker's own applications
   * (the seeker side), newest first, keyset-paginated; optionally one state.
   */
  async list(q: ApplicationListQuery): Promise<{ applications: ApplicationView[]; nextPageToken: string }> {
    const vacancyId = q.vacancyId ?? '';
    const jobSeekerId = q.jobSeekerId ?? '';
    const state = q.state ?? '';
    const pageSize = q.pageSize ?? 0;
    const v = new Violations();
    v.check(!!vacancyId !== !!jobSeekerId, vacancyId ? 'jobSeekerId' : 'vacancyId', 'exactly one of vacancyId and jobSeekerId is required');
    v.check(!vacancyId || isUuid(vacancyId), 'vacancyId', 'must be a vacancy id (UUID)');
    v.check(!jobSeekerId || isUuid(jobSeekerId), 'jobSeekerId', 'must be a job seeker id (UUID)');
    v.check(
      !state || (APPLICATION_STATES as readonly string[]).includes(state),
      'state',
      `must be one of ${APPLICATION_STATES.join(', ')}`,
    );
    v.check(Number.isInteger(pageSize) && pageSize >= 0, 'pageSize', 'must not be negative');
    const filter = JSON.stringify([vacancyId, jobSeekerId, state]);
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    if (q.pageToken)
      v.check(!!cursor && cursor.filter === filter, 'pageToken', 'is not a page token of this listing (the filters must stay the same)');
    v.throwIfAny();

    const caller = currentCaller();
    if (vacancyId) {
      const vacancy = await this.ds.getRepository(VacancyEntity).findOneBy({ id: vacancyId });
      if (!vacancy) throw notFound('Vacancy', vacancyId);
      const employer = await this.ds.getRepository(EmployerEntity).findOneByOrFail({ id: vacancy.employerId });
      // the officers of where the vacancy is worked supervise its placements as well as those of the employer's region
      const workRegionOfficer = isRegionBound(caller) && regionWithin(vacancy.regionCode, caller.regionCode);
      if (!workRegionOfficer && !(await employerAccess(this.ds.manager, employer, caller))) {
        if (vacancy.state === 'DRAFT') throw notFound('Vacancy', vacancyId);
        throw forbidden(`Only who acts for employer ${employer.id} lists the applicants of vacancy ${vacancyId}`);
      }
    } else {
      const seeker = await this.ds.getRepository(JobSeekerEntity).findOneBy({ id: jobSeekerId });
      if (!seeker) throw notFound('Job seeker', jobSeekerId);
      if (!actsForSeeker(seeker, caller))
        throw seekerRefusal(
          seeker,
          jobSeekerId,
          `Only the job seeker (or who acts for him) lists the applications of job seeker ${jobSeekerId}`,
          caller,
        );
    }
    // a partner sees, of a seeker's applications, those it submitted
    const partnerOnly =
      !vacancyId && caller?.clientId && caller.roles.includes('PARTNER') && !caller.roles.includes('MINISTRY_ADMIN') ? caller.clientId : '';

    const size = Math.min(pageSize || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const qb = this.ds.getRepository(ApplicationEntity).createQueryBuilder('a');
    if (vacancyId) qb.andWhere('a.vacancy_id = :vacancyId', { vacancyId });
    else qb.andWhere('a.job_seeker_id = :jobSeekerId', { jobSeekerId });
    if (state) qb.andWhere('a.state = :state', { state });
    if (partnerOnly) qb.andWhere('a.applied_by = :partnerOnly', { partnerOnly });
    const { page, nextPageToken } = await newestFirstPage(qb, 'a', cursor, size, filter);
    return { applications: await this.views(this.ds.manager, page), nextPageToken };
  }

  private placeSeeker(seeker: JobSeekerEntity, vacancy: VacancyEntity, emit: OutboxTx['emit'], now: Date): void {
    if (!ACTIVE_STATES.includes(seeker.state)) {
      throw conflict(
        `Job seeker ${seeker.id} is ${seeker.state}: only a REGISTERED or REPORTED job seeker can be hired (the AK/1 card closes with the hire)`,
      );
    }
    this.seekers.place(seeker, emit, vacancy.id, now);
  }

  private emitPlacement(
    app: ApplicationEntity,
    vacancy: VacancyEntity,
    seeker: JobSeekerEntity,
    employer: EmployerEntity,
    emit: OutboxTx['emit'],
    now: Date,
  ): void {
    const channel = placementChannel({
      overseas: vacancy.overseas,
      workRegionCode: vacancy.regionCode,
      seekerRegionCode: seeker.regionCode,
    });
    emit(PlacementRecorded, {
      subject: app.id,
      regionCode: seeker.regionCode,
      data: {
        applicationId: app.id,
        vacancyId: vacancy.id,
        jobSeekerId: seeker.id,
        personId: seeker.personId,
        employerId: employer.id,
        employerType: employer.employerType,
        kbjiCode: vacancy.kbjiCode,
        kbliCode: vacancy.kbliCode,
        kbliMainGroup: (vacancy.kbliCode && kbliMainGroup(vacancy.kbliCode)) || '',
        workRegionCode: vacancy.regionCode,
        overseas: vacancy.overseas,
        ...(vacancy.destinationCountry ? { destinationCountry: vacancy.destinationCountry } : {}),
        jobSeekerRegionCode: seeker.regionCode,
        sex: seeker.sex,
        educationLevel: seeker.educationLevel,
        ageBand: ipkAgeBandOn(seeker.birthDate, todayWib(now)) ?? '',
        channel,
        placedAt: now.toISOString(),
      },
    });
  }

  private async record(
    manager: EntityManager,
    applicationId: string,
    from: string,
    to: ApplicationStateValue,
    actor: string,
    side: ActorSide,
    note: string,
    now: Date,
  ): Promise<void> {
    await manager
      .getRepository(ApplicationTransitionEntity)
      .insert({ applicationId, fromState: from, toState: to, actor, actorSide: side, note, createdAt: now });
  }

  private async view(manager: EntityManager, app: ApplicationEntity): Promise<ApplicationView> {
    return (await this.views(manager, [app]))[0];
  }

  /** History, vacancy and seeker facts of a page of applications, in three queries. */
  private async views(manager: EntityManager, apps: ApplicationEntity[]): Promise<ApplicationView[]> {
    if (!apps.length) return [];
    const [history, vacancies, seekers] = await readAll(manager, [
      () =>
        manager
          .getRepository(ApplicationTransitionEntity)
          .find({ where: { applicationId: In(apps.map((a) => a.id)) }, order: { id: 'ASC' } }),
      () =>
        manager.getRepository(VacancyEntity).find({
          where: { id: In([...new Set(apps.map((a) => a.vacancyId))]) },
          select: { id: true, positionName: true, regionCode: true },
        }),
      () =>
        manager
          .getRepository(JobSeekerEntity)
          .find({ where: { id: In([...new Set(apps.map((a) => a.jobSeekerId))]) }, select: { id: true, regionCode: true } }),
    ]);
    const vacancyById = new Map(vacancies.map((x) => [x.id, x]));
    const seekerById = new Map(seekers.map((x) => [x.id, x]));
    return apps.map((a) => ({
      application: a,
      history: history.filter((h) => h.applicationId === a.id),
      positionName: vacancyById.get(a.vacancyId)?.positionName ?? '',
      vacancyRegionCode: vacancyById.get(a.vacancyId)?.regionCode ?? '',
      jobSeekerRegionCode: seekerById.get(a.jobSeekerId)?.regionCode ?? '',
    }));
  }
}

function eventData(
  app: ApplicationEntity,
  vacancy: VacancyEntity,
  seeker: JobSeekerEntity,
  from: string,
  side: ActorSide,
  now: Date,
): ApplicationEventData {
  return {
    applicationId: app.id,
    vacancyId: vacancy.id,
    employerId: app.employerId,
    jobSeekerId: seeker.id,
    personId: seeker.personId,
    vacancyRegionCode: vacancy.regionCode,
    jobSeekerRegionCode: seeker.regionCode,
    fromState: from,
    state: app.state,
    actorSide: side,
    occurredAt: now.toISOString(),
  };
}
