import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { currentCaller, isRegionBound, regionWithin, type Caller } from '@siapkerja/authz';
import { isEducationLevel, EDUCATION_LEVELS, parseYmd, todayWib, validateNik } from '@siapkerja/codes';
import { alreadyExists, conflict, DomainError, forbidden, invalid, isOneLine, notFound, ONE_LINE, Violations } from '@siapkerja/errors';
import { TransactionalOutbox, type OutboxTx } from '@siapkerja/events';
import { PersonIdentity } from '@siapkerja/identity';
import {
  decodePageToken,
  isUniqueViolation,
  isUuid,
  newestFirstPage,
  onceByRequestId,
  readAll,
  type RequestKey,
} from '@siapkerja/persistence';
import { BatchEntity } from '../batches/batch.entity';
import { BatchesService } from '../batches/batches.service';
import { selecting } from '../batches/batches.rules';
import { failedEligibilityRule } from '../programs/eligibility.rules';
import { programAccess } from '../programs/program-access';
import { ProgramEntity } from '../programs/program.entity';
import { assertVisible, enrolmentRelation, isPersonCaller, isVisible, visibleEnrolmentsCondition } from './enrolment-access';
import {
  type BatchSessionCount,
  ENROLMENT_STATES,
  EnrolmentEntity,
  EnrolmentTransitionEntity,
  JobSeekerFactsEntity,
  PersonPrivacyEntity,
  type EnrolmentActorSide,
  type EnrolmentStateValue,
  type Registrant,
} from './enrolment.entity';
import { enrolmentMovesFrom, enrolmentTransitionAllowed, attendancePercent } from './enrolments.rules';
import { EnrolmentRegistered, EnrolmentTransitioned, enrolmentEventData } from './enrolments.events';

export interface NewEnrolment {
  batchId: string;
  nik: string;
  name: string;
  birthDate: string;
  /** as stated; the job-seeker profile's wins */
  educationLevel?: string;
}

export interface EnrolmentListQuery {
  batchId: string;
  state?: string;
  pageSize?: number;
  pageToken?: string;
}

