import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { assertRegionAllowed, currentCaller, isRegionBound, type Caller } from '@siapkerja/authz';
import { validateKbli } from '@siapkerja/codes';
import type { jobsV1 } from '@siapkerja/contracts';
import { alreadyExists, DomainError, echo, forbidden, invalid, notFound } from '@siapkerja/errors';
import { TransactionalOutbox, type OutboxTx } from '@siapkerja/events';
import { PersonIdentity } from '@siapkerja/identity';
import { insertEntities, isUniqueViolation, requestIdScope } from '@siapkerja/persistence';
import { assertEmployerAccess } from '../employers/employer-access';
import { EmployerEntity } from '../employers/employer.entity';
import { JobSeekerEntity } from '../job-seekers/job-seeker.entity';
import { mayRegister } from '../job-seekers/job-seekers.rules';
import { jobSeekerFacts, JobSeekersService, type NewJobSeeker } from '../job-seekers/job-seekers.service';
import { JobSeekerRegistered } from '../job-seekers/job-seekers.events';
import { VacancyEntity } from '../vacancies/vacancy.entity';
import { VacanciesService, type NewVacancy } from '../vacancies/vacancies.service';
import {
  importKeyViolation,
  isJobsImportKind,
  JOBS_IMPORT_KINDS,
  MAX_IMPORT_BATCH,
  mayImport,
  recordFields,
  rejectionProblem,
} from './imports.rules';

type Receipt = jobsV1.ImportReceipt;
type Content<S extends { validate: (...a: never[]) => unknown }> = ReturnType<S['validate']>;

/** A record that passed the checks needing no database, waiting to be applied with the others of its batch. */
type Prepared =
  | { i: number; kind: 'job-seeker'; key: string; content: Content<JobSeekersService>; personId: string }
  | { i: number; kind: 'vacancy'; key: string; content: Content<VacanciesService>; employerId: string };

const accepted = (r: jobsV1.ImportRecord__Output, resourceId: string): Receipt => ({
  line: r.line,
  key: r.key,
  accepted: true,
  resourceId,
  problemJson: '',
});
const rejected = (r: jobsV1.ImportRecord__Output, err: unknown): Receipt => ({
  line: r.line,
  key: r.key,
  accepted: false,
  resourceId: '',
  problemJson: rejectionProblem(err),
});

