import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { assertRegionAllowed, currentCaller, type Caller } from '@siapkerja/authz';
import { canonicalRegionCode, isRegionCode, parseYmd, todayWib } from '@siapkerja/codes';
import { conflict, isOneLine, notFound, ONE_LINE, Violations } from '@siapkerja/errors';
import { TransactionalOutbox, type EventDefinition, type OutboxTx } from '@siapkerja/events';
import { decodePageToken, encodePageToken, isUuid, onceByRequestId, readAll } from '@siapkerja/persistence';
import { EnrolmentEntity, EnrolmentTransitionEntity, OPEN_ENROLMENT_STATES } from '../enrolments/enrolment.entity';
import { EnrolmentTransitioned, enrolmentEventData } from '../enrolments/enrolments.events';
import { assertProgramAccess, programAccess } from '../programs/program-access';
import { ProgramEntity } from '../programs/program.entity';
import { MAX_CAPACITY } from '../programs/programs.rules';
import { BATCH_MODES, BATCH_STATES, BatchEntity, BatchSessionEntity, type BatchModeValue, type BatchStateValue } from './batch.entity';
import {
  BatchCancelled,
  BatchCompleted,
  BatchOpened,
  BatchScheduled,
  BatchSelectionStarted,
  BatchStarted,
  type BatchEventData,
} from './batches.events';
import { batchTransitionAllowed, batchTransitionRefusal, dailySessions } from './batches.rules';

export interface NewBatch {
  startDate: string;
  endDate: string;
  registrationOpens: string;
  registrationCloses: string;
  /** 0 or absent: the program's capacity */
  capacity?: number;
  mode: string;
  /** venue regency (NN.NN); '' or absent: the program's */
  regionCode?: string;
  /** session dates (YYYY-MM-DD, within the batch); none: one a day */
  sessions?: { date: string; topic?: string }[];
}

export interface BatchListQuery {
  programId: string;
  state?: string;
  pageSize?: number;
  pageToken?: string;
}

/** A batch with the program facts listings show, its sessions and its waitlist length. */
export interface BatchView {
  batch: BatchEntity;
  programTitle: string;
  sessions: BatchSessionEntity[];
  waitlistedCount: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_BATCH_DAYS = 366;
const MAX_REASON = 1000;

const MAX_SESSIONS = 400;

/** The event of each move (FINISHED keeps the BatchCompleted event of the former COMPLETED state). */
const EVENT_OF: Record<Exclude<BatchStateValue, 'PLANNED'>, EventDefinition<BatchEventData>> = {
  OPEN: BatchOpened,
  SELECTION: BatchSelectionStarted,
  RUNNING: BatchStarted,
  FINISHED: BatchCompleted,
  CANCELLED: BatchCancelled,
};

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400_000);

