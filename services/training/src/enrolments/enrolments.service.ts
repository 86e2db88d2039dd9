import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { currentCaller, isRegionBound, regionWithin, type Caller } from '@siapkerja/authz';
import { ipkAgeBandOn, parseYmd, todayWib, validateNik } from '@siapkerja/codes';
import { alreadyExists, conflict, forbidden, notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import { PersonIdentity } from '@siapkerja/identity';
import { decodePageToken, isUniqueViolation, isUuid, newestFirstPage, onceByRequestId } from '@siapkerja/persistence';
import { BatchEntity } from '../batches/batch.entity';
import { BatchesService } from '../batches/batches.service';
import { programAccess } from '../programs/program-access';
import { ProgramEntity } from '../programs/program.entity';
import { assertVisible, enrolmentRelation, isPersonCaller, isVisible, visibleEnrolmentsCondition } from './enrolment-access';
import {
  ENROLMENT_STATES,
  EnrolmentEntity,
  EnrolmentTransitionEntity,
  FINAL_ENROLMENT_STATES,
  PersonPrivacyEntity,
  type EnrolmentActorSide,
  type EnrolmentStateValue,
  type Registrant,
} from './enrolment.entity';
import { EnrolmentRegistered, EnrolmentTransitioned, type EnrolmentEventData } from './enrolments.events';

export interface NewEnrolment {
  batchId: string;
  nik: string;
  name: string;
  birthDate: string;
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
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const MAX_NAME = 200;
const MAX_NOTE = 1000;

/** Each state and the states it may become, with the side that moves it; REJECTED and WITHDRAWN are final. */
export function enrolmentTransitionAllowed(from: EnrolmentStateValue, to: EnrolmentStateValue): boolean {
  if (FINAL_ENROLMENT_STATES.includes(from)) return false;
  if (to === 'WITHDRAWN') return true;
  return from === 'REGISTERED' && (to === 'ACCEPTED' || to === 'REJECTED');
}

const actorOf = (caller: Caller | undefined) => caller?.clientId ?? caller?.sub ?? 'system';

/** Who registers the person, by the caller's standing (in this order); undefined when the caller may not register anyone. */
function registrantOf(caller: Caller | undefined, program: ProgramEntity, batch: BatchEntity, selfNik: boolean): Registrant | undefined {
  if (!caller) return 'SYSTEM';
  if (caller.roles.includes('MINISTRY_ADMIN')) return 'MINISTRY';
  if (isRegionBound(caller)) return regionWithin(batch.regionCode, caller.regionCode) ? 'OFFICER' : undefined;
  if (caller.clientId && caller.roles.includes('PARTNER')) return 'PARTNER';
  if (programAccess(program, caller) === 'OWNER') return 'PROVIDER';
  if (caller.roles.includes('JOB_SEEKER') && selfNik) return 'SELF';
  return undefined;
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
   * account), a partner platform, the program's owner, an officer of the batch's region or the ministry on his behalf.
   * The NIK must agree with the birth date; the stored person id is its keyed hash. One enrolment per person and batch:
   * the same requestId of the same caller returns the first one, any other request is ALREADY_EXISTS (naming the existing
   * enrolment only to who may see it). A person who restricted processing (UU 27/2022) is not registered by others.
   */
  async enrol(input: NewEnrolment, clientRequestId?: string, now: Date = new Date()): Promise<EnrolmentView> {
    const today = todayWib(now);
    const v = new Violations();
    v.check(isUuid(input.batchId), 'batchId', 'must be a batch id (UUID)');
    const name = (input.name ?? '').trim();
    v.check(name.length >= 1 && name.length <= MAX_NAME, 'name', `is required (at most ${MAX_NAME} characters)`);
    const birthOk = !!parseYmd(input.birthDate);
    v.check(birthOk, 'birthDate', 'must be a date YYYY-MM-DD');
    const checked = validateNik(input.nik, { ...(birthOk ? { birthDate: input.birthDate } : {}), today: now });
    if (!checked.valid) v.add('nik', checked.reason);
    v.throwIfAny();
    const nik = checked as Extract<typeof checked, { valid: true }>;
    const personId = this.identity.personId(nik.nik);
    const caller = currentCaller();
    const repo = this.ds.getRepository(EnrolmentEntity);

    const duplicate = async (existing: EnrolmentEntity) => {
      const program = await this.ds.getRepository(ProgramEntity).findOneByOrFail({ id: existing.programId });
      // the id only to who may see that enrolment: a partner must not learn another's
      const visible = isVisible(enrolmentRelation(existing, program, caller));
      const named = visible ? `: enrolment ${existing.id}` : '';
      return alreadyExists(
        `This person is already enrolled in batch ${existing.batchId}${named}`,
        visible ? { existingId: existing.id } : {},
      );
    };
    const created = await onceByRequestId(repo, clientRequestId, async (requestId) => {
      try {
        return await this.outbox.run(async ({ manager, emit }) => {
          const batch = await manager.getRepository(BatchEntity).findOneBy({ id: input.batchId });
          if (!batch) throw notFound('Batch', input.batchId);
          const program = await manager.getRepository(ProgramEntity).findOneByOrFail({ id: batch.programId });
          const registrant = registrantOf(caller, program, batch, isPersonCaller(caller, personId));
          if (!registrant) {
            if (caller?.roles.includes('JOB_SEEKER')) throw forbidden('A person enrols himself only, with the NIK of his own account');
            throw forbidden(
              `The caller may not enrol people in batch ${batch.id}: a partner platform, the program's owner, a Disnaker officer of region ${batch.regionCode}, the ministry or the person himself`,
            );
          }
          const existing = await manager.getRepository(EnrolmentEntity).findOneBy({ batchId: batch.id, personId });
          if (existing) throw await duplicate(existing);
          if (batch.state !== 'OPEN') throw conflict(`Batch ${batch.id} is ${batch.state}: enrolments are taken only while it is OPEN`);
          if (today < batch.registrationOpens || today > batch.registrationCloses) {
            throw conflict(
              `Registration for batch ${batch.id} runs from ${batch.registrationOpens} to ${batch.registrationCloses} (today is ${today})`,
            );
          }
          const privacy = await manager.getRepository(PersonPrivacyEntity).findOneBy({ personId });
          if (privacy?.processingRestrictedAt && registrant !== 'SELF') {
            throw conflict(
              'This person has restricted the processing of his personal data (UU 27/2022): he is not enrolled on his behalf; only he can enrol himself',
            );
          }
          const r = manager.getRepository(EnrolmentEntity);
          const saved = await r.save(
            r.create({
              batchId: batch.id,
              programId: batch.programId,
              personId,
              nik: nik.nik,
              name,
              birthDate: nik.birthDate,
              sex: nik.sex,
              regionCode: batch.regionCode,
              state: 'REGISTERED',
              registrant,
              registeredBy: actorOf(caller),
              registeredByClient: caller?.clientId ?? null,
              requestId,
              erasedAt: null,
              processingRestrictedAt: privacy?.processingRestrictedAt ?? null,
            }),
          );
          const side: EnrolmentActorSide = registrant === 'SELF' ? 'PERSON' : registrant === 'SYSTEM' ? 'SYSTEM' : 'REGISTRANT';
          await this.record(manager, saved.id, '', 'REGISTERED', actorOf(caller), side, '', now);
          emit(EnrolmentRegistered, { subject: saved.id, regionCode: saved.regionCode, data: eventData(saved, '', side, now) });
          return saved;
        });
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        // a concurrent enrolment won: the same request id is replayed by onceByRequestId, otherwise name the winner
        if (requestId && (await repo.existsBy({ requestId }))) throw e;
        const winner = await repo.findOneBy({ batchId: input.batchId, personId });
        if (winner) throw await duplicate(winner);
        throw e;
      }
    });
    return this.view(this.ds.manager, created);
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
    if (!programAccess(program, caller)) {
      const own = visibleEnrolmentsCondition(caller);
      if (!own) return { enrolments: [], nextPageToken: '' };
      qb.andWhere(own.sql, own.params);
    }
    if (state) qb.andWhere('e.state = :state', { state });
    const { page, nextPageToken } = await newestFirstPage(qb, 'e', cursor, size, filter);
    return { enrolments: await this.views(this.ds.manager, page), nextPageToken };
  }

  /**
   * Moves an enrolment. ACCEPTED or REJECTED: the provider side, from REGISTERED, while the batch is OPEN; an acceptance
   * takes a seat, refused once the batch's capacity is taken (counted under the batch's row lock) and refused for a person
   * who restricted processing unless he enrolled himself. WITHDRAWN: the person or who registered him, from REGISTERED or
   * ACCEPTED (freeing the seat), while the batch is OPEN or RUNNING. Who may not see the enrolment gets NOT_FOUND; who sees
   * it but may not make this move, PERMISSION_DENIED; a move the states do not allow, FAILED_PRECONDITION.
   */
  async transition(id: string, to: string, note = '', now: Date = new Date()): Promise<EnrolmentView> {
    const v = new Violations();
    v.check(
      (ENROLMENT_STATES as readonly string[]).includes(to) && to !== 'REGISTERED',
      'toState',
      `must be one of ${ENROLMENT_STATES.filter((s) => s !== 'REGISTERED').join(', ')}`,
    );
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
        throw forbidden(
          `Only the program's owner, a Disnaker officer of region ${e.regionCode} or the ministry ${target === 'ACCEPTED' ? 'accepts' : 'rejects'} enrolments`,
        );
      if (!enrolmentTransitionAllowed(e.state, target)) {
        const allowed = FINAL_ENROLMENT_STATES.includes(e.state)
          ? 'it is final'
          : `it can become ${e.state === 'REGISTERED' ? 'ACCEPTED, REJECTED, WITHDRAWN' : 'WITHDRAWN'}`;
        throw conflict(`Enrolment ${id} is ${e.state}: it cannot become ${target} (${allowed})`);
      }
      if (target !== 'WITHDRAWN' && batch.state !== 'OPEN')
        throw conflict(`Batch ${batch.id} is ${batch.state}: participants are selected only while it is OPEN`);
      if (target === 'WITHDRAWN' && batch.state !== 'OPEN' && batch.state !== 'RUNNING')
        throw conflict(`Batch ${batch.id} is ${batch.state}: nothing can be withdrawn from it any more`);
      if (target === 'ACCEPTED') {
        const privacy = await manager.getRepository(PersonPrivacyEntity).findOneBy({ personId: e.personId });
        if ((privacy?.processingRestrictedAt || e.processingRestrictedAt) && e.registrant !== 'SELF') {
          throw conflict(
            `The person of enrolment ${id} has restricted the processing of his personal data (UU 27/2022): he is not selected further`,
          );
        }
        if (batch.acceptedCount >= batch.capacity) {
          throw conflict(`Batch ${batch.id} has ${batch.capacity} seats and all are taken: no further enrolment can be accepted`);
        }
        batch.acceptedCount += 1;
        await manager.getRepository(BatchEntity).update({ id: batch.id }, { acceptedCount: batch.acceptedCount });
      }
      if (target === 'WITHDRAWN' && e.state === 'ACCEPTED') {
        batch.acceptedCount -= 1;
        await manager.getRepository(BatchEntity).update({ id: batch.id }, { acceptedCount: batch.acceptedCount });
      }
      const from = e.state;
      e.state = target;
      const saved = await manager.getRepository(EnrolmentEntity).save(e);
      await this.record(manager, e.id, from, target, actorOf(caller), side, text, now);
      emit(EnrolmentTransitioned, { subject: e.id, regionCode: e.regionCode, data: eventData(saved, from, side, now) });
      return saved;
    });
    return this.view(this.ds.manager, saved);
  }

  private async record(
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

  private async view(manager: EntityManager, e: EnrolmentEntity): Promise<EnrolmentView> {
    return (await enrolmentViews(manager, [e]))[0];
  }

  private async views(manager: EntityManager, es: EnrolmentEntity[]): Promise<EnrolmentView[]> {
    return enrolmentViews(manager, es);
  }
}

