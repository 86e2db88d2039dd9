import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { currentCaller, type Caller } from '@siapkerja/authz';
import { ipkAgeBandOn, parseYmd, todayWib } from '@siapkerja/codes';
import { conflict, DomainError, forbidden, invalid, notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox, type EventDefinition, type OutboxTx } from '@siapkerja/events';
import { isUuid, readAll } from '@siapkerja/persistence';
import { BatchEntity, BatchSessionEntity } from '../batches/batch.entity';
import { assertBatchAccess } from '../batches/batches.service';
import { selecting, training } from '../batches/batches.rules';
import { assertVisible } from '../enrolments/enrolment-access';
import {
  AttendanceEntity,
  ENROLMENT_COLUMNS,
  EnrolmentEntity,
  enrolmentOfRow,
  OUTCOME_STATES,
  type EnrolmentRow,
  type OutcomeValue,
} from '../enrolments/enrolment.entity';
import { attendancePercent, outcomeRefusal } from '../enrolments/enrolments.rules';
import {
  EnrolmentTransitioned,
  TrainingCompleted,
  TrainingDroppedOut,
  TrainingFailed,
  enrolmentEventData,
  type TrainingOutcomeData,
} from '../enrolments/enrolments.events';
import { actorOf, enrolmentViews, MAX_NOTE, ownPersonId, type EnrolmentView } from '../enrolments/enrolments.service';
import { ProgramEntity } from '../programs/program.entity';
import { TrainingProviderEntity } from '../providers/provider.entity';

export const MAX_MARKS = 1000;

const OUTCOME_EVENT: Record<OutcomeValue, EventDefinition<TrainingOutcomeData>> = {
  COMPLETED: TrainingCompleted,
  FAILED: TrainingFailed,
  DROPPED_OUT: TrainingDroppedOut,
};

export interface OutcomeInput {
  enrolmentId: string;
  outcome: string;
  /** null: none given */
  finalScore: number | null;
  outcomeDate: string;
  note?: string;
}

export interface AttendanceMarkInput {
  enrolmentId: string;
  present: boolean;
}

/** A completed training of the person, for his history. */
export interface HistoryEntry {
  enrolment: EnrolmentEntity;
  program: ProgramEntity;
  providerName: string;
}

const score = (n: number | null) => n === null || (Number.isInteger(n) && n >= 0 && n <= 100);