@Injectable()
export class BatchesService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
  ) {}

  /**
   * Schedules a batch of a program: only the program's owner, a Disnaker officer of its region or the ministry. The batch
   * takes the program's regency, and its capacity unless one is given. Dates: registrationOpens <= registrationCloses <
   * startDate <= endDate, registration not closed already, at most a year of training. The same requestId of the same
   * caller returns the first result.
   */
  async schedule(programId: string, input: NewBatch, clientRequestId?: string, now: Date = new Date()): Promise<BatchView> {
    const caller = currentCaller();
    // the program as its reader sees it, before the batch is looked at: unknown (or a DRAFT the caller does not manage)
    // NOT_FOUND, outside an officer's region PERMISSION_DENIED
    const known = isUuid(programId) ? await this.ds.getRepository(ProgramEntity).findOneBy({ id: programId }) : null;
    if (!known || (known.state === 'DRAFT' && !programAccess(known, caller))) throw notFound('Program', programId);
    assertRegionAllowed(known.regionCode, caller, 'regionCode');
    const v = new Violations();
    for (const f of ['startDate', 'endDate', 'registrationOpens', 'registrationCloses'] as const)
      v.check(!!parseYmd(input[f]), f, 'must be a date YYYY-MM-DD');
    v.throwIfAny();
    v.check(input.endDate >= input.startDate, 'endDate', 'must not be before startDate');
    v.check(days(input.startDate, input.endDate) < MAX_BATCH_DAYS, 'endDate', `must be less than ${MAX_BATCH_DAYS} days after startDate`);
    v.check(input.registrationOpens <= input.registrationCloses, 'registrationOpens', 'must not be after registrationCloses');
    v.check(
      input.registrationCloses < input.startDate,
      'registrationCloses',
      'must be before startDate (registration closes before the training starts)',
    );
    v.check(input.registrationCloses >= todayWib(now), 'registrationCloses', `must not be in the past (today is ${todayWib(now)})`);
    const capacity = input.capacity ?? 0;
    v.check(
      Number.isInteger(capacity) && capacity >= 0 && capacity <= MAX_CAPACITY,
      'capacity',
      `must be an integer from 1 to ${MAX_CAPACITY} (0 or absent: the program's capacity)`,
    );
    v.check((BATCH_MODES as readonly string[]).includes(input.mode), 'mode', `must be one of ${BATCH_MODES.join(', ')}`);
    v.check(!input.regionCode || isRegionCode(input.regionCode, 'regency'), 'regionCode', 'must be an existing regency code (NN.NN)');
    const given = input.sessions ?? [];
    v.check(given.length <= MAX_SESSIONS, 'sessions', `at most ${MAX_SESSIONS}`);
    given.forEach((x, i) => {
      v.check(
        !!parseYmd(x.date) && x.date >= input.startDate && x.date <= input.endDate,
        `sessions[${i}].date`,
        'must be a date YYYY-MM-DD from startDate to endDate',
      );
      v.check((x.topic ?? '').length <= 200, `sessions[${i}].topic`, 'at most 200 characters');
      v.check(isOneLine(x.topic), `sessions[${i}].topic`, ONE_LINE);
    });
    v.check(new Set(given.map((x) => x.date)).size === given.length, 'sessions', 'must not repeat a date');
    if (!isUuid(programId)) throw notFound('Program', programId);
    v.throwIfAny();
    // the venue as the code list writes it (validated above: ' 33.73', '33.73\n' and '3373' are 33.73); '' for the program's
    const venue = input.regionCode ? canonicalRegionCode(input.regionCode) : '';
    // an officer holds his programs' batches in his region: a venue elsewhere would hand the batch, its enrolments and its
    // graduates' cohort to another region's officer (the provider and the ministry may hold one anywhere)
    if (venue) assertRegionAllowed(venue, caller, 'regionCode');
    const sessions = given.length
      ? [...given].sort((a, b) => a.date.localeCompare(b.date)).map((x) => ({ date: x.date, topic: (x.topic ?? '').trim() }))
      : dailySessions(input.startDate, input.endDate).map((date) => ({ date, topic: '' }));
    const batch = await onceByRequestId(this.ds.getRepository(BatchEntity), clientRequestId, (requestId, key) =>
      this.outbox.run(async ({ manager, emit }) => {
        const program = await manager.getRepository(ProgramEntity).findOneBy({ id: programId });
        if (!program) throw notFound('Program', programId);
        assertProgramAccess(program, 'adds batches to it', caller);
        if (program.state === 'WITHDRAWN') throw conflict(`Program ${program.id} is WITHDRAWN: no batch can be added to it`);
        // batches are public (catalogue, change feed): a draft's would reveal it before it is published
        if (program.state === 'DRAFT') throw conflict(`Program ${program.id} is a DRAFT: publish it before adding batches`);
        const regionCode = venue || program.regionCode;
        const repo = manager.getRepository(BatchEntity);
        const saved = await repo.save(
          repo.create({
            programId: program.id,
            startDate: input.startDate,
            endDate: input.endDate,
            registrationOpens: input.registrationOpens,
            registrationCloses: input.registrationCloses,
            capacity: capacity || program.capacity,
            regionCode,
            providerId: program.providerId,
            mode: input.mode as BatchModeValue,
            state: 'PLANNED',
            acceptedCount: 0,
            cancelReason: '',
            createdBy: caller?.clientId ?? caller?.sub ?? 'system',
            requestId,
            requestHash: key.requestHash,
          }),
        );
        await manager.getRepository(BatchSessionEntity).insert(sessions.map((x, i) => ({ batchId: saved.id, number: i + 1, ...x })));
        emit(BatchScheduled, { subject: saved.id, regionCode: saved.regionCode, data: eventData(saved, program, '', now) });
        return saved;
      }),
    );
    return this.view(batch);
  }

  async get(id: string): Promise<BatchView> {
    const batch = isUuid(id) ? await this.ds.getRepository(BatchEntity).findOneBy({ id }) : null;
    if (!batch) throw notFound('Batch', id);
    return this.view(batch);
  }

  /** A program's batches by start date (then id), keyset-paginated, optionally one state. Public. */
  async list(q: BatchListQuery): Promise<{ batches: BatchView[]; nextPageToken: string }> {
    const state = q.state ?? '';
    const pageSize = q.pageSize ?? 0;
    const v = new Violations();
    v.check(!state || (BATCH_STATES as readonly string[]).includes(state), 'state', `must be one of ${BATCH_STATES.join(', ')}`);
    v.check(Number.isInteger(pageSize) && pageSize >= 0, 'pageSize', 'must not be negative');
    const filter = JSON.stringify([q.programId, state]);
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    if (q.pageToken)
      v.check(!!cursor && cursor.filter === filter, 'pageToken', 'is not a page token of this listing (the filters must stay the same)');
    v.throwIfAny();
    const program = isUuid(q.programId) ? await this.ds.getRepository(ProgramEntity).findOneBy({ id: q.programId }) : null;
    // a DRAFT is its managers' own: to anyone else its id is an unknown one (not an empty listing)
    if (!program || (program.state === 'DRAFT' && !programAccess(program))) throw notFound('Program', q.programId);

    const size = Math.min(pageSize || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const qb = this.ds.getRepository(BatchEntity).createQueryBuilder('b').where('b.program_id = :programId', { programId: program.id });
    if (state) qb.andWhere('b.state = :state', { state });
    if (cursor) qb.andWhere('(b.start_date, b.id) > (CAST(:ts AS date), CAST(:cid AS uuid))', { ts: cursor.ts, cid: cursor.id });
    qb.orderBy('b.start_date', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .limit(size + 1);
    const rows = await qb.getMany();
    const page = rows.slice(0, size);
    const last = page[page.length - 1];
    const nextPageToken = rows.length > size && last ? encodePageToken({ ts: last.startDate, id: last.id, filter }) : '';
    return { batches: await this.views(this.ds.manager, page), nextPageToken };
  }

  /**
   * Moves a batch (the program's provider, an officer of the batch's region, the ministry; another provider is told it does
   * not exist): PLANNED -> OPEN -> SELECTION -> RUNNING -> FINISHED (OPEN -> RUNNING without selection), or CANCELLED with a
   * reason from PLANNED, OPEN or SELECTION, which ends every open enrolment (REGISTERED, WAITLISTED, ACCEPTED) as CANCELLED
   * with that reason. Anything else is FAILED_PRECONDITION naming the allowed moves. The batch row is locked, so a
   * cancellation and an acceptance never interleave.
   */
  async transition(id: string, to: string, reason = '', now: Date = new Date()): Promise<BatchView> {
    const caller = currentCaller();
    // an unknown batch, then an officer outside its region, are refused before the move is looked at
    const current = isUuid(id) ? await this.ds.getRepository(BatchEntity).findOneBy({ id }) : null;
    if (!current) throw notFound('Batch', id);
    assertRegionAllowed(current.regionCode, caller, 'regionCode');
    const v = new Violations();
    v.check(
      (BATCH_STATES as readonly string[]).includes(to) && to !== 'PLANNED',
      'toState',
      `must be one of ${BATCH_STATES.filter((s) => s !== 'PLANNED').join(', ')}`,
    );
    const text = (reason ?? '').trim();
    v.check(to !== 'CANCELLED' || text.length > 0, 'reason', 'is required when cancelling');
    v.check(text.length <= MAX_REASON, 'reason', `must be at most ${MAX_REASON} characters`);
    v.throwIfAny();
    const target = to as Exclude<BatchStateValue, 'PLANNED'>;
    const saved = await this.locked(id, async (batch, manager, emit) => {
      const program = await manager.getRepository(ProgramEntity).findOneByOrFail({ id: batch.programId });
      assertBatchAccess(batch, program, 'moves its batches', caller);
      if (!batchTransitionAllowed(batch.state, target)) throw conflict(batchTransitionRefusal(batch.id, batch.state, target));
      const from = batch.state;
      batch.state = target;
      if (target === 'CANCELLED') {
        batch.cancelReason = text;
        batch.acceptedCount = 0;
        await this.endOpenEnrolments(manager, emit, batch.id, text, caller?.clientId ?? caller?.sub ?? 'system', now);
      }
      const saved = await manager.getRepository(BatchEntity).save(batch);
      emit(EVENT_OF[target], { subject: saved.id, regionCode: saved.regionCode, data: eventData(saved, program, from, now) });
      return saved;
    });
    return this.view(saved);
  }

  /** Every open enrolment of a cancelled batch becomes CANCELLED with the reason, each with its history row and event. */
  private async endOpenEnrolments(
    manager: EntityManager,
    emit: OutboxTx['emit'],
    batchId: string,
    reason: string,
    actor: string,
    now: Date,
  ) {
    const repo = manager.getRepository(EnrolmentEntity);
    const open = await repo.find({ where: { batchId, state: In([...OPEN_ENROLMENT_STATES]) }, lock: { mode: 'pessimistic_write' } });
    if (!open.length) return;
    await repo.update({ id: In(open.map((e) => e.id)) }, { state: 'CANCELLED', waitlistSeq: null });
    await manager.getRepository(EnrolmentTransitionEntity).insert(
      open.map((e) => ({
        enrolmentId: e.id,
        fromState: e.state,
        toState: 'CANCELLED' as const,
        actor,
        actorSide: 'PROVIDER' as const,
        note: reason,
        createdAt: now,
      })),
    );
    for (const e of open) {
      const from = e.state;
      e.state = 'CANCELLED';
      emit(EnrolmentTransitioned, { subject: e.id, regionCode: e.regionCode, data: enrolmentEventData(e, from, 'PROVIDER', now) });
    }
  }

  /** Runs `fn` on the batch row locked FOR UPDATE inside an outbox transaction. */
  async locked<T>(id: string, fn: (b: BatchEntity, manager: EntityManager, emit: OutboxTx['emit']) => Promise<T>): Promise<T> {
    if (!isUuid(id)) throw notFound('Batch', id);
    return this.outbox.run(async ({ manager, emit }) => {
      const batch = await manager.getRepository(BatchEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!batch) throw notFound('Batch', id);
      return fn(batch, manager, emit);
    });
  }

  async view(batch: BatchEntity): Promise<BatchView> {
    return (await this.views(this.ds.manager, [batch]))[0];
  }

  async views(manager: EntityManager, batches: BatchEntity[]): Promise<BatchView[]> {
    if (!batches.length) return [];
    const ids = batches.map((b) => b.id);
    const [programs, sessions, waitlisted] = await readAll(manager, [
      () =>
        manager
          .getRepository(ProgramEntity)
          .find({ where: { id: In([...new Set(batches.map((b) => b.programId))]) }, select: { id: true, title: true } }),
      () => manager.getRepository(BatchSessionEntity).find({ where: { batchId: In(ids) }, order: { number: 'ASC' } }),
      () =>
        manager.query(
          `SELECT batch_id, count(*)::int AS n FROM enrolments WHERE state = 'WAITLISTED' AND batch_id = ANY($1::uuid[]) GROUP BY batch_id`,
          [ids],
        ) as Promise<{ batch_id: string; n: number }[]>,
    ]);
    const title = new Map(programs.map((p) => [p.id, p.title]));
    const waiting = new Map(waitlisted.map((r) => [r.batch_id, r.n]));
    return batches.map((batch) => ({
      batch,
      programTitle: title.get(batch.programId) ?? '',
      sessions: sessions.filter((x) => x.batchId === batch.id),
      waitlistedCount: waiting.get(batch.id) ?? 0,
    }));
  }
}

/** A batch's provider, officers of the batch's (venue) region and the ministry act for it; see assertProgramAccess. */
export function assertBatchAccess(batch: BatchEntity, program: ProgramEntity, what: string, caller: Caller | undefined = currentCaller()) {
  return assertProgramAccess({ ...program, regionCode: batch.regionCode }, what, caller, { name: 'Batch', id: batch.id });
}

export function eventData(b: BatchEntity, program: Pick<ProgramEntity, 'title' | 'kbjiCode'>, from: string, now: Date): BatchEventData {
  return {
    batchId: b.id,
    programId: b.programId,
    programTitle: program.title,
    kbjiCode: program.kbjiCode,
    regionCode: b.regionCode,
    startDate: b.startDate,
    endDate: b.endDate,
    registrationOpens: b.registrationOpens,
    registrationCloses: b.registrationCloses,
    capacity: b.capacity,
    mode: b.mode,
    fromState: from,
    state: b.state,
    acceptedCount: b.acceptedCount,
    occurredAt: now.toISOString(),
  };
}
