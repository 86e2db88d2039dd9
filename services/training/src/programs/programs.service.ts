import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { assertRegionAllowed, currentCaller, isRegionBound, type Caller } from '@siapkerja/authz';
import { canonicalRegionCode, isRegionCode, isSkkniUnit, normalizeRegionCode } from '@siapkerja/codes';
import { conflict, forbidden, invalid, isOneLine, notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox, type OutboxTx } from '@siapkerja/events';
import { decodePageToken, isUuid, newestFirstPage, onceByRequestId, readAll } from '@siapkerja/persistence';
import { CertificationClient } from '../certification.client';
import { TrainingProviderEntity } from '../providers/provider.entity';
import { providerForCaller } from '../providers/providers.service';
import { checkEligibilityRules } from './eligibility.rules';
import { assertProgramAccess, ownerOf, programAccess } from './program-access';
import { PROGRAM_MODES, PROGRAM_STATES, ProgramEntity, type ProgramModeValue, type ProgramStateValue } from './program.entity';
import { ProgramPublished, ProgramUpdated, ProgramWithdrawn } from './programs.events';
import {
  MAX_COMPETENCY_UNITS,
  MAX_TEXT,
  programTransitionAllowed,
  programViolations,
  UPDATABLE_PROGRAM_FIELDS,
  type ProgramFields,
} from './programs.rules';

export { MAX_CAPACITY } from './programs.rules';

