import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { currentCaller } from '@siapkerja/authz';
import { parseYmd, todayWib } from '@siapkerja/codes';
import { conflict, notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox, type EventDefinition, type OutboxTx } from '@siapkerja/events';
import { decodePageToken, encodePageToken, isUuid, onceByRequestId } from '@siapkerja/persistence';
import { assertProgramAccess } from '../programs/program-access';
import { ProgramEntity } from '../programs/program.entity';
import { MAX_CAPACITY } from '../programs/programs.service';
import { BATCH_MODES, BATCH_STATES, BatchEntity, type BatchModeValue, type BatchStateValue } from './batch.entity';
import { BatchCancelled, BatchCompleted, BatchOpened, BatchScheduled, BatchStarted, type BatchEventData } from './batches.events';

export interface NewBatch {
  startDate: string;
  endDate: string;
  registrationOpens: string;
  registrationCloses: string;
  /** 0 or absent: the program's capacity */
  capacity?: number;
  mode: string;
}

export interface BatchListQuery {
  programId: string;
  state?: string;
  pageSize?: number;
  pageToken?: string;
}

/** A batch with the program facts listings show. */
export interface BatchView {
  batch: BatchEntity;
  programTitle: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_BATCH_DAYS = 366;
const MAX_REASON = 1000;

/** Each state and the states it may become; COMPLETED and CANCELLED are final. */
export const BATCH_TRANSITIONS: Record<BatchStateValue, readonly BatchStateValue[]> = {
  SCHEDULED: ['OPEN', 'CANCELLED'],
  OPEN: ['RUNNING', 'CANCELLED'],
  RUNNING: ['COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
};

const EVENT_OF: Record<Exclude<BatchStateValue, 'SCHEDULED'>, EventDefinition<BatchEventData>> = {
  OPEN: BatchOpened,
  RUNNING: BatchStarted,
  COMPLETED: BatchCompleted,
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
    if (!isUuid(programId)) throw notFound('Program', programId);
    v.throwIfAny();
    const caller = currentCaller();
    const batch = await onceByRequestId(this.ds.getRepository(BatchEntity), clientRequestId, (requestId) =>
      this.outbox.run(async ({ manager, emit }) => {
        const program = await manager.getRepository(ProgramEntity).findOneBy({ id: programId });
        if (!program) throw notFound('Program', programId);
        assertProgramAccess(program, 'adds batches to it', caller);
        const repo = manager.getRepository(BatchEntity);
        const saved = await repo.save(
          repo.create({
            programId: program.id,
            startDate: input.startDate,
            endDate: input.endDate,
            registrationOpens: input.registrationOpens,
            registrationCloses: input.registrationCloses,
            capacity: capacity || program.capacity,
            regionCode: program.regionCode,
            mode: input.mode as BatchModeValue,
            state: 'SCHEDULED',
            acceptedCount: 0,
            cancelReason: '',
            createdBy: caller?.clientId ?? caller?.sub ?? 'system',
            requestId,
          }),
        );
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
    const program = isUuid(q.programId)
      ? await this.ds.getRepository(ProgramEntity).findOne({ where: { id: q.programId }, select: { id: true, title: true } })
      : null;
    if (!program) throw notFound('Program', q.programId);

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
    return { batches: page.map((batch) => ({ batch, programTitle: program.title })), nextPageToken };
  }

  /**
   * Moves a batch (the program's owner, an officer of its region, the ministry): SCHEDULED -> OPEN -> RUNNING -> COMPLETED,
   * or CANCELLED (with a reason) from SCHEDULED or OPEN. Anything else is FAILED_PRECONDITION naming the allowed moves.
   * The batch row is locked, so a cancellation and an acceptance of an enrolment never interleave.
   */
  async transition(id: string, to: string, reason = '', now: Date = new Date()): Promise<BatchView> {
    const v = new Violations();
    v.check(
      (BATCH_STATES as readonly string[]).includes(to) && to !== 'SCHEDULED',
      'toState',
      `must be one of ${BATCH_STATES.filter((s) => s !== 'SCHEDULED').join(', ')}`,
    );
    const text = (reason ?? '').trim();
    v.check(to !== 'CANCELLED' || text.length > 0, 'reason', 'is required when cancelling');
    v.check(text.length <= MAX_REASON, 'reason', `must be at most ${MAX_REASON} characters`);
    v.throwIfAny();
    const target = to as Exclude<BatchStateValue, 'SCHEDULED'>;
    const caller = currentCaller();
    const saved = await this.locked(id, async (batch, manager, emit) => {
      const program = await manager.getRepository(ProgramEntity).findOneByOrFail({ id: batch.programId });
      assertProgramAccess(program, 'moves its batches', caller);
      if (!BATCH_TRANSITIONS[batch.state].includes(target)) {
        const allowed = BATCH_TRANSITIONS[batch.state];
        throw conflict(
          `Batch ${batch.id} is ${batch.state}: it cannot become ${target} (${allowed.length ? `it can become ${allowed.join(', ')}` : 'it is final'})`,
        );
      }
      const from = batch.state;
      batch.state = target;
      if (target === 'CANCELLED') batch.cancelReason = text;
      const saved = await manager.getRepository(BatchEntity).save(batch);
      emit(EVENT_OF[target], { subject: saved.id, regionCode: saved.regionCode, data: eventData(saved, program, from, now) });
      return saved;
    });
    return this.view(saved);
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
    const programs = await manager
      .getRepository(ProgramEntity)
      .find({ where: { id: In([...new Set(batches.map((b) => b.programId))]) }, select: { id: true, title: true } });
    const title = new Map(programs.map((p) => [p.id, p.title]));
    return batches.map((batch) => ({ batch, programTitle: title.get(batch.programId) ?? '' }));
  }
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