/**
 * Selection scores, attendance and outcomes of participants (the provider side: the program's provider, officers of the
 * batch's region, the ministry), and the person's own training history.
 */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
  ) {}

  /** Records screening and selection scores (null: unchanged) of an open enrolment while the batch is selecting. */
  async recordScores(id: string, screening: number | null, selection: number | null): Promise<EnrolmentView> {
    const v = new Violations();
    v.check(score(screening), 'screeningScore', 'must be an integer from 0 to 100 (-1: unchanged)');
    v.check(score(selection), 'selectionScore', 'must be an integer from 0 to 100 (-1: unchanged)');
    v.throwIfAny();
    const caller = currentCaller();
    const saved = await this.outbox.run(async ({ manager }) => {
      const { e, batch } = await this.lockedForProvider(manager, id, caller, 'records selection scores');
      if (!selecting(batch.state))
        throw conflict(`Batch ${batch.id} is ${batch.state}: scores are recorded while it is OPEN or in SELECTION`);
      if (!['REGISTERED', 'WAITLISTED', 'ACCEPTED'].includes(e.state))
        throw conflict(`Enrolment ${id} is ${e.state}: it is not being selected`);
      if (screening !== null) e.screeningScore = screening;
      if (selection !== null) e.selectionScore = selection;
      return manager.getRepository(EnrolmentEntity).save(e);
    });
    return (await enrolmentViews(this.ds.manager, [saved]))[0];
  }

  /** Attendance of one session for one or many ACCEPTED participants of the batch (a participant recorded again is replaced). */
  async recordAttendance(batchId: string, sessionNumber: number, marks: AttendanceMarkInput[], now: Date = new Date()): Promise<number> {
    const v = new Violations();
    v.check(Number.isInteger(sessionNumber) && sessionNumber >= 1, 'sessionNumber', 'must be a session number (1 or more)');
    v.check(marks.length >= 1 && marks.length <= MAX_MARKS, 'marks', `needs 1 to ${MAX_MARKS} marks`);
    marks.forEach((m, i) => v.check(isUuid(m.enrolmentId), `marks[${i}].enrolmentId`, 'must be an enrolment id (UUID)'));
    v.check(new Set(marks.map((m) => m.enrolmentId)).size === marks.length, 'marks', 'must name each enrolment once');
    if (!isUuid(batchId)) throw notFound('Batch', batchId);
    v.throwIfAny();
    const caller = currentCaller();
    return this.outbox.run(async ({ manager }) => this.attendanceIn(manager, caller, batchId, sessionNumber, marks, now));
  }

  /** The attendance use case inside a transaction (also used by bulk imports). */
  async attendanceIn(
    manager: EntityManager,
    caller: Caller | undefined,
    batchId: string,
    sessionNumber: number,
    marks: AttendanceMarkInput[],
    now: Date,
  ): Promise<number> {
    const batch = await manager.getRepository(BatchEntity).findOneBy({ id: batchId });
    if (!batch) throw notFound('Batch', batchId);
    const program = await manager.getRepository(ProgramEntity).findOneByOrFail({ id: batch.programId });
    assertBatchAccess(batch, program, 'records attendance', caller);
    if (!training(batch.state)) throw conflict(`Batch ${batch.id} is ${batch.state}: attendance is recorded once it is RUNNING`);
    const session = await manager.getRepository(BatchSessionEntity).findOneBy({ batchId, number: sessionNumber });
    if (!session) throw invalid([{ field: 'sessionNumber', description: `batch ${batchId} has no session ${sessionNumber}` }]);
    const es = await manager
      .getRepository(EnrolmentEntity)
      .find({ where: { id: In(marks.map((m) => m.enrolmentId)) }, select: { id: true, batchId: true, state: true } });
    const byId = new Map(es.map((e) => [e.id, e]));
    const v = new Violations();
    marks.forEach((m, i) => {
      const e = byId.get(m.enrolmentId);
      if (!e || e.batchId !== batchId) v.add(`marks[${i}].enrolmentId`, `is not an enrolment of batch ${batchId}`);
      else if (e.state !== 'ACCEPTED')
        v.add(`marks[${i}].enrolmentId`, `enrolment ${e.id} is ${e.state}: attendance is recorded for ACCEPTED participants`);
    });
    v.throwIfAny();
    await manager
      .createQueryBuilder()
      .insert()
      .into(AttendanceEntity)
      .values(
        marks.map((m) => ({
          enrolmentId: m.enrolmentId,
          batchId,
          sessionNumber,
          present: m.present,
          recordedBy: actorOf(caller),
          recordedAt: now,
        })),
      )
      .orUpdate(['present', 'recorded_by', 'recorded_at'], ['enrolment_id', 'session_number'])
      .execute();
    return marks.length;
  }

  /**
   * The outcome of an ACCEPTED participant once the batch runs: COMPLETED needs the program's attendance threshold and a
   * final score at or above its passing score; FAILED needs the final score; DROPPED_OUT none. The date: not in the
   * future, not before the batch started. Emits TrainingCompleted / TrainingFailed / TrainingDroppedOut (person id only).
   */
  async recordOutcome(input: OutcomeInput, now: Date = new Date()): Promise<EnrolmentView> {
    const caller = currentCaller();
    const saved = await this.outbox.run((tx) => this.outcomeIn(tx, caller, input, now));
    return (await enrolmentViews(this.ds.manager, [saved]))[0];
  }

  /** The outcome use case inside a transaction: outcomesIn with one input. */
  async outcomeIn(tx: OutboxTx, caller: Caller | undefined, input: OutcomeInput, now: Date): Promise<EnrolmentEntity> {
    const [r] = await this.outcomesIn(tx, caller, [input], now);
    if (r instanceof DomainError) throw r;
    return r;
  }

  /**
   * Outcomes of many participants in one transaction with a fixed number of statements (bulk imports use it for a whole
   * batch of completion records; the single use case for one): each input gets its enrolment or the DomainError that
   * refused it, in order, and an input refused changes nothing. The rules are those of recordOutcome, applied in order, so
   * a second outcome of the same participant in one batch is refused like a second call.
   */
  async outcomesIn(
    { manager, emit }: OutboxTx,
    caller: Caller | undefined,
    inputs: OutcomeInput[],
    now: Date,
  ): Promise<(EnrolmentEntity | DomainError)[]> {
    const results: (EnrolmentEntity | DomainError | undefined)[] = inputs.map(() => undefined);
    const valid: number[] = [];
    inputs.forEach((input, i) => {
      const err = outcomeInputError(input, now);
      if (err) results[i] = err;
      else valid.push(i);
    });
    const ids = [...new Set(valid.map((i) => inputs[i].enrolmentId))];
    // locked in id order (as every path that locks several enrolments), read in one statement
    const es = ids.length
      ? (
          (await manager.query(`SELECT ${ENROLMENT_COLUMNS} FROM enrolments WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
            ids,
          ])) as EnrolmentRow[]
        ).map(enrolmentOfRow)
      : [];
    const byId = new Map(es.map((e) => [e.id, e]));
    const batchIds = [...new Set(es.map((e) => e.batchId))];
    const [batches, programs, providers, sessions, present] = await readAll(manager, [
      () => manager.getRepository(BatchEntity).findBy({ id: In(batchIds) }),
      () => manager.getRepository(ProgramEntity).findBy({ id: In([...new Set(es.map((e) => e.programId))]) }),
      () =>
        manager
          .getRepository(TrainingProviderEntity)
          .find({ where: { id: In([...new Set(es.map((e) => e.providerId))]) }, select: { id: true, kind: true } }),
      () =>
        manager.query(`SELECT batch_id, count(*)::int AS n FROM batch_sessions WHERE batch_id = ANY($1::uuid[]) GROUP BY batch_id`, [
          batchIds,
        ]) as Promise<{ batch_id: string; n: number }[]>,
      () =>
        manager.query(
          `SELECT enrolment_id, count(*)::int AS n FROM attendance WHERE present AND enrolment_id = ANY($1::uuid[]) GROUP BY enrolment_id`,
          [ids],
        ) as Promise<{ enrolment_id: string; n: number }[]>,
    ]);
    const batchOf = new Map(batches.map((b) => [b.id, b]));
    const programOf = new Map(programs.map((p) => [p.id, p]));
    const kindOf = new Map(providers.map((p) => [p.id, p.kind]));
    const sessionsOf = new Map(sessions.map((r) => [r.batch_id, r.n]));
    const presentOf = new Map(present.map((r) => [r.enrolment_id, r.n]));
    const changed: { e: EnrolmentEntity; from: string; note: string }[] = [];
    for (const i of valid) {
      const input = inputs[i];
      try {
        const e = byId.get(input.enrolmentId);
        if (!e) throw notFound('Enrolment', input.enrolmentId);
        const batch = batchOf.get(e.batchId)!;
        const program = programOf.get(e.programId)!;
        const rel = assertVisible(e, program, caller);
        if (!rel.provider)
          throw forbidden(`Only the provider, a Disnaker officer of region ${e.regionCode} or the ministry records outcomes`);
        const outcome = input.outcome as OutcomeValue;
        if (e.state !== 'ACCEPTED')
          throw conflict(`Enrolment ${e.id} is ${e.state}: an outcome is recorded for an ACCEPTED participant only (once)`);
        if (!training(batch.state)) throw conflict(`Batch ${batch.id} is ${batch.state}: outcomes are recorded once it is RUNNING`);
        if (input.outcomeDate < batch.startDate)
          throw invalid([{ field: 'outcomeDate', description: `must not be before the batch started (${batch.startDate})` }]);
        const refusal = outcomeRefusal({
          outcome,
          finalScore: input.finalScore,
          attendancePercent: attendancePercent(presentOf.get(e.id) ?? 0, sessionsOf.get(batch.id) ?? 0),
          attendanceThreshold: program.attendanceThreshold,
          passingScore: program.passingScore,
        });
        if (refusal)
          throw invalid([refusal], `Enrolment ${e.id} cannot be recorded as ${outcome}: ${refusal.field} ${refusal.description}`);
        const from = e.state;
        e.state = outcome;
        e.finalScore = input.finalScore;
        e.outcomeDate = input.outcomeDate;
        changed.push({ e, from, note: (input.note ?? '').trim() });
        emit(EnrolmentTransitioned, { subject: e.id, regionCode: e.regionCode, data: enrolmentEventData(e, from, 'PROVIDER', now) });
        emit(OUTCOME_EVENT[outcome], {
          subject: e.id,
          regionCode: batch.regionCode,
          data: outcomeData(e, batch, program, kindOf.get(e.providerId) ?? '', now),
        });
        results[i] = e;
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        results[i] = err;
      }
    }
    if (changed.length) {
      // one statement each for every participant of the batch (unnest keeps them multi-row)
      await manager.query(
        `UPDATE enrolments e SET state = v.state, final_score = v.score, outcome_date = v.day, updated_at = $5
           FROM unnest($1::uuid[], $2::text[], $3::int[], $4::date[]) AS v(id, state, score, day) WHERE e.id = v.id`,
        [
          changed.map((c) => c.e.id),
          changed.map((c) => c.e.state),
          changed.map((c) => c.e.finalScore),
          changed.map((c) => c.e.outcomeDate),
          now,
        ],
      );
      await manager.query(
        `INSERT INTO enrolment_transitions (enrolment_id, from_state, to_state, actor, actor_side, note, created_at)
         SELECT v.id, v.from_state, v.to_state, $4, 'PROVIDER', v.note, $5 FROM unnest($1::uuid[], $2::text[], $3::text[], $6::text[]) AS v(id, from_state, to_state, note)`,
        [
          changed.map((c) => c.e.id),
          changed.map((c) => c.from),
          changed.map((c) => c.e.state),
          actorOf(caller),
          now,
          changed.map((c) => c.note),
        ],
      );
      for (const c of changed) c.e.updatedAt = now;
    }
    return results as (EnrolmentEntity | DomainError)[];
  }

  /**
   * Attendance marks of many enrolments and sessions (bulk imports): each mark gets true or the DomainError that refused
   * it, in order; the accepted ones are stored in one statement (the last mark of an enrolment and session wins).
   */
  async marksIn(
    manager: EntityManager,
    caller: Caller | undefined,
    marks: { enrolmentId: string; sessionNumber: number; present: boolean }[],
    now: Date,
  ): Promise<(true | DomainError)[]> {
    const ids = [...new Set(marks.map((m) => m.enrolmentId).filter((id) => isUuid(id)))];
    const es: Pick<EnrolmentEntity, 'id' | 'batchId' | 'programId' | 'state'>[] = ids.length
      ? (
          (await manager.query(`SELECT id, batch_id, program_id, state FROM enrolments WHERE id = ANY($1::uuid[])`, [ids])) as {
            id: string;
            batch_id: string;
            program_id: string;
            state: EnrolmentEntity['state'];
          }[]
        ).map((r) => ({ id: r.id, batchId: r.batch_id, programId: r.program_id, state: r.state }))
      : [];
    const byId = new Map(es.map((e) => [e.id, e]));
    const batchIds = [...new Set(es.map((e) => e.batchId))];
    const [batches, programs, sessions] = await readAll(manager, [
      () => manager.getRepository(BatchEntity).findBy({ id: In(batchIds) }),
      () => manager.getRepository(ProgramEntity).findBy({ id: In([...new Set(es.map((e) => e.programId))]) }),
      () => manager.getRepository(BatchSessionEntity).find({ where: { batchId: In(batchIds) }, select: { batchId: true, number: true } }),
    ]);
    const batchOf = new Map(batches.map((b) => [b.id, b]));
    const programOf = new Map(programs.map((p) => [p.id, p]));
    const sessionSet = new Set(sessions.map((x) => `${x.batchId}/${x.number}`));
    const rows = new Map<string, AttendanceEntity>();
    const results = marks.map((m): true | DomainError => {
      try {
        const e = byId.get(m.enrolmentId);
        if (!e) throw notFound('Enrolment', m.enrolmentId);
        const batch = batchOf.get(e.batchId)!;
        assertBatchAccess(batch, programOf.get(e.programId)!, 'records attendance', caller);
        if (!training(batch.state)) throw conflict(`Batch ${batch.id} is ${batch.state}: attendance is recorded once it is RUNNING`);
        if (!sessionSet.has(`${batch.id}/${m.sessionNumber}`))
          throw invalid([{ field: 'sessionNumber', description: `batch ${batch.id} has no session ${m.sessionNumber}` }]);
        if (e.state !== 'ACCEPTED')
          throw invalid([
            { field: 'enrolmentId', description: `enrolment ${e.id} is ${e.state}: attendance is recorded for ACCEPTED participants` },
          ]);
        rows.set(`${e.id}/${m.sessionNumber}`, {
          enrolmentId: e.id,
          batchId: batch.id,
          sessionNumber: m.sessionNumber,
          present: m.present,
          recordedBy: actorOf(caller),
          recordedAt: now,
        });
        return true;
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        return err;
      }
    });
    if (rows.size) {
      // one multi-row statement (unnest); a participant's session recorded again is replaced
      const marked = [...rows.values()];
      await manager.query(
        `INSERT INTO attendance (enrolment_id, batch_id, session_number, present, recorded_by, recorded_at)
         SELECT v.enrolment_id, v.batch_id, v.session_number, v.present, $5, $6
           FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::boolean[]) AS v(enrolment_id, batch_id, session_number, present)
         ON CONFLICT (enrolment_id, session_number)
           DO UPDATE SET present = excluded.present, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
        [
          marked.map((m) => m.enrolmentId),
          marked.map((m) => m.batchId),
          marked.map((m) => m.sessionNumber),
          marked.map((m) => m.present),
          actorOf(caller),
          now,
        ],
      );
    }
    return results;
  }

  /** The person's completed trainings, newest completion first, with the units of each program (his own token only). */
  async history(): Promise<HistoryEntry[]> {
    const personId = ownPersonId();
    const es = await this.ds
      .getRepository(EnrolmentEntity)
      .find({ where: { personId, state: 'COMPLETED' }, order: { outcomeDate: 'DESC', id: 'ASC' } });
    if (!es.length) return [];
    const [programs, providers] = await Promise.all([
      this.ds.getRepository(ProgramEntity).findBy({ id: In([...new Set(es.map((e) => e.programId))]) }),
      this.ds
        .getRepository(TrainingProviderEntity)
        .find({ where: { id: In([...new Set(es.map((e) => e.providerId))]) }, select: { id: true, name: true } }),
    ]);
    const programOf = new Map(programs.map((p) => [p.id, p]));
    const providerName = new Map(providers.map((p) => [p.id, p.name]));
    return es.map((enrolment) => ({
      enrolment,
      program: programOf.get(enrolment.programId)!,
      providerName: providerName.get(enrolment.providerId) ?? '',
    }));
  }

  /** The enrolment locked, for the provider side only (anyone else: NOT_FOUND, as for reading it). */
  private async lockedForProvider(manager: EntityManager, id: string, caller: Caller | undefined, what: string) {
    const e = isUuid(id)
      ? await manager.getRepository(EnrolmentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!e) throw notFound('Enrolment', id);
    const batch = await manager.getRepository(BatchEntity).findOneByOrFail({ id: e.batchId });
    const program = await manager.getRepository(ProgramEntity).findOneByOrFail({ id: e.programId });
    const rel = assertVisible(e, program, caller);
    if (!rel.provider) throw forbidden(`Only the provider, a Disnaker officer of region ${e.regionCode} or the ministry ${what}`);
    return { e, batch, program };
  }
}