/**
 * ApplyImportBatch of the jobs service: AK/1 registrations (`job-seeker`) and vacancies (`vacancy`) uploaded in bulk by
 * Disnaker systems and partners, through the integration service, with the uploader's caller. Each record is checked
 * exactly like the single-record use case (same validation, region and authorization rules, same events); the accepted
 * records of a batch are stored in one transaction with multi-row inserts. Idempotent by (caller scope, kind, key): the
 * receipt of every applied record is kept, and a replay answers it without changing anything.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly identity: PersonIdentity,
    private readonly seekers: JobSeekersService,
    private readonly vacancies: VacanciesService,
  ) {}

  async applyBatch(importId: string, records: jobsV1.ImportRecord__Output[], now: Date = new Date()): Promise<Receipt[]> {
    const caller = currentCaller();
    if (!JOBS_IMPORT_KINDS.some((k) => mayImport(caller, k)))
      throw forbidden('Only Disnaker systems, the ministry, partners and employers import job seekers or vacancies');
    if (records.length > MAX_IMPORT_BATCH)
      throw invalid([{ field: 'records', description: `at most ${MAX_IMPORT_BATCH} records per batch (got ${records.length})` }]);
    const scope = requestIdScope(caller);
    const receipts: (Receipt | undefined)[] = new Array(records.length);

    // a record without a usable key is refused first: it can be neither replayed nor told from the others
    records.forEach((r, i) => {
      const bad = importKeyViolation(r.key);
      if (bad) receipts[i] = { ...rejected(r, invalid([bad], 'The record has an invalid key')), key: echo(r.key) };
    });
    // replays: the receipts of records applied before (by any upload of this caller)
    const stored = await this.storedReceipts(
      scope,
      records.filter((_, i) => !receipts[i]),
    );
    // the first record of each (kind, key) in the batch is applied; later ones answer its receipt
    const firstOf = new Map<string, number>();
    const prepared: Prepared[] = [];
    records.forEach((r, i) => {
      if (receipts[i]) return;
      const id = `${r.kind}\u0000${r.key}`;
      const previous = stored.get(id);
      if (previous) return void (receipts[i] = accepted(r, previous));
      if (firstOf.has(id)) return;
      firstOf.set(id, i);
      try {
        prepared.push(this.prepare(r, i, caller, now));
      } catch (e) {
        receipts[i] = rejected(r, e);
      }
    });

    for (const [i, receipt] of await this.apply(importId, scope, records, prepared, now)) receipts[i] = receipt;
    return records.map((r, i) => receipts[i] ?? { ...receipts[firstOf.get(`${r.kind}\u0000${r.key}`)!]!, line: r.line });
  }

  private async storedReceipts(scope: string, records: jobsV1.ImportRecord__Output[]): Promise<Map<string, string>> {
    if (!records.length) return new Map();
    const rows: { kind: string; key: string; resource_id: string }[] = await this.ds.query(
      `SELECT kind, key, resource_id FROM import_receipts
        WHERE scope = $1 AND (kind, key) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
      [scope, records.map((r) => r.kind), records.map((r) => r.key)],
    );
    return new Map(rows.map((r) => [`${r.kind}\u0000${r.key}`, r.resource_id]));
  }

  /** The checks of one record that need no database: its kind, JSON, fields, region and who may import it. */
  private prepare(r: jobsV1.ImportRecord__Output, i: number, caller: Caller | undefined, now: Date): Prepared {
    if (!isJobsImportKind(r.kind))
      throw invalid([{ field: 'kind', description: `the jobs service imports ${JOBS_IMPORT_KINDS.join(', ')}, not ${r.kind}` }]);
    if (!mayImport(caller, r.kind)) throw forbidden(`The caller may not import ${r.kind} records`);
    const fields = recordFields(r.json);
    if (r.kind === 'job-seeker') {
      const content = this.seekers.validate(fields as unknown as NewJobSeeker, now);
      assertRegionAllowed(content.regionCode, caller);
      const personId = this.identity.personId(content.nik);
      if (!mayRegister(caller, personId)) throw forbidden('The caller may not register job seekers');
      return { i, kind: r.kind, key: r.key, content, personId };
    }
    const input = fields as unknown as NewVacancy;
    const content = this.vacancies.validate(input);
    // the region as stored (validate: '3373' and ' 33.73' are 33.73), not as sent
    assertRegionAllowed(content.regionCode, caller);
    return { i, kind: r.kind, key: r.key, content, employerId: input.employerId };
  }

  /**
   * Applies the prepared records in one transaction (multi-row inserts, the events through the outbox, the receipts);
   * should a concurrent upload have stored one of the same rows first (a unique violation), each record is applied on its
   * own instead, so only that one is refused.
   */
  private async apply(
    importId: string,
    scope: string,
    records: jobsV1.ImportRecord__Output[],
    prepared: Prepared[],
    now: Date,
  ): Promise<Map<number, Receipt>> {
    if (!prepared.length) return new Map();
    try {
      return await this.outbox.run((tx) => this.applyIn(tx, importId, scope, records, prepared, now));
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      if (prepared.length === 1) {
        // a concurrent replay of the same key won: answer its receipt; else the same person or row was stored meanwhile
        const again = await this.storedReceipts(scope, [records[prepared[0].i]]);
        const id = again.values().next().value;
        const r = records[prepared[0].i];
        return new Map([[prepared[0].i, id ? accepted(r, id) : rejected(r, alreadyExists('The record was stored concurrently'))]]);
      }
      const out = new Map<number, Receipt>();
      for (const p of prepared) for (const [i, rec] of await this.apply(importId, scope, records, [p], now)) out.set(i, rec);
      return out;
    }
  }

  private async applyIn(
    { manager, emit }: OutboxTx,
    importId: string,
    scope: string,
    records: jobsV1.ImportRecord__Output[],
    prepared: Prepared[],
    now: Date,
  ): Promise<Map<number, Receipt>> {
    const out = new Map<number, Receipt>();
    const reject = (p: Prepared, err: unknown) => out.set(p.i, rejected(records[p.i], err));
    const seekers = await this.applySeekers(
      manager,
      prepared.filter((p) => p.kind === 'job-seeker'),
      reject,
      now,
    );
    const vacancies = await this.applyVacancies(
      manager,
      prepared.filter((p) => p.kind === 'vacancy'),
      reject,
    );
    for (const [, s] of seekers)
      emit(JobSeekerRegistered, {
        subject: s.id,
        regionCode: s.regionCode,
        data: { ...jobSeekerFacts(s, '', now), registeredAt: now.toISOString() },
      });
    for (const [, v] of vacancies) this.vacancies.emitPublished(v, 'DRAFT', emit);
    const done = [...seekers, ...vacancies] as [Prepared, { id: string }][];
    for (const [p, row] of done) out.set(p.i, accepted(records[p.i], row.id));
    if (done.length) {
      await manager.query(
        `INSERT INTO import_receipts (scope, kind, key, resource_id, import_id)
         SELECT $1, kind, key, resource_id, $2 FROM unnest($3::text[], $4::text[], $5::uuid[]) AS t(kind, key, resource_id)`,
        [scope, importId, done.map(([p]) => p.kind), done.map(([p]) => p.key), done.map(([, row]) => row.id)],
      );
    }
    return out;
  }

  /** AK/1 registrations: one per NIK (an existing or repeated NIK is refused naming it), stored with one INSERT. */
  private async applySeekers(
    manager: EntityManager,
    prepared: Prepared[],
    reject: (p: Prepared, e: unknown) => void,
    _now: Date,
  ): Promise<[Prepared, JobSeekerEntity][]> {
    const items = prepared as Extract<Prepared, { kind: 'job-seeker' }>[];
    if (!items.length) return [];
    const existing: { id: string; person_id: string }[] = await manager.query(
      `SELECT id, person_id FROM job_seekers WHERE person_id = ANY($1::text[])`,
      [items.map((p) => p.personId)],
    );
    const taken = new Map(existing.map((r) => [r.person_id, r.id]));
    const duplicate = (p: Prepared, id: string) => reject(p, alreadyExists(`A job seeker with this NIK is already registered: ${id}`));
    const fresh: Extract<Prepared, { kind: 'job-seeker' }>[] = [];
    // the same NIK twice in one batch: the first is registered, the later ones are refused naming it (as a later batch would)
    const repeated: Extract<Prepared, { kind: 'job-seeker' }>[] = [];
    const inBatch = new Set<string>();
    for (const p of items) {
      const id = taken.get(p.personId);
      if (id) duplicate(p, id);
      else if (inBatch.has(p.personId)) repeated.push(p);
      else {
        inBatch.add(p.personId);
        fresh.push(p);
      }
    }
    if (!fresh.length) return [];
    // one multi-row INSERT, ids made here: nothing is read back
    const saved = fresh.map(
      (p) =>
        ({
          ...p.content,
          id: randomUUID(),
          personId: p.personId,
          state: 'REGISTERED',
          requestId: null,
          cardNumber: null,
        }) as JobSeekerEntity,
    );
    await insertEntities(manager, JobSeekerEntity, saved);
    const savedId = new Map(saved.map((s) => [s.personId, s.id]));
    for (const p of repeated) duplicate(p, savedId.get(p.personId)!);
    return fresh.map((p, k) => [p, saved[k]]);
  }

  /** Vacancies, published at once as by the single-record use case, for employers the caller acts for. */
  private async applyVacancies(
    manager: EntityManager,
    prepared: Prepared[],
    reject: (p: Prepared, e: unknown) => void,
  ): Promise<[Prepared, VacancyEntity][]> {
    const items = prepared as Extract<Prepared, { kind: 'vacancy' }>[];
    if (!items.length) return [];
    const caller = currentCaller();
    const employers = new Map(
      (
        await manager
          .getRepository(EmployerEntity)
          .createQueryBuilder('e')
          .where('e.id IN (:...ids)', { ids: [...new Set(items.map((p) => p.employerId))] })
          .getMany()
      ).map((e) => [e.id, e]),
    );
    const access = new Map<string, DomainError | undefined>();
    const ok: { p: Extract<Prepared, { kind: 'vacancy' }>; employer: EmployerEntity }[] = [];
    for (const p of items) {
      const employer = employers.get(p.employerId);
      if (!employer) {
        reject(p, notFound('Employer', p.employerId));
        continue;
      }
      // officers are held to the vacancy's region (prepare); everyone else must act for the employer
      if (!isRegionBound(caller) && !access.has(employer.id)) {
        access.set(
          employer.id,
          await assertEmployerAccess(manager, employer, caller).then(
            () => undefined,
            (e: DomainError) => e,
          ),
        );
      }
      const denied = access.get(employer.id);
      if (denied) reject(p, denied);
      else ok.push({ p, employer });
    }
    if (!ok.length) return [];
    const publishedAt = new Date();
    const saved = ok.map(
      ({ p, employer }) =>
        ({
          ...p.content,
          id: randomUUID(),
          kbliCode: p.content.kbliCode || employer.kbliCodes.map((c) => validateKbli(c)).find((r) => r.valid)?.code || '',
          employerId: employer.id,
          state: 'PUBLISHED',
          publishedAt,
          endedAt: null,
          requestId: null,
        }) as VacancyEntity,
    );
    await insertEntities(manager, VacancyEntity, saved);
    return ok.map(({ p }, k) => [p, saved[k]]);
  }
}
