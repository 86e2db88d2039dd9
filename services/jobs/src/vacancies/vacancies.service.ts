import { assertRegionAllowed, currentCaller, isRegionBound, regionWithin, type Caller } from '@siapkerja/authz';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  canonicalRegionCode,
  EDUCATION_LEVELS,
  isKbji,
  isRegionCode,
  isSkkniUnit,
  normalizeRegionCode,
  parseYmd,
  todayWib,
  validateKbli,
} from '@siapkerja/codes';
import { conflict, DomainError, forbidden, isOneLine, notFound, ONE_LINE, Violations } from '@siapkerja/errors';
import { TransactionalOutbox, type OutboxTx } from '@siapkerja/events';
import {
  answerPrior,
  decodePageToken,
  findByIdOrThrow,
  isUuid,
  newestFirstPage,
  onceByRequestId,
  preparedOn,
  unnestParams,
  StatementBatcher,
  type RequestKey,
} from '@siapkerja/persistence';
import { currentContext, runWithContext, type RequestContext } from '@siapkerja/logging';
import { SERVICE_CONFIG, SERVICE_METRICS } from '@siapkerja/service-kit';
import { Counter, Gauge, type Registry } from '@siapkerja/observability';
import type { JobsConfig } from '../jobs.config';
import { assertEmployerAccessSql, employerAccess } from '../employers/employer-access';
import { EmployerEntity } from '../employers/employer.entity';
import {
  EMPLOYMENT_TYPES,
  SEX_REQUIREMENTS,
  VACANCY_STATES,
  VacancyEntity,
  type EmploymentTypeValue,
  type SexRequirementValue,
  type VacancyStateValue,
} from './vacancy.entity';
import {
  VacancyClosed,
  VacancyExpired,
  VacancyFilled,
  VacancyPublished,
  VacancyRegistered,
  type VacancyTransitionData,
} from './vacancies.events';

/** A vacancy as reported by an employer (Perpres 57/2023 art. 5). Enum values are bare (MALE, SMK, FULL_TIME); '' means default. */
export interface NewVacancy {
  employerId: string;
  positionName: string;
  kbjiCode: string;
  regionCode: string;
  numberNeeded: number;
  validFrom: string;
  validUntil: string;
  description?: string;
  /** defaults to the employer's first KBLI code */
  kbliCode?: string;
  /** 0 or absent: no bound */
  ageMin?: number;
  ageMax?: number;
  /** default ANY */
  sexRequirement?: string;
  /** default NONE */
  minEducation?: string;
  skills?: string[];
  skkniUnits?: string[];
  experienceMonthsMin?: number;
  /** rupiah per month; 0 or absent: not given */
  wageMin?: number;
  wageMax?: number;
  /** forced true when no wage is given */
  wageHidden?: boolean;
  latitude?: number;
  longitude?: number;
  /** default FULL_TIME */
  employmentType?: string;
  overseas?: boolean;
  /** ISO 3166-1 alpha-2, required when overseas */
  destinationCountry?: string;
}

export interface VacancyListQuery {
  pageSize?: number;
  pageToken?: string;
  employerId?: string;
  /** province (NN) or regency (NN.NN) */
  regionCode?: string;
  state?: string;
}

const MAX_VALIDITY_DAYS = 366;
const MAX_WAGE = 1_000_000_000_000; // Rp 1 trillion a month: anything above is a typo
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const EXPIRY_BATCH_SIZE = 200;
/** Rough bounding box of Indonesia (WGS 84), for work places at home. */
export const INDONESIA_BBOX = { latMin: -11, latMax: 6, lonMin: 95, lonMax: 141 } as const;

