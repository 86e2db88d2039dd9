import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { currentCaller, isRegionBound, type Caller } from '@siapkerja/authz';
import { DomainError, forbidden, invalid } from '@siapkerja/errors';
import { TransactionalOutbox, type OutboxTx } from '@siapkerja/events';
import { isUniqueViolation, isUuid, requestIdScope } from '@siapkerja/persistence';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { OutcomesService, type OutcomeInput } from '../outcomes/outcomes.service';
import { isLineNumber, isReceiptKey, MAX_RECORDS, parseRecord, problemJsonOf, RecordFields } from './imports.rules';

export interface ImportRecordInput {
  line: number;
  key: string;
  kind: string;
  json: string;
}

export interface Receipt {
  line: number;
  key: string;
  accepted: boolean;
  resourceId: string;
  problemJson: string;
}

/** The kinds applied set-based, a run of consecutive records at a time. */
const RUN_KINDS = new Set(['enrolment', 'attendance', 'completion']);

/** Who may push records at all: a provider's (or partner's) client or account, an officer, the ministry, the platform. */
function mayImport(caller: Caller | undefined): boolean {
  if (!caller) return true;
  return (
    !!caller.organizationId ||
    caller.roles.some((r) => r === 'MINISTRY_ADMIN' || r === 'PARTNER' || r === 'TRAINING_PROVIDER') ||
    isRegionBound(caller)
  );
}