/** An enrolment with its history (oldest first) and the program and batch facts listings and exports show. */
export interface EnrolmentView {
  enrolment: EnrolmentEntity;
  history: EnrolmentTransitionEntity[];
  programTitle: string;
  batchStartDate: string;
  batchEndDate: string;
  /** 1-based place on the waitlist; 0 unless WAITLISTED */
  waitlistPosition: number;
  attendancePercent: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const MAX_NAME = 200;
export const MAX_NOTE = 1000;
/** Job-seeker states whose AK/1 registration is in force. */
const ACTIVE_JOB_SEEKER = ['REGISTERED', 'REPORTED'];

export const actorOf = (caller: Caller | undefined) => caller?.clientId ?? caller?.sub ?? 'system';

/** Who registers the person, by the caller's standing (in this order); undefined when the caller may not register anyone. */
function registrantOf(caller: Caller | undefined, program: ProgramEntity, batch: BatchEntity, selfNik: boolean): Registrant | undefined {
  if (!caller) return 'SYSTEM';
  if (caller.roles.includes('MINISTRY_ADMIN')) return 'MINISTRY';
  if (isRegionBound(caller)) return regionWithin(batch.regionCode, caller.regionCode) ? 'OFFICER' : undefined;
  const owner = programAccess(program, caller) === 'OWNER';
  // a client or account bound to another provider does not register people in this one's batches
  if (caller.organizationId && !owner) return undefined;
  if (caller.clientId && caller.roles.includes('PARTNER')) return 'PARTNER';
  if (owner) return 'PROVIDER';
  if (caller.roles.includes('JOB_SEEKER') && selfNik) return 'SELF';
  return undefined;
}

/** Inserts one history row. */
export async function recordTransition(
  manager: EntityManager,
  enrolmentId: string,
  from: string,
  to: EnrolmentStateValue,
  actor: string,
  side: EnrolmentActorSide,
  note: string,
  now: Date,
): Promise<void> {
  await manager
    .getRepository(EnrolmentTransitionEntity)
    .insert({ enrolmentId, fromState: from, toState: to, actor, actorSide: side, note, createdAt: now });
}

@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly identity: PersonIdentity,
    private readonly batches: BatchesService,
  ) {}

  /**
   * Enrols a person in an OPEN batch inside its registration window: the person himself (JOB_SEEKER with the NIK of his own
   * account), the program's provider, a partner platform not bound to another provider, an officer of the batch's region or
   * the ministry on his behalf. The NIK must agree with the birth date; the stored person id is its keyed hash. The
   * program's eligibility rules are checked (a refusal names the rule: eligibility.<rule>). One enrolment per person and
   * batch: the same requestId of the same caller returns the first one, any other request is ALREADY_EXISTS (naming the
   * existing enrolment only to who may see it). A person who restricted processing (UU 27/2022) is not registered by others.
   */
  async enrol(input: NewEnrolment, clientRequestId?: string, now: Date = new Date()): Promise<EnrolmentView> {
    const checked = this.checkNew(input, now);
    const caller = currentCaller();
    const repo = this.ds.getRepository(EnrolmentEntity);
    const created = await onceByRequestId(repo, clientRequestId, async (requestId, key) => {
      try {
        return await this.outbox.run((tx) => this.enrolIn(tx, caller, checked, key, now));
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        // a concurrent enrolment won: the same request id is replayed by onceByRequestId, otherwise name the winner
        if (requestId && (await repo.existsBy({ requestId }))) throw e;
        const winner = await repo.findOneBy({ batchId: input.batchId, personId: checked.personId });
        if (winner) throw await this.duplicate(this.ds.manager, winner, caller);
        throw e;
      }
    });
    return this.view(this.ds.manager, created);
  }

  /** The fields of a new enrolment, checked (every violation named), with the person id. */
  checkNew(input: NewEnrolment, now: Date) {
    const v = new Violations();
    v.check(isUuid(input.batchId), 'batchId', 'must be a batch id (UUID)');
    const name = (input.name ?? '').trim();
    v.check(name.length >= 1 && name.length <= MAX_NAME, 'name', `is required (at most ${MAX_NAME} characters)`);
    v.check(isOneLine(name), 'name', ONE_LINE);
    const birthOk = !!parseYmd(input.birthDate);
    v.check(birthOk, 'birthDate', 'must be a date YYYY-MM-DD');
    v.check(
      !input.educationLevel || isEducationLevel(input.educationLevel),
      'educationLevel',
      `must be one of ${EDUCATION_LEVELS.join(', ')}`,
    );
    const nikCheck = validateNik(input.nik, { ...(birthOk ? { birthDate: input.birthDate } : {}), today: now });
    if (!nikCheck.valid) v.add('nik', nikCheck.reason);
    v.throwIfAny();
    const nik = nikCheck as Extract<typeof nikCheck, { valid: true }>;
    return {
      batchId: input.batchId,
      name,
      nik: nik.nik,
      birthDate: nik.birthDate,
      sex: nik.sex,
      educationLevel: input.educationLevel ?? '',
      personId: this.identity.personId(nik.nik),
    };
  }

  /** The enrolment use case inside a transaction: enrolManyIn with one person. */
  async enrolIn(
    tx: OutboxTx,
    caller: Caller | undefined,
    c: ReturnType<EnrolmentsService['checkNew']>,
    key: RequestKey,
    now: Date,
  ): Promise<EnrolmentEntity> {
    const [r] = await this.enrolManyIn(tx, caller, [{ ...c, ...key }], now);
    if (r instanceof DomainError) throw r;
    return r;
  }

  /**
   * Enrolments of many people in one transaction with a fixed number of statements (bulk imports use it for a whole batch
   * of enrolment records; the single use case for one): each gets its enrolment or the DomainError that refused it, in
   * order, under the rules of `enrol` (who may register, one enrolment per person and batch, OPEN batch inside its window,
   * restriction of processing, the program's eligibility rules).
   */
  async enrolManyIn(
    { manager, emit }: OutboxTx,
    caller: Caller | undefined,
    items: (ReturnType<EnrolmentsService['checkNew']> & RequestKey)[],
    now: Date,
  ): Promise<(EnrolmentEntity | DomainError)[]> {
    const today = todayWib(now);
    const batchIds = [...new Set(items.map((c) => c.batchId))];
    const personIds = [...new Set(items.map((c) => c.personId))];
    // a fixed number of reads, each with its ids as one array parameter (= ANY), whatever the number of items
    // FOR SHARE, in id order: a batch being cancelled, started or otherwise moved (FOR UPDATE) is read once that move
    // committed, so no enrolment is registered in a batch that stopped taking them meanwhile (its cancellation would not
    // see it); enrolments of one batch still run side by side
    const batches = await manager
      .getRepository(BatchEntity)
      .createQueryBuilder('b')
      .where('b.id = ANY(:ids)', { ids: batchIds })
      .orderBy('b.id')
      .setLock('pessimistic_read')
      .getMany();
    const programIds = [...new Set(batches.map((b) => b.programId))];
    const programs = await manager
      .getRepository(ProgramEntity)
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids)', { ids: programIds })
      .getMany();
    const existing = await manager
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .where('e.batch_id = ANY(:batchIds) AND e.person_id = ANY(:personIds)', { batchIds, personIds })
      .getMany();
    const privacies = await manager
      .getRepository(PersonPrivacyEntity)
      .createQueryBuilder('p')
      .where('p.person_id = ANY(:personIds)', { personIds })
      .getMany();
    const profiles = await manager
      .getRepository(JobSeekerFactsEntity)
      .createQueryBuilder('f')
      .where('f.person_id = ANY(:personIds)', { personIds })
      .getMany();
    const batchOf = new Map(batches.map((b) => [b.id, b]));
    const programOf = new Map(programs.map((p) => [p.id, p]));
    const enrolled = new Map(existing.map((e) => [`${e.batchId}/${e.personId}`, e]));
    const privacyOf = new Map(privacies.map((p) => [p.personId, p]));
    const profileOf = new Map(profiles.map((p) => [p.personId, p]));
    const created: { e: EnrolmentEntity; side: EnrolmentActorSide }[] = [];
    const results: (EnrolmentEntity | DomainError)[] = [];
    for (const c of items) {
      try {
        const batch = batchOf.get(c.batchId);
        if (!batch) throw notFound('Batch', c.batchId);
        const program = programOf.get(batch.programId)!;
        const registrant = registrantOf(caller, program, batch, isPersonCaller(caller, c.personId));
        if (!registrant) {
          if (caller?.roles.includes('JOB_SEEKER')) throw forbidden('A person enrols himself only, with the NIK of his own account');
          if (caller?.organizationId) throw notFound('Batch', batch.id);
          throw forbidden(
            `The caller may not enrol people in batch ${batch.id}: the provider, a partner platform, a Disnaker officer of region ${batch.regionCode}, the ministry or the person himself`,
          );
        }
        const prior = enrolled.get(`${batch.id}/${c.personId}`);
        if (prior) throw await this.duplicate(manager, prior, caller);
        if (batch.state !== 'OPEN') throw conflict(`Batch ${batch.id} is ${batch.state}: enrolments are taken only while it is OPEN`);
        if (today < batch.registrationOpens || today > batch.registrationCloses) {
          throw conflict(
            `Registration for batch ${batch.id} runs from ${batch.registrationOpens} to ${batch.registrationCloses} (today is ${today})`,
          );
        }
        const privacy = privacyOf.get(c.personId);
        if (privacy?.processingRestrictedAt && registrant !== 'SELF') {
          throw conflict(
            'This person has restricted the processing of his personal data (UU 27/2022): he is not enrolled on his behalf; only he can enrol himself',
          );
        }
        const profile = profileOf.get(c.personId);
        const educationLevel = profile?.educationLevel || c.educationLevel;
        const failed = failedEligibilityRule(
          program.eligibility ?? {},
          {
            birthDate: c.birthDate,
            sex: c.sex,
            educationLevel,
            residenceRegionCode: profile?.regionCode || `${c.nik.slice(0, 2)}.${c.nik.slice(2, 4)}`,
            activeJobSeeker: !!profile && ACTIVE_JOB_SEEKER.includes(profile.state),
          },
          today,
        );
        if (failed)
          throw invalid(
            [{ field: `eligibility.${failed.rule}`, description: failed.description }],
            `The person does not meet the program's eligibility rule ${failed.rule}`,
          );
        const e = Object.assign(new EnrolmentEntity(), {
          id: randomUUID(),
          batchId: batch.id,
          programId: batch.programId,
          providerId: batch.providerId,
          personId: c.personId,
          nik: c.nik,
          name: c.name,
          birthDate: c.birthDate,
          sex: c.sex,
          regionCode: batch.regionCode,
          state: 'REGISTERED',
          registrant,
          registeredBy: actorOf(caller),
          registeredByClient: caller?.clientId ?? null,
          educationLevel,
          requestId: c.requestId,
          requestHash: c.requestHash,
          erasedAt: null,
          processingRestrictedAt: privacy?.processingRestrictedAt ?? null,
          createdAt: now,
          updatedAt: now,
        });
        enrolled.set(`${batch.id}/${c.personId}`, e);
        const side: EnrolmentActorSide = registrant === 'SELF' ? 'PERSON' : registrant === 'SYSTEM' ? 'SYSTEM' : 'REGISTRANT';
        created.push({ e, side });
        results.push(e);
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        results.push(err);
      }
    }
    if (created.length) {
      // multi-row statements (unnest): the enrolments, then their first history rows
      const es = created.map((x) => x.e);
      const col = <K extends keyof EnrolmentEntity>(k: K) => es.map((e) => e[k]);
      await manager.query(
        `INSERT INTO enrolments (id, batch_id, program_id, provider_id, person_id, nik, name, birth_date, sex, region_code, state, registrant,
                                 registered_by, registered_by_client, education_level, request_id, request_hash, processing_restricted_at, created_at, updated_at)
         SELECT v.id, v.batch_id, v.program_id, v.provider_id, v.person_id, v.nik, v.name, v.birth_date, v.sex, v.region_code, 'REGISTERED', v.registrant,
                v.registered_by, v.registered_by_client, v.education_level, v.request_id, v.request_hash, v.restricted, $18, $18
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::date[], $9::smallint[], $10::text[],
                       $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::timestamptz[])
             AS v(id, batch_id, program_id, provider_id, person_id, nik, name, birth_date, sex, region_code, registrant, registered_by,
                  registered_by_client, education_level, request_id, request_hash, restricted)`,
        [
          col('id'),
          col('batchId'),
          col('programId'),
          col('providerId'),
          col('personId'),
          col('nik'),
          col('name'),
          col('birthDate'),
          col('sex'),
          col('regionCode'),
          col('registrant'),
          col('registeredBy'),
          col('registeredByClient'),
          col('educationLevel'),
          col('requestId'),
          col('requestHash'),
          col('processingRestrictedAt'),
          now,
        ],
      );
      await manager.query(
        `INSERT INTO enrolment_transitions (enrolment_id, from_state, to_state, actor, actor_side, note, created_at)
         SELECT v.id, '', 'REGISTERED', $3, v.side, '', $4 FROM unnest($1::uuid[], $2::text[]) AS v(id, side)`,
        [col('id'), created.map((x) => x.side), actorOf(caller), now],
      );
    }
    for (const { e, side } of created)
      emit(EnrolmentRegistered, { subject: e.id, regionCode: e.regionCode, data: enrolmentEventData(e, '', side, now) });
    return results;
  }

  private async duplicate(manager: EntityManager, existing: EnrolmentEntity, caller: Caller | undefined) {
    const program = await manager.getRepository(ProgramEntity).findOneByOrFail({ id: existing.programId });
    // the id only to who may see that enrolment: a partner must not learn another's
    const visible = isVisible(enrolmentRelation(existing, program, caller));
    const named = visible ? `: enrolment ${existing.id}` : '';
    return alreadyExists(
      `This person is already enrolled in batch ${existing.batchId}${named}`,
      visible ? { existingId: existing.id } : {},
    );
  }

  /** One enrolment, to who may see it (see enrolment-access.ts); NOT_FOUND to anyone else. */
  async get(id: string): Promise<EnrolmentView> {
    const e = isUuid(id) ? await this.ds.getRepository(EnrolmentEntity).findOneBy({ id }) : null;
    if (!e) throw notFound('Enrolment', id);
    const program = await this.ds.getRepository(ProgramEntity).findOneByOrFail({ id: e.programId });
    assertVisible(e, program);
    return this.view(this.ds.manager, e);
  }

  /**
   * The enrolments of a batch the caller may see, newest first, keyset-paginated: all of them for the provider side;
   * otherwise those the caller registered and his own (an empty page when there are none).
   */
  async list(q: EnrolmentListQuery): Promise<{ enrolments: EnrolmentView[]; nextPageToken: string }> {
    const state = q.state ?? '';
    const pageSize = q.pageSize ?? 0;
    const v = new Violations();
    v.check(!state || (ENROLMENT_STATES as readonly string[]).includes(state), 'state', `must be one of ${ENROLMENT_STATES.join(', ')}`);
    v.check(Number.isInteger(pageSize) && pageSize >= 0, 'pageSize', 'must not be negative');
    const caller = currentCaller();
    const filter = JSON.stringify([q.batchId, state, caller?.clientId ?? caller?.sub ?? '']);
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    if (q.pageToken)
      v.check(!!cursor && cursor.filter === filter, 'pageToken', 'is not a page token of this listing (the filters must stay the same)');
    v.throwIfAny();
    const batch = isUuid(q.batchId) ? await this.ds.getRepository(BatchEntity).findOneBy({ id: q.batchId }) : null;
    if (!batch) throw notFound('Batch', q.batchId);
    const program = await this.ds.getRepository(ProgramEntity).findOneByOrFail({ id: batch.programId });

    const size = Math.min(pageSize || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const qb = this.ds.getRepository(EnrolmentEntity).createQueryBuilder('e').where('e.batch_id = :batchId', { batchId: batch.id });
    if (!programAccess({ ...program, regionCode: batch.regionCode }, caller)) {
      const own = visibleEnrolmentsCondition(caller);
      if (!own) return { enrolments: [], nextPageToken: '' };
      qb.andWhere(own.sql, own.params);
    }
    if (state) qb.andWhere('e.state = :state', { state });
    const { page, nextPageToken } = await newestFirstPage(qb, 'e', cursor, size, filter);
    return { enrolments: await this.views(this.ds.manager, page), nextPageToken };
  }

  /** The caller's own enrolments across batches, newest first (a person's own token only). */
  async listMine(pageSize = 0, pageToken = ''): Promise<{ enrolments: EnrolmentView[]; nextPageToken: string }> {
    const personId = ownPersonId();
    const filter = JSON.stringify(['mine', personId]);
    const cursor = pageToken ? decodePageToken(pageToken) : undefined;
    const v = new Violations();
    v.check(Number.isInteger(pageSize) && pageSize >= 0, 'pageSize', 'must not be negative');
    if (pageToken) v.check(!!cursor && cursor.filter === filter, 'pageToken', 'is not a page token of this listing');
    v.throwIfAny();
    const qb = this.ds.getRepository(EnrolmentEntity).createQueryBuilder('e').where('e.person_id = :personId', { personId });
    const { page, nextPageToken } = await newestFirstPage(qb, 'e', cursor, Math.min(pageSize || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE), filter);
    return { enrolments: await this.views(this.ds.manager, page), nextPageToken };
  }

  /**
   * Moves an enrolment (selection and withdrawal). ACCEPTED: the provider side, from REGISTERED or WAITLISTED, while the
   * batch is OPEN or in SELECTION; takes a seat under the batch's row lock, and when every seat is taken a REGISTERED
   * enrolment is WAITLISTED instead (a WAITLISTED one stays so: FAILED_PRECONDITION); refused for a person who restricted
   * processing unless he enrolled himself. WAITLISTED (explicitly) and REJECTED: the provider side, while selecting.
   * WITHDRAWN: the person or who registered him, from REGISTERED, WAITLISTED or ACCEPTED, while the batch is OPEN, in
   * SELECTION or RUNNING; a withdrawn acceptance gives its seat to the first on the waitlist in the same transaction. Who
   * may not see the enrolment gets NOT_FOUND; who sees it but may not make this move, PERMISSION_DENIED; a move the states
   * do not allow, FAILED_PRECONDITION.
   */
  async transition(id: string, to: string, note = '', now: Date = new Date()): Promise<EnrolmentView> {
    const v = new Violations();
    const moves = ['ACCEPTED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN'];
    v.check(moves.includes(to), 'toState', `must be one of ${moves.join(', ')}`);
    const text = (note ?? '').trim();
    v.check(text.length <= MAX_NOTE, 'note', `must be at most ${MAX_NOTE} characters`);
    v.throwIfAny();
    if (!isUuid(id)) throw notFound('Enrolment', id);
    const target = to as EnrolmentStateValue;
    const caller = currentCaller();
    const peek = await this.ds.getRepository(EnrolmentEntity).findOne({ where: { id }, select: { id: true, batchId: true } });
    if (!peek) throw notFound('Enrolment', id);
    // lock order batch -> enrolment, as every path that changes seats
    const saved = await this.batches.locked(peek.batchId, async (batch, manager, emit) => {
      const e = await manager.getRepository(EnrolmentEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const program = await manager.getRepository(ProgramEntity).findOneByOrFail({ id: e.programId });
      // who may ask is checked before what may happen, so a stranger learns nothing about the state
      const rel = assertVisible(e, program, caller);
      const side: EnrolmentActorSide = !caller ? 'SYSTEM' : target === 'WITHDRAWN' ? (rel.person ? 'PERSON' : 'REGISTRANT') : 'PROVIDER';
      if (target === 'WITHDRAWN' && caller && !rel.person && !rel.registrant)
        throw forbidden(`Only the person or who registered him withdraws enrolment ${id}`);
      if (target !== 'WITHDRAWN' && !rel.provider)
        throw forbidden(`Only the provider, a Disnaker officer of region ${e.regionCode} or the ministry selects participants`);
      if (!enrolmentTransitionAllowed(e.state, target)) {
        const allowed = enrolmentMovesFrom(e.state);
        throw conflict(
          `Enrolment ${id} is ${e.state}: it cannot become ${target} (${allowed.length ? `it can become ${allowed.join(', ')}` : 'it is final'})`,
        );
      }
      if (target !== 'WITHDRAWN' && !selecting(batch.state))
        throw conflict(`Batch ${batch.id} is ${batch.state}: participants are selected only while it is OPEN or in SELECTION`);
      if (target === 'WITHDRAWN' && !selecting(batch.state) && batch.state !== 'RUNNING')
        throw conflict(`Batch ${batch.id} is ${batch.state}: nothing can be withdrawn from it any more`);
      let reached = target;
      if (target === 'ACCEPTED') {
        const privacy = await manager.getRepository(PersonPrivacyEntity).findOneBy({ personId: e.personId });
        if ((privacy?.processingRestrictedAt || e.processingRestrictedAt) && e.registrant !== 'SELF') {
          throw conflict(
            `The person of enrolment ${id} has restricted the processing of his personal data (UU 27/2022): he is not selected further`,
          );
        }
        if (batch.acceptedCount >= batch.capacity) {
          if (e.state === 'WAITLISTED')
            throw conflict(`Batch ${batch.id} has ${batch.capacity} seats and all are taken: enrolment ${id} stays on the waitlist`);
          reached = 'WAITLISTED';
        } else {
          batch.acceptedCount += 1;
          await manager.getRepository(BatchEntity).update({ id: batch.id }, { acceptedCount: batch.acceptedCount });
        }
      }
      const from = e.state;
      e.state = reached;
      e.waitlistSeq = reached === 'WAITLISTED' ? await nextWaitlistSeq(manager, batch.id) : null;
      const saved = await manager.getRepository(EnrolmentEntity).save(e);
      const autoNote = reached !== target ? `every one of the ${batch.capacity} seats is taken: waitlisted` : '';
      await recordTransition(manager, e.id, from, reached, actorOf(caller), side, [text, autoNote].filter(Boolean).join(' / '), now);
      emit(EnrolmentTransitioned, { subject: e.id, regionCode: e.regionCode, data: enrolmentEventData(saved, from, side, now) });
      if (target === 'WITHDRAWN' && from === 'ACCEPTED') {
        batch.acceptedCount -= 1;
        await promoteFirstWaitlisted(manager, emit, batch, now);
        await manager.getRepository(BatchEntity).update({ id: batch.id }, { acceptedCount: batch.acceptedCount });
      }
      return saved;
    });
    return this.view(this.ds.manager, saved);
  }

  async view(manager: EntityManager, e: EnrolmentEntity): Promise<EnrolmentView> {
    return (await enrolmentViews(manager, [e]))[0];
  }

  private async views(manager: EntityManager, es: EnrolmentEntity[]): Promise<EnrolmentView[]> {
    return enrolmentViews(manager, es);
  }
}

/** The person id of the caller's own token; PERMISSION_DENIED for anyone else (the gateway forwards it for a person's account). */
export function ownPersonId(caller: Caller | undefined = currentCaller()): string {
  if (!caller?.personId || !caller.roles.includes('JOB_SEEKER'))
    throw forbidden("Only a person's own account reads his enrolments and training history here");
  return caller.personId;
}

async function nextWaitlistSeq(manager: EntityManager, batchId: string): Promise<number> {
  const [{ n }] = (await manager.query(`SELECT coalesce(max(waitlist_seq), 0) + 1 AS n FROM enrolments WHERE batch_id = $1`, [
    batchId,
  ])) as { n: number }[];
  return Number(n);
}

/**
 * A seat came free (the batch row is locked by the caller): the first WAITLISTED enrolment becomes ACCEPTED, with its
 * history row and event, and the batch's count goes up again. Nothing happens when nobody waits.
 */
export async function promoteFirstWaitlisted(manager: EntityManager, emit: OutboxTx['emit'], batch: BatchEntity, now: Date): Promise<void> {
  if (batch.acceptedCount >= batch.capacity) return;
  const next = await manager.getRepository(EnrolmentEntity).findOne({
    where: { batchId: batch.id, state: 'WAITLISTED' },
    order: { waitlistSeq: 'ASC', createdAt: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  if (!next) return;
  next.state = 'ACCEPTED';
  next.waitlistSeq = null;
  const saved = await manager.getRepository(EnrolmentEntity).save(next);
  batch.acceptedCount += 1;
  await recordTransition(manager, saved.id, 'WAITLISTED', 'ACCEPTED', 'system', 'SYSTEM', 'a seat came free: first on the waitlist', now);
  emit(EnrolmentTransitioned, {
    subject: saved.id,
    regionCode: saved.regionCode,
    data: enrolmentEventData(saved, 'WAITLISTED', 'SYSTEM', now),
  });
}

/** History, program, batch, waitlist and attendance facts of a page of enrolments, in a fixed number of queries. */
export async function enrolmentViews(manager: EntityManager, es: EnrolmentEntity[]): Promise<EnrolmentView[]> {
  if (!es.length) return [];
  const batchIds = [...new Set(es.map((e) => e.batchId))];
  const ids = es.map((e) => e.id);
  const [history, programs, batches, sessions, present, waitRanks] = await readAll(manager, [
    () => manager.getRepository(EnrolmentTransitionEntity).find({ where: { enrolmentId: In(ids) }, order: { id: 'ASC' } }),
    () =>
      manager
        .getRepository(ProgramEntity)
        .find({ where: { id: In([...new Set(es.map((e) => e.programId))]) }, select: { id: true, title: true } }),
    () => manager.getRepository(BatchEntity).find({ where: { id: In(batchIds) }, select: { id: true, startDate: true, endDate: true } }),
    () =>
      manager.query(`SELECT batch_id, count(*)::int AS n FROM batch_sessions WHERE batch_id = ANY($1::uuid[]) GROUP BY batch_id`, [
        batchIds,
      ]) as Promise<BatchSessionCount[]>,
    () =>
      manager.query(
        `SELECT enrolment_id, count(*)::int AS n FROM attendance WHERE present AND enrolment_id = ANY($1::uuid[]) GROUP BY enrolment_id`,
        [ids],
      ) as Promise<{ enrolment_id: string; n: number }[]>,
    () =>
      manager.query(
        `SELECT id, rank FROM (SELECT id, row_number() OVER (PARTITION BY batch_id ORDER BY waitlist_seq, created_at)::int AS rank
         FROM enrolments WHERE state = 'WAITLISTED' AND batch_id = ANY($1::uuid[])) w WHERE id = ANY($2::uuid[])`,
        [batchIds, ids],
      ) as Promise<{ id: string; rank: number }[]>,
  ]);
  const title = new Map(programs.map((p) => [p.id, p.title]));
  const batchById = new Map(batches.map((b) => [b.id, b]));
  const sessionsOf = new Map(sessions.map((s) => [s.batch_id, s.n]));
  const presentOf = new Map(present.map((p) => [p.enrolment_id, p.n]));
  const rankOf = new Map(waitRanks.map((r) => [r.id, r.rank]));
  const historyOf = new Map<string, EnrolmentTransitionEntity[]>();
  for (const h of history) historyOf.set(h.enrolmentId, [...(historyOf.get(h.enrolmentId) ?? []), h]);
  return es.map((e) => ({
    enrolment: e,
    history: historyOf.get(e.id) ?? [],
    programTitle: title.get(e.programId) ?? '',
    batchStartDate: batchById.get(e.batchId)?.startDate ?? '',
    batchEndDate: batchById.get(e.batchId)?.endDate ?? '',
    waitlistPosition: rankOf.get(e.id) ?? 0,
    attendancePercent: attendancePercent(presentOf.get(e.id) ?? 0, sessionsOf.get(e.batchId) ?? 0),
  }));
}