/** The only state each target state can be reached from. */
const TRANSITION_FROM: Record<Exclude<VacancyStateValue, 'DRAFT'>, VacancyStateValue> = {
  PUBLISHED: 'DRAFT',
  CLOSED: 'PUBLISHED',
  FILLED: 'PUBLISHED',
  EXPIRED: 'PUBLISHED',
};

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** Assigned ISO 3166-1 alpha-2 country codes (per the ICU data of the runtime), without the non-country ones. */
export function isCountryCode(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) return false;
  if (['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB', 'XK'].includes(code)) return false;
  try {
    return regionNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

function transitionData(v: VacancyEntity, fromState: VacancyStateValue): VacancyTransitionData {
  return {
    vacancyId: v.id,
    employerId: v.employerId,
    regionCode: v.regionCode,
    fromState,
    state: v.state,
    numberNeeded: v.numberNeeded,
    // what the catalogue search filters on (consumers caching search answers drop only those this vacancy can change)
    kbjiCode: v.kbjiCode,
    kbliCode: v.kbliCode,
    minEducation: v.minEducation,
    employmentType: v.employmentType,
    overseas: v.overseas,
    ...(v.publishedAt ? { publishedAt: new Date(v.publishedAt).toISOString() } : {}),
  };
}

/** The columns of a new vacancy the service sets after its id (timestamps from the database), in {@link registerValues}' order. */
const REGISTER_COLUMNS = `employer_id, position_name, kbji_code, kbli_code, region_code, number_needed,
    valid_from, valid_until, description, state, request_id, age_min, age_max, sex_requirement, min_education, skills, skkni_units,
    experience_months_min, wage_min, wage_max, wage_hidden, latitude, longitude, employment_type, overseas, destination_country,
    number_hired, published_at, ended_at, request_hash`;
const REGISTER_COLUMN_COUNT = 30;

/**
 * The rows of `n` new vacancies in one statement, each with its id (made by the service: its events are written in the
 * same transaction, before the statement's answer): parameters id then {@link registerValues}, row after row.
 */
export function registerVacanciesSql(n: number): string {
  const width = REGISTER_COLUMN_COUNT + 1;
  const rows = Array.from({ length: n }, (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`);
  return `INSERT INTO vacancies (id, ${REGISTER_COLUMNS}) VALUES ${rows.join(', ')} RETURNING id, created_at, updated_at`;
}

/**
 * What new vacancies need to know, in one statement: for each (employer id, request id) pair, in their order, the vacancy
 * its request id already made (a replay) and the employer's columns (its KBLI default and who may act for it); a row either
 * way (nulls when there is neither). Run prepared, and planned once per connection: planning it over the 60 indexes of
 * vacancies costs several times what running it does (1.08 ms of planning against 0.18 ms of execution, at 1 M vacancies
 * on 2 cores). Its arrays are unnested by {@link unnestParams}: with `unnest($1, $2)` PostgreSQL planned every execution
 * again (158,444 plans in 162,921 calls).
 */
export const REGISTER_LOOKUP_SQL = `SELECT (SELECT v.id FROM vacancies v WHERE v.request_id = i.request_id) AS prior_id, e.id, e.kbli_codes,
    e.region_code, e.owner_client_id
  FROM ${unnestParams(['uuid', 'text'])} WITH ORDINALITY AS i(employer_id, request_id, n)
    LEFT JOIN employers e ON e.id = i.employer_id
  ORDER BY i.n`;

/** The parameters of a vacancy's row in {@link registerVacanciesSql}, after its id. */
export function registerValues(v: Omit<VacancyEntity, 'id' | 'createdAt' | 'updatedAt'>): unknown[] {
  return [
    v.employerId,
    v.positionName,
    v.kbjiCode,
    v.kbliCode,
    v.regionCode,
    v.numberNeeded,
    v.validFrom,
    v.validUntil,
    v.description,
    v.state,
    v.requestId,
    v.ageMin,
    v.ageMax,
    v.sexRequirement,
    v.minEducation,
    v.skills,
    v.skkniUnits,
    v.experienceMonthsMin,
    v.wageMin,
    v.wageMax,
    v.wageHidden,
    v.latitude,
    v.longitude,
    v.employmentType,
    v.overseas,
    v.destinationCountry,
    v.numberHired,
    v.publishedAt,
    v.endedAt,
    v.requestHash,
  ];
}

/** What the request-id and employer lookup answers for a new vacancy (REGISTER_LOOKUP_SQL, one row per vacancy). */
interface RegisterLookup {
  prior_id: string | null;
  id: string | null;
  kbli_codes: string[] | null;
  region_code: string | null;
  owner_client_id: string | null;
}

/** A new vacancy waiting for its turn (VacanciesService.registrations), with its request's context. */
interface Registration {
  input: NewVacancy;
  requestId: string | null;
  key: RequestKey;
  draft: boolean;
  context: RequestContext | undefined;
}

/** Runs `fn` in the context of the registration's request (its caller, deadline, correlation id and idempotency key). */
const inContextOf = <T>(r: Registration, fn: () => T): T => (r.context ? runWithContext(r.context, fn) : fn());

/** How many of a vacancy's applications are HIRED (read under the vacancy's row lock, which every hire takes first). */
async function hiredThroughApplications(manager: Pick<EntityManager, 'query'>, vacancyId: string): Promise<number> {
  const [{ hired }]: { hired: number }[] = await manager.query(
    `SELECT count(*)::int AS hired FROM applications WHERE vacancy_id = $1 AND state = 'HIRED'`,
    [vacancyId],
  );
  return hired;
}

async function settle<T>(work: () => Promise<T>): Promise<PromiseSettledResult<T>> {
  try {
    return { status: 'fulfilled', value: await work() };
  } catch (reason) {
    return { status: 'rejected', reason };
  }
}

@Injectable()
export class VacanciesService {
  /**
   * New vacancies go to the database in batches (StatementBatcher, libs/persistence): the creates that arrive while
   * VACANCY_WRITE_BATCHES transactions of creates are in flight wait and go together, in one transaction of one lookup,
   * one INSERT and one statement of outbox rows; one that finds a slot free goes at once, alone. Writing a row of
   * vacancies costs far less than a statement writing it: each opens the 60 indexes of the table (53 of them partial: a
   * predicate prepared per statement) and prepares its generated columns. At 1 M vacancies, 16 connections each running
   * transactions of k vacancies (2 cores): 1.26-1.40 ms of PostgreSQL CPU per vacancy alone, 0.78 two at a time, 0.51 four,
   * 0.37 eight.
   */
  private readonly registrations: StatementBatcher<Registration, PromiseSettledResult<VacancyEntity>>;
  /** New vacancies waiting for a batch at most (DB_QUEUE_LIMIT, as calls waiting for a connection): more are refused at once */
  private readonly queueLimit: number;
  /** New vacancies refused at once since the start, as overloaded (queueLimit waiting) */
  private refused = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    @Optional() @Inject(SERVICE_CONFIG) config?: Partial<JobsConfig>,
    @Optional() @Inject(SERVICE_METRICS) registry?: Registry,
  ) {
    this.registrations = new StatementBatcher((batch) => this.registerBatch(batch), {
      concurrency: config?.VACANCY_WRITE_BATCHES ?? 2,
      maxBatch: config?.VACANCY_WRITE_BATCH_MAX ?? 32,
    });
    this.queueLimit = config?.DB_QUEUE_LIMIT ?? 40;
    if (registry) this.registerMetrics(registry);
  }

  private registerMetrics(registry: Registry): void {
    const { registrations } = this;
    const refused = () => this.refused;
    new Counter({
      name: 'vacancy_create_batches_total',
      help: 'batches of new vacancies started (one transaction each; one that failed as a whole went again a vacancy at a time)',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(registrations.stats.batches);
      },
    });
    new Counter({
      name: 'vacancy_create_batched_total',
      help: 'new vacancies those batches held (divided by vacancy_create_batches_total: vacancies per transaction)',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(registrations.stats.items);
      },
    });
    new Gauge({
      name: 'vacancy_create_waiting',
      help: 'new vacancies waiting for a batch now (at most DB_QUEUE_LIMIT)',
      registers: [registry],
      collect() {
        this.set(registrations.waiting);
      },
    });
    new Counter({
      name: 'vacancy_create_refused_total',
      help: 'new vacancies refused at once as overloaded (DB_QUEUE_LIMIT waiting for a batch)',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(refused());
      },
    });
  }

  /**
   * Registers (reports) a vacancy. By default it is published at once (and counted); with `draft` it stays a private
   * DRAFT until {@link publish}. The same requestId of the same caller returns the first result.
   */
  async register(input: NewVacancy, clientRequestId?: string, opts: { draft?: boolean } = {}): Promise<VacancyEntity> {
    // admission control of the creates waiting for a batch (the service's own, in front of the database's connections,
    // covers the calls waiting for a connection): refused at once, while the client can still retry (503, Retry-After)
    const waiting = this.registrations.waiting;
    if (waiting >= this.queueLimit) {
      this.refused++;
      throw new DomainError('UNAVAILABLE', `The service is overloaded (${waiting} new vacancies waiting for the database), retry later`);
    }
    // the hot path of the catalogue's writes: plain parameterised statements (the ones the write benchmark's raw baseline
    // runs), no ORM query building or hydration. The request id's earlier row and the employer come in one statement
    // inside the transaction; a replay answers the whole first row (before validating: the first call's input was valid)
    return onceByRequestId(
      this.ds.getRepository(VacancyEntity),
      clientRequestId,
      async (requestId, key) => {
        const done = await this.registrations.submit({ input, requestId, key, draft: !!opts.draft, context: currentContext() });
        if (done.status === 'rejected') throw done.reason;
        return done.value;
      },
      currentCaller(),
      {
        createFindsPrior: true,
        find: async (requestId) => {
          const [prior]: { id: string }[] = await this.ds.query(`SELECT id FROM vacancies WHERE request_id = $1`, [requestId]);
          return prior ? this.byId(this.ds.manager, prior.id) : null;
        },
      },
    );
  }

  private byId(manager: Pick<EntityManager, 'getRepository'>, id: string) {
    return manager.getRepository(VacancyEntity).findOneBy({ id });
  }

  /**
   * A batch of new vacancies (see registrations), in one transaction: their lookups in one statement, each checked in its
   * own request's context (a vacancy refused for itself, invalid or not allowed, is answered its error and left out), the
   * others' rows in one INSERT with ids the service makes and their events in one statement with the COMMIT. A request id
   * used before answers its vacancy when it comes alone (a replay, or a refused reuse); in a batch of several, it goes
   * alone after the batch, as does a request id used twice in the batch. A vacancy alone runs in its request's context;
   * several in one of their own with the earliest deadline among them. Whatever fails the transaction itself (a row the
   * database refused, a request id another instance stored first, that deadline) fails a batch of several:
   * StatementBatcher then sends each of its vacancies alone, each answered as it would have been had it come alone.
   */
  private async registerBatch(batch: Registration[]): Promise<PromiseSettledResult<VacancyEntity>[]> {
    const alone = batch.length === 1;
    const results: PromiseSettledResult<VacancyEntity>[] = new Array(batch.length);
    const later: number[] = [];
    const deadlines = batch.map((r) => r.context?.deadline).filter((d): d is number => d !== undefined);
    const context: RequestContext | undefined = alone
      ? batch[0].context
      : { correlationId: randomUUID(), ...(deadlines.length ? { deadline: Math.min(...deadlines) } : {}) };
    const unit = () =>
      this.outbox.run(async ({ manager, emit }) => {
        const found = await preparedOn<RegisterLookup>(manager, REGISTER_LOOKUP_SQL, [
          batch.map((r) => (isUuid(r.input.employerId) ? r.input.employerId : null)),
          batch.map((r) => r.requestId),
        ]);
        const rows: { at: number; vacancy: VacancyEntity }[] = [];
        const keys = new Set<string>();
        for (const [at, r] of batch.entries()) {
          const prior = found[at].prior_id;
          // a replay answers the whole first row (before validating: the first call's input was valid)
          if (prior && alone) {
            results[at] = await settle(() => inContextOf(r, async () => answerPrior((await this.byId(manager, prior)) as VacancyEntity)));
            continue;
          }
          // a key used before, or twice in the batch (a retry sent before the first call was answered): after the batch
          if (prior || (r.requestId !== null && keys.has(r.requestId))) {
            later.push(at);
            continue;
          }
          if (r.requestId !== null) keys.add(r.requestId);
          try {
            const vacancy = await inContextOf(r, () => this.newVacancy(manager, r, found[at]));
            vacancy.id = randomUUID();
            if (!r.draft) inContextOf(r, () => this.emitPublished(vacancy, 'DRAFT', emit));
            rows.push({ at, vacancy });
          } catch (e) {
            // refused for itself (its content, its employer, its caller's rights); a failed statement fails the batch
            if (!(e instanceof DomainError)) throw e;
            results[at] = { status: 'rejected', reason: e };
          }
        }
        if (rows.length) {
          const made: { id: string; created_at: Date; updated_at: Date }[] = await manager.query(
            registerVacanciesSql(rows.length),
            rows.flatMap(({ vacancy }) => [vacancy.id, ...registerValues(vacancy)]),
          );
          const byId = new Map(made.map((m) => [m.id, m]));
          for (const { vacancy } of rows) {
            const m = byId.get(vacancy.id);
            if (!m) throw new Error(`vacancy ${vacancy.id} was not stored`);
            vacancy.createdAt = m.created_at;
            vacancy.updatedAt = m.updated_at;
          }
        }
        return rows;
      });
    let stored: { at: number; vacancy: VacancyEntity }[];
    try {
      stored = await (context ? runWithContext(context, unit) : unit());
    } catch (e) {
      if (!alone) throw e;
      return [{ status: 'rejected', reason: e }];
    }
    for (const { at, vacancy } of stored) results[at] = { status: 'fulfilled', value: vacancy };
    for (const at of later) [results[at]] = await this.registerBatch([batch[at]]);
    return results;
  }

  /**
   * The checks of a new vacancy (in its request's context) and its row to store, without id: the region of an officer,
   * the content, the employer, and that the caller acts for it; throws what the caller is answered.
   */
  private async newVacancy(manager: EntityManager, r: Registration, found: RegisterLookup): Promise<VacancyEntity> {
    const { input } = r;
    // an officer publishes in his region only: refused before the content is looked at (the code as the code list writes
    // it: '3373' and ' 33.73' are his 33.73, as they are when stored; anything else is judged as sent)
    assertRegionAllowed(canonicalRegionCode(input.regionCode), undefined, 'regionCode');
    const content = this.validate(input);
    if (!found.id) throw notFound('Employer', input.employerId);
    const employer = { id: found.id, regionCode: found.region_code ?? '', ownerClientId: found.owner_client_id };
    // officers are held to the vacancy's region (above); everyone else must act for the employer
    if (!isRegionBound(currentCaller())) await assertEmployerAccessSql(manager, employer);
    const kbliCode = content.kbliCode || (found.kbli_codes ?? []).map((c) => validateKbli(c)).find((v) => v.valid)?.code || '';
    return Object.assign(new VacancyEntity(), {
      ...content,
      kbliCode,
      employerId: employer.id,
      state: (r.draft ? 'DRAFT' : 'PUBLISHED') as VacancyStateValue,
      publishedAt: r.draft ? null : new Date(),
      endedAt: null,
      requestId: r.requestId,
      requestHash: r.key.requestHash,
    });
  }

  /** A DRAFT is private: only who acts for the vacancy sees it (others get NOT_FOUND, as if it did not exist). */
  async get(id: string, opts: { published?: boolean } = {}): Promise<VacancyEntity> {
    const v = await findByIdOrThrow(this.ds.getRepository(VacancyEntity), id, 'Vacancy');
    if (v.state === 'DRAFT' && !(await this.actsFor(this.ds.manager, v))) throw notFound('Vacancy', id);
    // the public catalogue (a JobPosting) shows a published vacancy to every caller, and nothing else
    if (opts.published) {
      if (v.state !== 'PUBLISHED') throw new DomainError('NOT_FOUND', `Vacancy ${id} is not published`);
      return v;
    }
    assertRegionAllowed(v.regionCode, currentCaller(), 'regionCode');
    return v;
  }

  /** The legal name of a vacancy's employer (its JobPosting's hiring organization). */
  async employerLegalName(v: VacancyEntity): Promise<string> {
    return (await this.ds.getRepository(EmployerEntity).findOneBy({ id: v.employerId }))?.legalName ?? '';
  }

  /** Officers act inside their region; everyone else for the vacancy's employer (see employerAccess). */
  private async actsFor(manager: EntityManager, v: VacancyEntity, caller: Caller | undefined = currentCaller()): Promise<boolean> {
    if (isRegionBound(caller)) return regionWithin(v.regionCode, caller.regionCode);
    const employer = await manager.getRepository(EmployerEntity).findOneBy({ id: v.employerId });
    return !!employer && !!(await employerAccess(manager, employer, caller));
  }

  /** DRAFT -> PUBLISHED: from now on the vacancy is public and counted (VacancyRegistered). */
  async publish(id: string, now: Date = new Date()): Promise<VacancyEntity> {
    return this.transition(id, 'PUBLISHED', (v, emit) => {
      if (v.validUntil < todayWib(now)) throw conflict(`Vacancy ${id} cannot be published: its validity period ended on ${v.validUntil}`);
      v.publishedAt = now;
      this.emitPublished(v, 'DRAFT', emit);
    });
  }

  /** PUBLISHED -> CLOSED, without hires reported. */
  async close(id: string, reason = ''): Promise<VacancyEntity> {
    const v = new Violations();
    v.check(reason.length <= 500, 'reason', 'must be at most 500 characters');
    v.throwIfAny();
    return this.transition(id, 'CLOSED', async (vacancy, emit, manager) => {
      // closed means "without hires": one whose applications hired people is reported filled (its row lock, taken by
      // transition, holds back a hire in flight until this is decided)
      const hired = await hiredThroughApplications(manager, vacancy.id);
      if (hired > 0)
        throw conflict(
          `Vacancy ${id} hired ${hired} through its applications: report it filled (numberHired at least ${hired}) instead of closing it`,
        );
      const now = new Date();
      vacancy.endedAt = now;
      emit(VacancyClosed, {
        subject: vacancy.id,
        regionCode: vacancy.regionCode,
        data: { ...transitionData(vacancy, 'PUBLISHED'), ...(reason.trim() ? { reason: reason.trim() } : {}), closedAt: now.toISOString() },
      });
    });
  }

  /** PUBLISHED -> FILLED with the number hired (Perpres 57/2023 art. 6): 1..numberNeeded. */
  async reportFilled(id: string, numberHired: number): Promise<VacancyEntity> {
    new Violations()
      .check(Number.isInteger(numberHired) && numberHired >= 1, 'numberHired', 'must be an integer of at least 1')
      .throwIfAny();
    return this.transition(id, 'FILLED', async (vacancy, emit, manager) => {
      // the hires made through its applications count among the number hired (the row lock holds back a hire in flight)
      const hired = await hiredThroughApplications(manager, vacancy.id);
      new Violations()
        .check(numberHired <= vacancy.numberNeeded, 'numberHired', `must be at most the number needed (${vacancy.numberNeeded})`)
        .check(numberHired >= hired, 'numberHired', `must be at least the ${hired} hired through the vacancy's applications`)
        .throwIfAny();
      const now = new Date();
      vacancy.numberHired = numberHired;
      vacancy.endedAt = now;
      emit(VacancyFilled, {
        subject: vacancy.id,
        regionCode: vacancy.regionCode,
        data: { ...transitionData(vacancy, 'PUBLISHED'), numberHired, filledAt: now.toISOString() },
      });
    });
  }

  /**
   * Moves PUBLISHED vacancies whose validity ended before `now`'s date in WIB to EXPIRED, in batches claimed with
   * FOR UPDATE SKIP LOCKED (several instances may run it at once), one VacancyExpired each. Returns how many expired.
   */
  async expireDue(now: Date = new Date(), batchSize = EXPIRY_BATCH_SIZE): Promise<number> {
    const today = todayWib(now);
    return this.outbox.sweep(
      batchSize,
      async (manager, limit) =>
        (
          await manager.query(
            `SELECT id FROM vacancies WHERE state = 'PUBLISHED' AND valid_until < $1::date ORDER BY valid_until, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
            [today, limit],
          )
        ).map((d: { id: string }) => d.id),
      async ({ manager, emit }, ids) => {
        const endedAt = new Date();
        const [rows]: [
          {
            id: string;
            employer_id: string;
            region_code: string;
            number_needed: number;
            valid_until: string;
            kbji_code: string;
            kbli_code: string;
            min_education: string;
            employment_type: string;
            overseas: boolean;
            published_at: Date | null;
          }[],
        ] = await manager.query(
          `UPDATE vacancies SET state = 'EXPIRED', ended_at = $2, updated_at = now() WHERE id = ANY($1::uuid[]) AND state = 'PUBLISHED'
           RETURNING id, employer_id, region_code, number_needed, valid_until::text AS valid_until, kbji_code, kbli_code, min_education, employment_type, overseas, published_at`,
          [ids, endedAt],
        );
        for (const r of rows) {
          emit(VacancyExpired, {
            subject: r.id,
            regionCode: r.region_code,
            data: {
              vacancyId: r.id,
              employerId: r.employer_id,
              regionCode: r.region_code,
              fromState: 'PUBLISHED',
              state: 'EXPIRED',
              numberNeeded: r.number_needed,
              kbjiCode: r.kbji_code,
              kbliCode: r.kbli_code,
              minEducation: r.min_education,
              employmentType: r.employment_type,
              overseas: r.overseas,
              ...(r.published_at ? { publishedAt: new Date(r.published_at).toISOString() } : {}),
              validUntil: r.valid_until,
              expiredAt: endedAt.toISOString(),
            },
          });
        }
      },
    );
  }

  /** Newest first, keyset-paginated on (created_at, id); the page token is bound to the filters it was made with. */
  async list(q: VacancyListQuery): Promise<{ vacancies: VacancyEntity[]; nextPageToken: string }> {
    const caller = currentCaller();
    const employerId = q.employerId ?? '';
    // a region-bound officer lists his region by default, and never outside it; the region as the code list writes it
    // (' 33.73', '33.73\n' and '3373' are 33.73: the same check, filter and page tokens), anything else as sent
    const regionAsSent = q.regionCode || (isRegionBound(caller) ? caller.regionCode : '');
    const regionCode = canonicalRegionCode(regionAsSent);
    if (regionCode) assertRegionAllowed(regionCode, caller, 'region');
    const state = q.state ?? '';
    const pageSize = q.pageSize ?? 0;
    const viol = new Violations();
    viol.check(Number.isInteger(pageSize) && pageSize >= 0, 'pageSize', 'must not be negative');
    viol.check(!employerId || isUuid(employerId), 'employerId', 'must be an employer id (UUID)');
    viol.check(
      !regionCode || isRegionCode(regionCode, 'province') || isRegionCode(regionCode, 'regency'),
      'regionCode',
      'must be an existing province (NN) or regency (NN.NN) code',
    );
    viol.check(!state || (VACANCY_STATES as readonly string[]).includes(state), 'state', `must be one of ${VACANCY_STATES.join(', ')}`);
    // the listing's name first: an employers token (the same shape of three fields) is not one of this listing
    const filter = `vacancies|${employerId}|${regionCode}|${state}`;
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    if (q.pageToken)
      viol.check(!!cursor && cursor.filter === filter, 'pageToken', 'is not a page token of this listing (the filters must stay the same)');
    viol.throwIfAny();

    const size = Math.min(pageSize || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const qb = this.ds.getRepository(VacancyEntity).createQueryBuilder('v');
    if (employerId) qb.andWhere('v.employer_id = :employerId', { employerId });
    if (regionCode.length === 2) qb.andWhere('left(v.region_code, 2) = :province', { province: regionCode });
    else if (regionCode) qb.andWhere('v.region_code = :regionCode', { regionCode });
    if (state) qb.andWhere('v.state = :state', { state });
    // drafts are private: listed only to the ministry, officers (region-held above) and who acts for the employer asked for
    const seesDrafts =
      !caller ||
      caller.roles.includes('MINISTRY_ADMIN') ||
      isRegionBound(caller) ||
      (!!employerId &&
        !!(await this.ds
          .getRepository(EmployerEntity)
          .findOneBy({ id: employerId })
          .then((e) => e && employerAccess(this.ds.manager, e, caller))));
    if (!seesDrafts) qb.andWhere(`v.state <> 'DRAFT'`);
    const { page, nextPageToken } = await newestFirstPage(qb, 'v', cursor, size, filter);
    return { vacancies: page, nextPageToken };
  }

  private async transition(
    id: string,
    to: keyof typeof TRANSITION_FROM,
    apply: (v: VacancyEntity, emit: OutboxTx['emit'], manager: EntityManager) => void | Promise<void>,
  ): Promise<VacancyEntity> {
    if (!isUuid(id)) throw notFound('Vacancy', id);
    return this.outbox.run(async ({ manager, emit }) => {
      const repo = manager.getRepository(VacancyEntity);
      // the row lock serialises concurrent transitions of one vacancy (and the expiry job, which skips locked rows)
      const v = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!v) throw notFound('Vacancy', id);
      assertRegionAllowed(v.regionCode);
      if (!(await this.actsFor(manager, v))) {
        if (v.state === 'DRAFT') throw notFound('Vacancy', id);
        throw forbidden(`The caller does not act for the employer of vacancy ${id}`);
      }
      const from = TRANSITION_FROM[to];
      if (v.state !== from) throw conflict(`Vacancy ${id} is ${v.state}: it cannot become ${to} (only a ${from} vacancy can)`);
      v.state = to;
      await apply(v, emit, manager);
      return repo.save(v);
    });
  }

  /** The vacancy became PUBLISHED: VacancyRegistered (what the IPK reports count) then VacancyPublished. */
  emitPublished(v: VacancyEntity, fromState: VacancyStateValue, emit: OutboxTx['emit']): void {
    const publishedAt = (v.publishedAt ?? new Date()).toISOString();
    emit(VacancyRegistered, {
      subject: v.id,
      regionCode: v.regionCode,
      data: {
        vacancyId: v.id,
        employerId: v.employerId,
        positionName: v.positionName,
        kbjiCode: v.kbjiCode,
        regionCode: v.regionCode,
        numberNeeded: v.numberNeeded,
        validFrom: v.validFrom,
        validUntil: v.validUntil,
        state: v.state,
        registeredAt: publishedAt,
      },
    });
    emit(VacancyPublished, {
      subject: v.id,
      regionCode: v.regionCode,
      data: {
        ...transitionData(v, fromState),
        positionName: v.positionName,
        kbjiCode: v.kbjiCode,
        kbliCode: v.kbliCode,
        validFrom: v.validFrom,
        validUntil: v.validUntil,
        sexRequirement: v.sexRequirement,
        minEducation: v.minEducation,
        employmentType: v.employmentType,
        overseas: v.overseas,
        ...(v.destinationCountry ? { destinationCountry: v.destinationCountry } : {}),
        publishedAt,
      },
    });
  }

  /** Checks the art. 5 content, naming every bad field, and returns the columns to store (defaults applied). */
  validate(input: NewVacancy) {
    const v = new Violations();
    v.check(isUuid(input.employerId ?? ''), 'employerId', 'must be an employer id (UUID)');
    v.check(!!input.positionName?.trim() && input.positionName.length <= 200, 'positionName', 'is required (at most 200 characters)');
    v.check(isOneLine(input.positionName), 'positionName', ONE_LINE);
    v.check(isKbji(input.kbjiCode), 'kbjiCode', 'must be a KBJI 2014 occupation code');
    const kbli = input.kbliCode ? validateKbli(input.kbliCode) : undefined;
    v.check(!kbli || kbli.valid, 'kbliCode', 'must be a KBLI 2020 code (2 to 5 digits, e.g. 62019)');
    v.check(isRegionCode(input.regionCode, 'regency'), 'regionCode', 'must be an existing Kemendagri regency code (NN.NN)');
    v.check(
      Number.isInteger(input.numberNeeded) && input.numberNeeded >= 1 && input.numberNeeded <= 100000,
      'numberNeeded',
      'must be an integer from 1 to 100000',
    );
    const from = parseYmd(input.validFrom);
    const until = parseYmd(input.validUntil);
    v.check(!!from, 'validFrom', 'must be a date YYYY-MM-DD');
    v.check(!!until, 'validUntil', 'must be a date YYYY-MM-DD');
    if (from && until) {
      const days = (Date.UTC(until.year, until.month - 1, until.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86400000;
      v.check(days >= 0, 'validUntil', 'must not be before validFrom');
      v.check(days <= MAX_VALIDITY_DAYS, 'validUntil', `must be at most ${MAX_VALIDITY_DAYS} days after validFrom`);
    }
    v.check((input.description ?? '').length <= 20000, 'description', 'must be at most 20000 characters');

    const ageMin = input.ageMin || 0;
    const ageMax = input.ageMax || 0;
    v.check(
      ageMin === 0 || (Number.isInteger(ageMin) && ageMin >= 15 && ageMin <= 70),
      'ageMin',
      'must be an age from 15 to 70 (0: no minimum)',
    );
    v.check(
      ageMax === 0 || (Number.isInteger(ageMax) && ageMax >= 15 && ageMax <= 70),
      'ageMax',
      'must be an age from 15 to 70 (0: no maximum)',
    );
    if (ageMin && ageMax) v.check(ageMin <= ageMax, 'ageMax', 'must not be below ageMin');

    const sexRequirement = input.sexRequirement || 'ANY';
    v.check(
      (SEX_REQUIREMENTS as readonly string[]).includes(sexRequirement),
      'sexRequirement',
      `must be one of ${SEX_REQUIREMENTS.join(', ')}`,
    );
    const minEducation = input.minEducation || 'NONE';
    v.check(
      (EDUCATION_LEVELS as readonly string[]).includes(minEducation),
      'minEducation',
      `must be one of ${EDUCATION_LEVELS.join(', ')}`,
    );
    const employmentType = input.employmentType || 'FULL_TIME';
    v.check(
      (EMPLOYMENT_TYPES as readonly string[]).includes(employmentType),
      'employmentType',
      `must be one of ${EMPLOYMENT_TYPES.join(', ')}`,
    );

    const skills = (input.skills ?? []).map((s) => (typeof s === 'string' ? s.trim() : ''));
    v.check(skills.length <= 50, 'skills', 'at most 50 skills');
    skills.forEach((s, i) => v.check(s.length >= 1 && s.length <= 100, `skills[${i}]`, 'must be 1 to 100 characters'));
    skills.forEach((s, i) => v.check(isOneLine(s), `skills[${i}]`, ONE_LINE));
    const skkniUnits = input.skkniUnits ?? [];
    v.check(skkniUnits.length <= 100, 'skkniUnits', 'at most 100 SKKNI units');
    skkniUnits.forEach((c, i) => v.check(isSkkniUnit(c), `skkniUnits[${i}]`, 'must be an SKKNI unit code like J.620100.001.01'));

    const experienceMonthsMin = input.experienceMonthsMin || 0;
    v.check(
      Number.isInteger(experienceMonthsMin) && experienceMonthsMin >= 0 && experienceMonthsMin <= 600,
      'experienceMonthsMin',
      'must be 0 to 600 months',
    );

    const wageMin = input.wageMin || 0;
    const wageMax = input.wageMax || 0;
    v.check(
      Number.isSafeInteger(wageMin) && wageMin >= 0 && wageMin <= MAX_WAGE,
      'wageMin',
      'must be rupiah per month from 0 (not given) to 1000000000000',
    );
    v.check(
      Number.isSafeInteger(wageMax) && wageMax >= 0 && wageMax <= MAX_WAGE,
      'wageMax',
      'must be rupiah per month from 0 (not given) to 1000000000000',
    );
    if (wageMin && wageMax) v.check(wageMin <= wageMax, 'wageMax', 'must not be below wageMin');
    const wageGiven = wageMin > 0 || wageMax > 0;

    const overseas = !!input.overseas;
    const destinationCountry = (input.destinationCountry ?? '').trim().toUpperCase();
    if (overseas) {
      v.check(
        isCountryCode(destinationCountry) && destinationCountry !== 'ID',
        'destinationCountry',
        'is required for an overseas vacancy: an ISO 3166-1 alpha-2 country code other than ID',
      );
    } else {
      v.check(destinationCountry === '', 'destinationCountry', 'must be empty unless the vacancy is overseas');
    }

    const hasLat = typeof input.latitude === 'number';
    const hasLon = typeof input.longitude === 'number';
    v.check(hasLat === hasLon, hasLat ? 'longitude' : 'latitude', 'latitude and longitude go together');
    if (hasLat && hasLon) {
      const lat = input.latitude as number;
      const lon = input.longitude as number;
      const box = overseas ? { latMin: -90, latMax: 90, lonMin: -180, lonMax: 180 } : INDONESIA_BBOX;
      const where = overseas ? '' : ' (inside Indonesia)';
      v.check(
        Number.isFinite(lat) && lat >= box.latMin && lat <= box.latMax,
        'latitude',
        `must be from ${box.latMin} to ${box.latMax}${where}`,
      );
      v.check(
        Number.isFinite(lon) && lon >= box.lonMin && lon <= box.lonMax,
        'longitude',
        `must be from ${box.lonMin} to ${box.lonMax}${where}`,
      );
    }
    v.throwIfAny();

    return {
      positionName: input.positionName.trim(),
      kbjiCode: input.kbjiCode,
      kbliCode: kbli?.valid ? kbli.code : '',
      // as the code list writes it (validated above: ' 33.73', '33.73\n' and '3373' are 33.73)
      regionCode: normalizeRegionCode(input.regionCode) as string,
      numberNeeded: input.numberNeeded,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      description: input.description ?? '',
      ageMin: ageMin || null,
      ageMax: ageMax || null,
      sexRequirement: sexRequirement as SexRequirementValue,
      minEducation,
      skills: [...new Set(skills)],
      skkniUnits: [...new Set(skkniUnits)],
      experienceMonthsMin,
      wageMin: wageMin ? String(wageMin) : null,
      wageMax: wageMax ? String(wageMax) : null,
      wageHidden: wageGiven ? !!input.wageHidden : true,
      latitude: hasLat && hasLon ? (input.latitude as number) : null,
      longitude: hasLat && hasLon ? (input.longitude as number) : null,
      employmentType: employmentType as EmploymentTypeValue,
      overseas,
      destinationCountry: overseas ? destinationCountry : null,
      numberHired: 0,
    };
  }
}