/**
 * Training's side of the partner bulk push (IMPORTS-CONTRACT.md): records of kinds enrolment, attendance and completion,
 * each applied exactly as its single use case (same rules, same authorization per record, same events), all records of
 * a batch in one transaction, each in a savepoint so a refused record leaves nothing behind. Every record gets a receipt,
 * stored per (caller scope, kind, key): a replayed key changes nothing and answers the stored receipt.
 *
 * Record fields: enrolment {batchId, nik, name, birthDate, educationLevel?}; attendance {enrolmentId | enrolmentKey,
 * sessionNumber, present}; completion {enrolmentId | enrolmentKey, outcome (COMPLETED, FAILED, DROPPED_OUT; default
 * COMPLETED), finalScore (0-100; not for DROPPED_OUT), outcomeDate, note?}. enrolmentKey is the key of an enrolment record
 * the same caller pushed earlier (or earlier in the same upload).
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly enrolments: EnrolmentsService,
    private readonly outcomes: OutcomesService,
  ) {}

  async apply(importId: string, records: ImportRecordInput[], now: Date = new Date()): Promise<Receipt[]> {
    const caller = currentCaller();
    if (!mayImport(caller))
      throw forbidden('Only a training provider, a partner platform, a Disnaker officer or the ministry imports training records');
    if (records.length > MAX_RECORDS)
      throw new DomainError('INVALID_ARGUMENT', `At most ${MAX_RECORDS} records per batch`, [
        { field: 'records', description: `at most ${MAX_RECORDS}` },
      ]);
    // a line is the record's place in the upload, answered back in its receipt and stored (bigint): an int64 beyond a safe
    // integer would come back as another number, one beyond bigint failed the statement (500)
    const badLine = records.findIndex((r) => !isLineNumber(r.line));
    if (badLine >= 0)
      throw invalid([{ field: `records[${badLine}].line`, description: `must be a line number from 0 to ${Number.MAX_SAFE_INTEGER}` }]);
    const scope = requestIdScope(caller);
    try {
      return await this.outbox.run((tx) => this.applyIn(tx, caller, scope, importId, records, now));
    } catch (e) {
      // a concurrent batch stored a receipt of the same key first: answer again, now as a replay of it
      if (isUniqueViolation(e)) return this.outbox.run((tx) => this.applyIn(tx, caller, scope, importId, records, now));
      throw e;
    }
  }

  private async applyIn(
    tx: OutboxTx,
    caller: Caller | undefined,
    scope: string,
    importId: string,
    records: ImportRecordInput[],
    now: Date,
  ) {
    const { manager } = tx;
    const id = (kind: string, key: string) => `${kind}\u0001${key}`;
    const stored = new Map<string, StoredReceipt>();
    // the receipts of earlier uploads (replays): one indexed lookup per (kind, key) of the batch
    const pairs = new Map(records.filter((r) => isReceiptKey(r)).map((r) => [id(r.kind, r.key), r]));
    for (const r of await storedReceipts(
      manager,
      scope,
      [...pairs.values()].map((r) => r.kind),
      [...pairs.values()].map((r) => r.key),
    ))
      stored.set(id(r.kind, r.key), r);
    const fresh: StoredReceipt[] = [];
    const receipts: Receipt[] = [];
    const keep = (rec: ImportRecordInput, receipt: Receipt) => {
      receipts.push(receipt);
      // a record refused for its kind or key is refused again the same way: nothing to remember, and such a key or kind (of
      // any length) cannot be a key of the receipts' index
      if (!isReceiptKey(rec)) return;
      const row = {
        kind: rec.kind,
        key: rec.key,
        line: rec.line,
        accepted: receipt.accepted,
        resourceId: receipt.resourceId,
        problemJson: receipt.problemJson,
      };
      stored.set(id(rec.kind, rec.key), row);
      fresh.push(row);
    };
    // consecutive records of one kind are applied together (a fixed number of statements per run); an unknown kind is
    // refused alone; the order of the upload is kept, so a later record sees an earlier one
    let run: ImportRecordInput[] = [];
    let inRun = new Set<string>();
    const flush = async () => {
      if (!run.length) return;
      const done = await this.applyRun(tx, caller, scope, run, now, stored);
      run.forEach((rec, i) => keep(rec, done[i]));
      run = [];
      inRun = new Set();
    };
    for (const rec of records) {
      const prior = stored.get(id(rec.kind, rec.key));
      const seenInRun = inRun.has(id(rec.kind, rec.key));
      if (prior && !seenInRun) {
        await flush();
        receipts.push({
          line: rec.line,
          key: rec.key,
          accepted: prior.accepted,
          resourceId: prior.resourceId,
          problemJson: prior.problemJson,
        });
        continue;
      }
      if (RUN_KINDS.has(rec.kind) && !seenInRun && (!run.length || run[0].kind === rec.kind)) {
        run.push(rec);
        inRun.add(id(rec.kind, rec.key));
        continue;
      }
      await flush();
      if (stored.get(id(rec.kind, rec.key))) {
        const again = stored.get(id(rec.kind, rec.key))!;
        receipts.push({
          line: rec.line,
          key: rec.key,
          accepted: again.accepted,
          resourceId: again.resourceId,
          problemJson: again.problemJson,
        });
      } else if (RUN_KINDS.has(rec.kind)) {
        run.push(rec);
        inRun.add(id(rec.kind, rec.key));
      } else keep(rec, unknownKind(rec));
    }
    await flush();
    // one multi-row statement (unnest) for the batch's receipts
    if (fresh.length)
      await manager.query(
        `INSERT INTO import_receipts (scope, kind, key, import_id, line, accepted, resource_id, problem_json)
         SELECT $1, v.kind, v.key, $2, v.line, v.accepted, v.resource_id, v.problem_json
           FROM unnest($3::text[], $4::text[], $5::bigint[], $6::boolean[], $7::text[], $8::text[]) AS v(kind, key, line, accepted, resource_id, problem_json)`,
        [
          scope,
          importId,
          fresh.map((f) => f.kind),
          fresh.map((f) => f.key),
          fresh.map((f) => f.line),
          fresh.map((f) => f.accepted),
          fresh.map((f) => f.resourceId),
          fresh.map((f) => f.problemJson),
        ],
      );
    return receipts;
  }

  /**
   * A run of attendance or completion records: each parsed and checked on its own (a malformed one is refused alone), then
   * the valid ones applied together by the use case's set-based form (OutcomesService.outcomesIn / marksIn), which
   * answers per record. Rules and events are those of the single use cases.
   */
  private async applyRun(
    tx: OutboxTx,
    caller: Caller | undefined,
    scope: string,
    run: ImportRecordInput[],
    now: Date,
    stored: Map<string, StoredReceipt>,
  ): Promise<Receipt[]> {
    const out: Receipt[] = new Array(run.length);
    const refuse = (i: number, e: unknown) => {
      if (!(e instanceof DomainError)) throw e;
      out[i] = { line: run[i].line, key: run[i].key, accepted: false, resourceId: '', problemJson: problemJsonOf(e) };
    };
    const parsed: { i: number; enrolmentId: string; f: RecordFields; o: Record<string, unknown> }[] = [];
    // enrolment keys not known in this batch are read in one query
    const unknownKeys = new Set<string>();
    const pre: { i: number; f: RecordFields; ref: { field: string; value: string }; o: Record<string, unknown> }[] = [];
    const accept = (i: number, resourceId: string) =>
      (out[i] = { line: run[i].line, key: run[i].key, accepted: true, resourceId, problemJson: '' });
    if (run[0].kind === 'enrolment') {
      const items: { i: number; c: ReturnType<EnrolmentsService['checkNew']> & { requestId: null; requestHash: null } }[] = [];
      run.forEach((rec, i) => {
        try {
          const f = new RecordFields(parseRecord(rec.json, rec.kind, rec.key));
          const input = {
            batchId: f.string('batchId', { max: 100 }),
            nik: f.string('nik', { max: 16 }),
            name: f.string('name', { max: 200 }),
            birthDate: f.string('birthDate', { max: 10 }),
            educationLevel: f.string('educationLevel', { optional: true, max: 10 }),
          };
          f.throwIfAny();
          items.push({ i, c: { ...this.enrolments.checkNew(input, now), requestId: null, requestHash: null } });
        } catch (e) {
          refuse(i, e);
        }
      });
      const results = await this.enrolments.enrolManyIn(
        tx,
        caller,
        items.map((x) => x.c),
        now,
      );
      results.forEach((r, k) => (r instanceof DomainError ? refuse(items[k].i, r) : accept(items[k].i, r.id)));
      return out;
    }
    run.forEach((rec, i) => {
      try {
        const o = parseRecord(rec.json, rec.kind, rec.key);
        const f = new RecordFields(o);
        const ref = f.oneOf('enrolmentId', 'enrolmentKey');
        if (ref.field === 'enrolmentId' && ref.value && !isUuid(ref.value)) f.refuse('enrolmentId', 'must be the uuid of an enrolment');
        // a reference that is missing, not a string or too long is refused as such, never looked up
        if (!ref.value || f.invalid) f.throwIfAny();
        if (ref.field === 'enrolmentKey' && ref.value && !stored.has(`enrolment\u0001${ref.value}`)) unknownKeys.add(ref.value);
        pre.push({ i, f, ref, o });
      } catch (e) {
        refuse(i, e);
      }
    });
    if (unknownKeys.size) {
      const keys = [...unknownKeys];
      for (const r of await storedReceipts(
        tx.manager,
        scope,
        keys.map(() => 'enrolment'),
        keys,
      ))
        stored.set(`enrolment\u0001${r.key}`, r);
    }
    for (const p of pre) {
      try {
        parsed.push({ i: p.i, f: p.f, o: p.o, enrolmentId: enrolmentIdOf(p.ref, stored) });
      } catch (e) {
        refuse(p.i, e);
      }
    }
    if (run[0].kind === 'attendance') {
      const marks: { i: number; enrolmentId: string; sessionNumber: number; present: boolean }[] = [];
      for (const p of parsed) {
        try {
          const sessionNumber = p.f.int('sessionNumber');
          const present = p.f.bool('present');
          p.f.throwIfAny();
          marks.push({ i: p.i, enrolmentId: p.enrolmentId, sessionNumber: sessionNumber!, present });
        } catch (e) {
          refuse(p.i, e);
        }
      }
      const results = await this.outcomes.marksIn(tx.manager, caller, marks, now);
      results.forEach((r, k) => (r === true ? accept(marks[k].i, marks[k].enrolmentId) : refuse(marks[k].i, r)));
    } else {
      const inputs: { i: number; input: OutcomeInput }[] = [];
      for (const p of parsed) {
        try {
          const outcome = p.f.string('outcome', { optional: true, max: 20 }) || 'COMPLETED';
          const finalScore = p.f.int('finalScore', { optional: true });
          const outcomeDate = p.f.string('outcomeDate', { max: 10 });
          const note = p.f.string('note', { optional: true, max: 1000 });
          p.f.throwIfAny();
          inputs.push({ i: p.i, input: { enrolmentId: p.enrolmentId, outcome, finalScore, outcomeDate, note } });
        } catch (e) {
          refuse(p.i, e);
        }
      }
      const results = await this.outcomes.outcomesIn(
        tx,
        caller,
        inputs.map((x) => x.input),
        now,
      );
      results.forEach((r, k) => (r instanceof DomainError ? refuse(inputs[k].i, r) : accept(inputs[k].i, r.id)));
    }
    return out;
  }
}