/** History, program and batch facts of a page of enrolments, in three queries. */
export async function enrolmentViews(manager: EntityManager, es: EnrolmentEntity[]): Promise<EnrolmentView[]> {
  if (!es.length) return [];
  const [history, programs, batches] = await Promise.all([
    manager.getRepository(EnrolmentTransitionEntity).find({ where: { enrolmentId: In(es.map((e) => e.id)) }, order: { id: 'ASC' } }),
    manager
      .getRepository(ProgramEntity)
      .find({ where: { id: In([...new Set(es.map((e) => e.programId))]) }, select: { id: true, title: true } }),
    manager
      .getRepository(BatchEntity)
      .find({ where: { id: In([...new Set(es.map((e) => e.batchId))]) }, select: { id: true, startDate: true, endDate: true } }),
  ]);
  const title = new Map(programs.map((p) => [p.id, p.title]));
  const batchById = new Map(batches.map((b) => [b.id, b]));
  const historyOf = new Map<string, EnrolmentTransitionEntity[]>();
  for (const h of history) historyOf.set(h.enrolmentId, [...(historyOf.get(h.enrolmentId) ?? []), h]);
  return es.map((e) => ({
    enrolment: e,
    history: historyOf.get(e.id) ?? [],
    programTitle: title.get(e.programId) ?? '',
    batchStartDate: batchById.get(e.batchId)?.startDate ?? '',
    batchEndDate: batchById.get(e.batchId)?.endDate ?? '',
  }));
}

function eventData(e: EnrolmentEntity, from: string, side: EnrolmentActorSide, now: Date): EnrolmentEventData {
  return {
    enrolmentId: e.id,
    batchId: e.batchId,
    programId: e.programId,
    personId: e.personId,
    regionCode: e.regionCode,
    sex: e.sex,
    ageBand: ipkAgeBandOn(e.birthDate, todayWib(now)) ?? '',
    registrant: e.registrant,
    fromState: from,
    state: e.state,
    actorSide: side,
    occurredAt: now.toISOString(),
  };
}