export interface NewProgram extends Partial<ProgramFields> {
  providerId?: string;
  providerName?: string;
  state?: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface ProgramListQuery {
  competencyUnits?: string[];
  regionCode?: string;
  kbjiCode?: string;
  mode?: string;
  hasOpenBatch?: boolean;
  query?: string;
  providerId?: string;
  state?: string;
  pageSize?: number;
  pageToken?: string;
}

/** A program with the facts the catalogue shows beside it. */
export interface ProgramView {
  program: ProgramEntity;
  providerKind: string;
  hasOpenBatch: boolean;
}

const DEFAULTS = { description: '', certificationSchemeId: '', durationHours: 0, mode: 'OFFLINE', eligibility: {}, costIdr: 0 };

@Injectable()
export class ProgramsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly certification: CertificationClient,
  ) {}

  /**
   * Creates a program of a provider, DRAFT or PUBLISHED (the default); the same requestId of the same caller returns the
   * first result. The provider: the caller's organization's; the one named by the ministry or an officer; for a partner
   * client or training-provider account without an organization, the provider standing for it. The certification scheme,
   * when given, must exist in the certification service.
   */
  async publish(input: NewProgram, clientRequestId?: string): Promise<ProgramView> {
    // an officer publishes in his region only: refused before anything else is looked at (' 33.73\n' and '3373' are 33.73)
    assertRegionAllowed(canonicalRegionCode(input.regionCode), currentCaller(), 'regionCode');
    const fields = { ...DEFAULTS, attendanceThreshold: 80, passingScore: 70, ...stripUndefined(input) } as ProgramFields & NewProgram;
    if (!fields.attendanceThreshold) fields.attendanceThreshold = 80;
    if (!fields.passingScore) fields.passingScore = 70;
    const state = input.state || 'PUBLISHED';
    const v = programViolations(fields, [...UPDATABLE_PROGRAM_FIELDS, 'regionCode']);
    v.check(state === 'DRAFT' || state === 'PUBLISHED', 'state', 'must be DRAFT or PUBLISHED');
    const providerName = input.providerName ?? '';
    v.check(
      !providerName || (!!providerName.trim() && providerName.length <= MAX_TEXT && isOneLine(providerName)),
      'providerName',
      `must not be blank (at most ${MAX_TEXT} characters, on one line)`,
    );
    v.check(!input.providerId || isUuid(input.providerId), 'providerId', 'must be a training provider id (UUID)');
    v.throwIfAny();
    // as the code list writes it (validated above: ' 33.73', '33.73\n' and '3373' are 33.73)
    fields.regionCode = normalizeRegionCode(fields.regionCode) as string;
    const eligibility = checkEligibilityRules(fields.eligibility, new Violations());
    const caller = currentCaller();
    await this.assertScheme(fields.certificationSchemeId);
    const program = await onceByRequestId(this.ds.getRepository(ProgramEntity), clientRequestId, async (requestId, key) =>
      this.outbox.run(async ({ manager, emit }) => {
        const provider = await providerForCaller(manager, caller, input.providerId ?? '', input.providerName ?? '', fields.regionCode);
        if (!provider) {
          if (caller && (caller.roles.includes('MINISTRY_ADMIN') || isRegionBound(caller)))
            throw invalid([{ field: 'providerId', description: 'is required: the training provider running the program' }]);
          throw forbidden('Only a training provider, a partner platform, a Disnaker officer or the ministry publishes programs');
        }
        const repo = manager.getRepository(ProgramEntity);
        const saved = await repo.save(
          repo.create({
            providerId: provider.id,
            providerName: provider.name,
            title: fields.title.trim(),
            description: fields.description.trim(),
            regionCode: fields.regionCode,
            kbjiCode: fields.kbjiCode,
            competencyUnits: fields.competencyUnits,
            certificationSchemeId: fields.certificationSchemeId,
            durationDays: fields.durationDays,
            durationHours: fields.durationHours,
            mode: fields.mode as ProgramModeValue,
            eligibility,
            costIdr: fields.costIdr,
            capacity: fields.capacity,
            state: state as ProgramStateValue,
            attendanceThreshold: fields.attendanceThreshold,
            passingScore: fields.passingScore,
            requestId,
            requestHash: key.requestHash,
            ...ownerOf(caller),
          }),
        );
        if (saved.state === 'PUBLISHED') emitPublished(emit, saved, saved.createdAt);
        return saved;
      }),
    );
    return this.view(program);
  }

  /** Changes the masked fields (the provider, an officer of the region, the ministry); a withdrawn program is final. */
  async update(id: string, input: Partial<ProgramFields>, mask: string[], now: Date = new Date()): Promise<ProgramView> {
    const paths = [...new Set(mask)];
    const v = new Violations();
    v.check(paths.length > 0, 'updateMask', `names the fields to change: ${UPDATABLE_PROGRAM_FIELDS.join(', ')}`);
    const unknown = paths.filter((p) => !(UPDATABLE_PROGRAM_FIELDS as readonly string[]).includes(p));
    v.check(!unknown.length, 'updateMask', `cannot change ${unknown.join(', ')}; updatable: ${UPDATABLE_PROGRAM_FIELDS.join(', ')}`);
    v.throwIfAny();
    const fields = paths as (keyof ProgramFields)[];
    programViolations(input, fields).throwIfAny();
    if (fields.includes('certificationSchemeId')) await this.assertScheme(input.certificationSchemeId ?? '');
    const caller = currentCaller();
    const saved = await this.outbox.run(async ({ manager, emit }) => {
      const p = await this.lockedProgram(manager, id);
      assertProgramAccess(p, 'changes it', caller);
      if (p.state === 'WITHDRAWN') throw conflict(`Program ${p.id} is WITHDRAWN: it cannot be changed any more`);
      const patch: Record<string, unknown> = {};
      for (const f of fields) patch[f] = f === 'eligibility' ? checkEligibilityRules(input.eligibility, new Violations()) : input[f];
      if (typeof patch.title === 'string') patch.title = patch.title.trim();
      Object.assign(p, patch);
      const s = await manager.getRepository(ProgramEntity).save(p);
      if (s.state === 'PUBLISHED')
        emit(ProgramUpdated, {
          subject: s.id,
          regionCode: s.regionCode,
          data: {
            ...publishedData(s, s.createdAt),
            providerId: s.providerId,
            mode: s.mode,
            certificationSchemeId: s.certificationSchemeId,
            updatedAt: now.toISOString(),
          },
        });
      return s;
    });
    return this.view(saved);
  }

  /** DRAFT -> PUBLISHED (ProgramPublished) or DRAFT | PUBLISHED -> WITHDRAWN (ProgramWithdrawn: a tombstone in the feed). */
  async transition(id: string, to: ProgramStateValue, reason = '', now: Date = new Date()): Promise<ProgramView> {
    const text = (reason ?? '').trim();
    if (text.length > 1000) throw invalid([{ field: 'reason', description: 'at most 1000 characters' }]);
    const caller = currentCaller();
    const saved = await this.outbox.run(async ({ manager, emit }) => {
      const p = await this.lockedProgram(manager, id);
      assertProgramAccess(p, to === 'PUBLISHED' ? 'publishes it' : 'withdraws it', caller);
      if (!programTransitionAllowed(p.state, to)) throw conflict(`Program ${p.id} is ${p.state}: it cannot become ${to}`);
      p.state = to;
      if (to === 'WITHDRAWN') {
        p.withdrawnAt = now;
        p.withdrawReason = text;
      }
      const s = await manager.getRepository(ProgramEntity).save(p);
      if (to === 'PUBLISHED') emitPublished(emit, s, now);
      else
        emit(ProgramWithdrawn, {
          subject: s.id,
          regionCode: s.regionCode,
          data: { programId: s.id, regionCode: s.regionCode, withdrawnAt: now.toISOString() },
        });
      return s;
    });
    return this.view(saved);
  }

  /**
   * The catalogue, newest first, keyset-paginated: PUBLISHED programs (or WITHDRAWN ones); DRAFT programs only those the
   * caller manages. Filters: SKKNI units (any of), region (province or regency), KBJI at any level (prefix), mode,
   * provider, an OPEN batch, free text in title and description.
   */
  async list(q: ProgramListQuery): Promise<{ programs: ProgramView[]; nextPageToken: string }> {
    const units = [...new Set(q.competencyUnits ?? [])];
    const givenRegion = q.regionCode ?? '';
    const kbji = q.kbjiCode ?? '';
    const mode = q.mode ?? '';
    const text = (q.query ?? '').trim();
    const providerId = q.providerId ?? '';
    const state = q.state || 'PUBLISHED';
    const pageSize = q.pageSize ?? 0;
    const v = new Violations();
    v.check(units.length <= MAX_COMPETENCY_UNITS, 'competencyUnits', `at most ${MAX_COMPETENCY_UNITS} SKKNI unit codes`);
    units.forEach((c, i) => v.check(isSkkniUnit(c), `competencyUnits[${i}]`, 'must be an SKKNI unit code (e.g. J.620100.001.01)'));
    v.check(
      !givenRegion || isRegionCode(givenRegion, 'province') || isRegionCode(givenRegion, 'regency'),
      'regionCode',
      'must be an existing province (NN) or regency (NN.NN) code',
    );
    // the stored form ('3373' and ' 33.73' filter as 33.73, ' 33' as the province); '' when no filter (or refused above)
    const regionCode = (givenRegion && normalizeRegionCode(givenRegion)) || '';
    v.check(!kbji || /^\d{1,4}(\.\d{2})?$/.test(kbji), 'kbjiCode', 'must be a KBJI code of 1 to 4 digits (any level)');
    v.check(!mode || (PROGRAM_MODES as readonly string[]).includes(mode), 'mode', `must be one of ${PROGRAM_MODES.join(', ')}`);
    v.check(text.length <= 200, 'query', 'at most 200 characters');
    v.check(!providerId || isUuid(providerId), 'providerId', 'must be a training provider id (UUID)');
    v.check((PROGRAM_STATES as readonly string[]).includes(state), 'state', `must be one of ${PROGRAM_STATES.join(', ')}`);
    v.check(Number.isInteger(pageSize) && pageSize >= 0, 'pageSize', 'must not be negative');
    const filter = JSON.stringify([[...units].sort(), regionCode, kbji, mode, !!q.hasOpenBatch, text, providerId, state]);
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    if (q.pageToken)
      v.check(!!cursor && cursor.filter === filter, 'pageToken', 'is not a page token of this listing (the filters must stay the same)');
    v.throwIfAny();

    const size = Math.min(pageSize || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const qb = this.ds.getRepository(ProgramEntity).createQueryBuilder('p').where('p.state = :state', { state });
    if (state === 'DRAFT') {
      const own = managedCondition(currentCaller());
      if (!own) return { programs: [], nextPageToken: '' };
      if (own.sql) qb.andWhere(own.sql, own.params);
    }
    if (units.length) qb.andWhere('p.competency_units && CAST(:units AS text[])', { units });
    if (regionCode.length === 2) qb.andWhere('left(p.region_code, 2) = :province', { province: regionCode });
    else if (regionCode) qb.andWhere('p.region_code = :regionCode', { regionCode });
    if (kbji) qb.andWhere('p.kbji_code LIKE :kbji', { kbji: `${kbji}%` });
    if (mode) qb.andWhere('p.mode = :mode', { mode });
    if (providerId) qb.andWhere('p.provider_id = :providerId', { providerId });
    if (text)
      qb.andWhere('(p.title ILIKE :freeText OR p.description ILIKE :freeText)', {
        freeText: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    if (q.hasOpenBatch) qb.andWhere(`EXISTS (SELECT 1 FROM batches b WHERE b.program_id = p.id AND b.state = 'OPEN')`);
    const { page, nextPageToken } = await newestFirstPage(qb, 'p', cursor, size, filter);
    return { programs: await this.views(this.ds.manager, page), nextPageToken };
  }

  /**
   * One program; a DRAFT only to who manages it (anyone else: NOT_FOUND), and to an officer only in his region
   * (PERMISSION_DENIED). A withdrawn program stays readable.
   */
  async get(id: string): Promise<ProgramView> {
    const p = isUuid(id) ? await this.ds.getRepository(ProgramEntity).findOneBy({ id }) : null;
    if (!p || (p.state === 'DRAFT' && !programAccess(p))) throw notFound('Program', id);
    assertRegionAllowed(p.regionCode, currentCaller(), 'regionCode');
    return this.view(p);
  }

  private async assertScheme(id: string): Promise<void> {
    if (!id) return;
    if (!(await this.certification.schemeExists(id)))
      throw invalid([
        { field: 'certificationSchemeId', description: `is not a certification scheme of the certification service (${id})` },
      ]);
  }

  private async lockedProgram(m: EntityManager, id: string): Promise<ProgramEntity> {
    const p = isUuid(id) ? await m.getRepository(ProgramEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!p || (p.state === 'DRAFT' && !programAccess(p))) throw notFound('Program', id);
    return p;
  }

  async view(p: ProgramEntity): Promise<ProgramView> {
    return (await this.views(this.ds.manager, [p]))[0];
  }

  async views(m: EntityManager, ps: ProgramEntity[]): Promise<ProgramView[]> {
    if (!ps.length) return [];
    const ids = ps.map((p) => p.id);
    const [providers, open] = await readAll(m, [
      () =>
        m
          .getRepository(TrainingProviderEntity)
          .find({ where: { id: In([...new Set(ps.map((p) => p.providerId))]) }, select: { id: true, kind: true } }),
      () =>
        m.query(`SELECT DISTINCT program_id FROM batches WHERE state = 'OPEN' AND program_id = ANY($1::uuid[])`, [ids]) as Promise<
          { program_id: string }[]
        >,
    ]);
    const kind = new Map(providers.map((p) => [p.id, p.kind]));
    const openSet = new Set(open.map((r) => r.program_id));
    return ps.map((program) => ({ program, providerKind: kind.get(program.providerId) ?? '', hasOpenBatch: openSet.has(program.id) }));
  }
}

/** The SQL condition (alias p) of the programs a caller manages; '' for all; undefined for none. */
function managedCondition(caller: Caller | undefined): { sql: string; params: Record<string, string> } | undefined {
  if (!caller || caller.roles.includes('MINISTRY_ADMIN')) return { sql: '', params: {} };
  if (isRegionBound(caller))
    return { sql: '(p.region_code = :mr OR p.region_code LIKE :mrp)', params: { mr: caller.regionCode, mrp: `${caller.regionCode}.%` } };
  if (caller.organizationId) return { sql: 'p.provider_id = :mo', params: { mo: caller.organizationId } };
  if (caller.clientId) return { sql: 'p.owner_client_id = :mc', params: { mc: caller.clientId } };
  if (caller.roles.includes('TRAINING_PROVIDER')) return { sql: 'p.owner_account_id = :ma', params: { ma: caller.sub } };
  return undefined;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function publishedData(p: ProgramEntity, at: Date) {
  return {
    programId: p.id,
    title: p.title,
    regionCode: p.regionCode,
    kbjiCode: p.kbjiCode,
    competencyUnits: p.competencyUnits,
    capacity: p.capacity,
    publishedAt: at.toISOString(),
  };
}

function emitPublished(emit: OutboxTx['emit'], p: ProgramEntity, at: Date): void {
  emit(ProgramPublished, { subject: p.id, regionCode: p.regionCode, data: publishedData(p, at) });
}
