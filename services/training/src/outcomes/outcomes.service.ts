import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { currentCaller, type Caller } from '@siapkerja/authz';
import { ipkAgeBandOn, parseYmd, todayWib } from '@siapkerja/codes';
import { conflict, forbidden, invalid, notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox, type EventDefinition, type OutboxTx } from '@siapkerja/events';
import { isUuid } from '@siapkerja/persistence';
import { BatchEntity, BatchSessionEntity } from '../batches/batch.entity';
import { assertBatchAccess } from '../batches/batches.service';
import { selecting, training } from '../batches/batches.rules';
import { assertVisible } from '../enrolments/enrolment-access';
import { AttendanceEntity, EnrolmentEntity, OUTCOME_STATES, type OutcomeValue } from '../enrolments/enrolment.entity';
import { attendancePercent, outcomeRefusal } from '../enrolments/enrolments.rules';
import {
  EnrolmentTransitioned,
  TrainingCompleted,
  TrainingDroppedOut,
  TrainingFailed,
  enrolmentEventData,
  type TrainingOutcomeData,
} from '../enrolments/enrolments.events';
import { actorOf, enrolmentViews, MAX_NOTE, ownPersonId, recordTransition, type EnrolmentView } from '../enrolments/enrolments.service';
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

  /** The outcome use case inside a transaction (also used by bulk imports). */
  async outcomeIn({ manager, emit }: OutboxTx, caller: Caller | undefined, input: OutcomeInput, now: Date): Promise<EnrolmentEntity> {
    const v = new Violations();
    v.check((OUTCOME_STATES as readonly string[]).includes(input.outcome), 'outcome', `must be one of ${OUTCOME_STATES.join(', ')}`);
    v.check(score(input.finalScore), 'finalScore', 'must be an integer from 0 to 100');
    v.check(!!parseYmd(input.outcomeDate), 'outcomeDate', 'must be a date YYYY-MM-DD');
    v.check(
      !!parseYmd(input.outcomeDate) ? input.outcomeDate <= todayWib(now) : true,
      'outcomeDate',
      `must not be in the future (today is ${todayWib(now)})`,
    );
    const note = (input.note ?? '').trim();
    v.check(note.length <= MAX_NOTE, 'note', `must be at most ${MAX_NOTE} characters`);
    if (!isUuid(input.enrolmentId)) throw notFound('Enrolment', input.enrolmentId);
    v.throwIfAny();
    const outcome = input.outcome as OutcomeValue;
    const { e, batch, program } = await this.lockedForProvider(manager, input.enrolmentId, caller, 'records outcomes');
    if (e.state !== 'ACCEPTED')
      throw conflict(`Enrolment ${e.id} is ${e.state}: an outcome is recorded for an ACCEPTED participant only (once)`);
    if (!training(batch.state)) throw conflict(`Batch ${batch.id} is ${batch.state}: outcomes are recorded once it is RUNNING`);
    if (input.outcomeDate < batch.startDate)
      throw invalid([{ field: 'outcomeDate', description: `must not be before the batch started (${batch.startDate})` }]);
    const [sessions, present] = await Promise.all([
      manager.getRepository(BatchSessionEntity).countBy({ batchId: batch.id }),
      manager.getRepository(AttendanceEntity).countBy({ enrolmentId: e.id, present: true }),
    ]);
    const refusal = outcomeRefusal({
      outcome,
      finalScore: input.finalScore,
      attendancePercent: attendancePercent(present, sessions),
      attendanceThreshold: program.attendanceThreshold,
      passingScore: program.passingScore,
    });
    if (refusal) throw invalid([refusal], `Enrolment ${e.id} cannot be recorded as ${outcome}: ${refusal.field} ${refusal.description}`);
    const from = e.state;
    e.state = outcome;
    e.finalScore = input.finalScore;
    e.outcomeDate = input.outcomeDate;
    const saved = await manager.getRepository(EnrolmentEntity).save(e);
    await recordTransition(manager, e.id, from, outcome, actorOf(caller), 'PROVIDER', note, now);
    emit(EnrolmentTransitioned, { subject: e.id, regionCode: e.regionCode, data: enrolmentEventData(saved, from, 'PROVIDER', now) });
    const provider = await manager.getRepository(TrainingProviderEntity).findOneBy({ id: e.providerId });
    emit(OUTCOME_EVENT[outcome], {
      subject: e.id,
      regionCode: batch.regionCode,
      data: {
        enrolmentId: e.id,
        batchId: batch.id,
        programId: program.id,
        programTitle: program.title,
        providerId: e.providerId,
        providerKind: provider?.kind ?? '',
        personId: e.personId,
        competencyUnits: program.competencyUnits,
        kbjiCode: program.kbjiCode,
        certificationSchemeId: program.certificationSchemeId,
        regionCode: batch.regionCode,
        sex: e.sex,
        ageBand: ipkAgeBandOn(e.birthDate, input.outcomeDate) ?? '',
        outcome,
        outcomeDate: input.outcomeDate,
        occurredAt: now.toISOString(),
      },
    });
    return saved;
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