/** The field violations of an outcome request itself (before anything is read), or undefined. */
function outcomeInputError(input: OutcomeInput, now: Date): DomainError | undefined {
  const v = new Violations();
  v.check((OUTCOME_STATES as readonly string[]).includes(input.outcome), 'outcome', `must be one of ${OUTCOME_STATES.join(', ')}`);
  v.check(score(input.finalScore), 'finalScore', 'must be an integer from 0 to 100');
  const dateOk = !!parseYmd(input.outcomeDate);
  v.check(dateOk, 'outcomeDate', 'must be a date YYYY-MM-DD');
  v.check(!dateOk || input.outcomeDate <= todayWib(now), 'outcomeDate', `must not be in the future (today is ${todayWib(now)})`);
  v.check((input.note ?? '').trim().length <= MAX_NOTE, 'note', `must be at most ${MAX_NOTE} characters`);
  if (!isUuid(input.enrolmentId)) return notFound('Enrolment', input.enrolmentId);
  return v.any ? invalid(violationsOf(v)) : undefined;
}

function violationsOf(v: Violations) {
  try {
    v.throwIfAny();
  } catch (e) {
    return (e as DomainError).violations;
  }
  return [];
}

/** The training outcome event (TrainingOutcomeData): the person id, never the NIK. */
function outcomeData(e: EnrolmentEntity, batch: BatchEntity, program: ProgramEntity, providerKind: string, now: Date): TrainingOutcomeData {
  return {
    enrolmentId: e.id,
    batchId: batch.id,
    programId: program.id,
    programTitle: program.title,
    providerId: e.providerId,
    providerKind,
    personId: e.personId,
    competencyUnits: program.competencyUnits,
    kbjiCode: program.kbjiCode,
    certificationSchemeId: program.certificationSchemeId,
    regionCode: batch.regionCode,
    sex: e.sex,
    ageBand: ipkAgeBandOn(e.birthDate, e.outcomeDate) ?? '',
    outcome: e.state,
    outcomeDate: e.outcomeDate ?? '',
    occurredAt: now.toISOString(),
  };
}