/** A receipt as kept (import_receipts) and answered again for a replayed key. */
interface StoredReceipt {
  kind: string;
  key: string;
  line: number;
  accepted: boolean;
  resourceId: string;
  problemJson: string;
}

/** The stored receipts of the caller's (kind, key) pairs, in one statement. */
async function storedReceipts(manager: EntityManager, scope: string, kinds: string[], keys: string[]): Promise<StoredReceipt[]> {
  if (!keys.length) return [];
  const rows: { kind: string; key: string; line: string; accepted: boolean; resource_id: string; problem_json: string }[] =
    await manager.query(
      // LATERAL ... LIMIT 1: one primary-key probe per pair, whatever the size of the table (a plain join lets the planner hash
      // the caller's whole receipt history, which grows with every upload)
      `SELECT r.kind, r.key, r.line, r.accepted, r.resource_id, r.problem_json
         FROM unnest($2::text[], $3::text[]) AS v(kind, key)
         CROSS JOIN LATERAL (
           SELECT * FROM import_receipts r WHERE r.scope = $1 AND r.kind = v.kind AND r.key = v.key LIMIT 1) r`,
      [scope, kinds, keys],
    );
  return rows.map((r) => ({
    kind: r.kind,
    key: r.key,
    line: Number(r.line),
    accepted: r.accepted,
    resourceId: r.resource_id,
    problemJson: r.problem_json,
  }));
}

/** The enrolment a record names: by id, or by the key of an accepted enrolment record of the same caller (already looked up). */
function enrolmentIdOf(ref: { field: string; value: string }, stored: Map<string, StoredReceipt>): string {
  if (ref.field === 'enrolmentId') return ref.value;
  const known = stored.get(`enrolment\u0001${ref.value}`);
  if (!known?.accepted)
    throw new DomainError('INVALID_ARGUMENT', `No accepted enrolment record has the key ${ref.value}`, [
      { field: 'enrolmentKey', description: 'is not the key of an accepted enrolment record of this uploader' },
    ]);
  return known.resourceId;
}

/** The receipt of a record of a kind training does not own (refused alone, naming the field). */
function unknownKind(rec: ImportRecordInput): Receipt {
  try {
    parseRecord(rec.json, rec.kind, rec.key);
    throw new DomainError('INVALID_ARGUMENT', `Unknown kind ${rec.kind}`, [{ field: 'kind', description: 'is not a kind of training' }]);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return { line: rec.line, key: rec.key, accepted: false, resourceId: '', problemJson: problemJsonOf(e) };
  }
}
