import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { currentCaller } from '@siapkerja/authz';
import { isSkkniUnit, normalizeRegionCode, parseYmd } from '@siapkerja/codes';
import { alreadyExists, notFound, Violations } from '@siapkerja/errors';
import { decodePageToken, findByIdOrThrow, isUuid, newestFirstPage, onceByRequestId } from '@siapkerja/persistence';
import { isCodeTaken } from '../code-uniqueness';
import { SchemeEntity } from '../schemes/scheme.entity';
import { SCHEME_CODE_RE } from '../schemes/schemes.service';
import { AssessorEntity, LSP_TYPES, LspEntity, type LspStatusValue, TUK_KINDS, TukEntity } from './lsp.entity';
import { assertManagesLsp, assertRegulator } from './lsps.rules';

export interface NewLsp {
  name: string;
  lspType: string;
  licenceNumber: string;
  licenceValidUntil: string;
  regionCode: string;
}
export interface NewTuk {
  lspId: string;
  name: string;
  kind: string;
  regionCode: string;
  address?: string;
}
export interface NewAssessor {
  lspId: string;
  name: string;
  registrationNumber: string;
  competenceAreas: string[];
  registrationValidUntil: string;
  dailyCapacity: number;
}
export interface LspView {
  lsp: LspEntity;
  licensedSchemeIds: string[];
}
export interface PageQuery {
  pageSize?: number;
  pageToken?: string;
}

const MAX_TEXT = 200;
const MAX_CODE = 64;
const MAX_REASON = 500;
const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;
const text = (s: string | undefined) => (s ?? '').trim();
/** a code (licence or registration number) is one line: no tab, line break or other control character */
const hasControl = (s: string | undefined) => /\p{Cc}/u.test(s ?? '');

/** LSPs (licensed by BNSP), their TUKs and assessors. */
@Injectable()
export class LspsService {
  constructor(private readonly ds: DataSource) {}

  /** BNSP or the ministry registers a licensed LSP (ACTIVE). */
  async create(input: NewLsp, requestId?: string): Promise<LspView> {
    assertRegulator(currentCaller(), 'register LSPs');
    const v = new Violations();
    v.check(!!text(input.name) && input.name.length <= MAX_TEXT, 'name', `is required (at most ${MAX_TEXT} characters)`);
    v.check((LSP_TYPES as readonly string[]).includes(input.lspType), 'lspType', `must be one of ${LSP_TYPES.join(', ')}`);
    v.check(
      !!text(input.licenceNumber) && input.licenceNumber.length <= MAX_CODE,
      'licenceNumber',
      `is required (at most ${MAX_CODE} characters)`,
    );
    v.check(!hasControl(input.licenceNumber), 'licenceNumber', 'must not contain a tab, line break or control character');
    v.check(!!parseYmd(input.licenceValidUntil), 'licenceValidUntil', 'must be a date YYYY-MM-DD');
    const region = normalizeRegionCode(input.regionCode);
    v.check(!!region && /^\d{2}(\.\d{2})?$/.test(region), 'regionCode', 'must be a province (NN) or regency (NN.NN) code');
    v.throwIfAny();
    const repo = this.ds.getRepository(LspEntity);
    const lsp = await onceByRequestId(repo, requestId, async (rid, key) => {
      try {
        return await repo.save(
          repo.create({
            name: text(input.name),
            lspType: input.lspType as LspEntity['lspType'],
            licenceNumber: text(input.licenceNumber),
            licenceValidUntil: input.licenceValidUntil,
            regionCode: region!,
            status: 'ACTIVE',
            statusReason: '',
            requestId: rid,
            requestHash: key.requestHash,
          }),
        );
      } catch (e) {
        // the number in any letter case (the database's unique index on its lower case)
        if (isCodeTaken(e, 'lsps')) throw alreadyExists(`An LSP with licence number ${text(input.licenceNumber)} is already registered`);
        throw e;
      }
    });
    return this.view(lsp);
  }

  /** The public register: any caller reads an LSP and its licensed schemes. */
  async get(id: string): Promise<LspView> {
    return this.view(await findByIdOrThrow(this.ds.getRepository(LspEntity), id, 'LSP'));
  }

  async list(q: PageQuery & { regionCode?: string }): Promise<{ lsps: LspView[]; nextPageToken: string }> {
    const region = q.regionCode ? normalizeRegionCode(q.regionCode) : '';
    if (region === undefined) new Violations().add('regionCode', 'must be a region code').throwIfAny();
    const qb = this.ds.getRepository(LspEntity).createQueryBuilder('l');
    if (region) qb.andWhere(`(l.region_code = :r OR l.region_code LIKE :rp)`, { r: region, rp: `${region}.%` });
    const { page, nextPageToken } = await this.page(qb, q, JSON.stringify(['lsps', region]));
    const schemes = await this.schemesOf(page.map((l) => l.id));
    return { lsps: page.map((lsp) => ({ lsp, licensedSchemeIds: schemes.get(lsp.id) ?? [] })), nextPageToken };
  }

  /** BNSP or the ministry renews, suspends (with a reason) or reinstates an LSP's licence. */
  async updateLicence(
    id: string,
    u: { status: string; licenceNumber?: string; licenceValidUntil?: string; reason?: string },
  ): Promise<LspView> {
    assertRegulator(currentCaller(), 'license and suspend LSPs');
    const reason = text(u.reason);
    const v = new Violations();
    v.check(u.status === 'ACTIVE' || u.status === 'SUSPENDED', 'status', 'must be ACTIVE or SUSPENDED');
    v.check(reason.length <= MAX_REASON, 'reason', `must be at most ${MAX_REASON} characters`);
    if (u.status === 'SUSPENDED') v.check(!!reason, 'reason', 'is required to suspend an LSP');
    v.check(!u.licenceValidUntil || !!parseYmd(u.licenceValidUntil), 'licenceValidUntil', 'must be a date YYYY-MM-DD');
    // '' (not given) keeps the number; spaces only are no number
    v.check(
      !u.licenceNumber || (!!text(u.licenceNumber) && text(u.licenceNumber).length <= MAX_CODE && !hasControl(u.licenceNumber)),
      'licenceNumber',
      `must be 1 to ${MAX_CODE} characters on one line when given`,
    );
    v.throwIfAny();
    const repo = this.ds.getRepository(LspEntity);
    const lsp = await findByIdOrThrow(repo, id, 'LSP');
    lsp.status = u.status as LspStatusValue;
    lsp.statusReason = reason;
    if (u.licenceNumber && text(u.licenceNumber) !== lsp.licenceNumber) {
      lsp.licenceNumber = text(u.licenceNumber);
      // a renewed number is checked against every other in any letter case, also on a case-duplicate kept from before
      lsp.caseDuplicateOf = null;
    }
    if (u.licenceValidUntil) lsp.licenceValidUntil = u.licenceValidUntil;
    try {
      return this.view(await repo.save(lsp));
    } catch (e) {
      if (isCodeTaken(e, 'lsps')) throw alreadyExists(`An LSP with licence number ${lsp.licenceNumber} is already registered`);
      throw e;
    }
  }

  /** The LSP itself, BNSP or the ministry registers a TUK of the LSP (another LSP: NOT_FOUND). */
  async createTuk(input: NewTuk, requestId?: string): Promise<TukEntity> {
    await this.managed(input.lspId);
    const region = normalizeRegionCode(input.regionCode);
    const v = new Violations();
    v.check(!!text(input.name) && input.name.length <= MAX_TEXT, 'name', `is required (at most ${MAX_TEXT} characters)`);
    v.check((TUK_KINDS as readonly string[]).includes(input.kind), 'kind', `must be one of ${TUK_KINDS.join(', ')}`);
    v.check(!!region && /^\d{2}\.\d{2}$/.test(region), 'regionCode', 'must be a regency code NN.NN');
    v.check((input.address ?? '').length <= 500, 'address', 'must be at most 500 characters');
    v.throwIfAny();
    const repo = this.ds.getRepository(TukEntity);
    return onceByRequestId(repo, requestId, (rid, key) =>
      repo.save(
        repo.create({
          lspId: input.lspId,
          name: text(input.name),
          kind: input.kind as TukEntity['kind'],
          regionCode: region!,
          address: text(input.address),
          requestId: rid,
          requestHash: key.requestHash,
        }),
      ),
    );
  }

  async listTuks(lspId: string, q: PageQuery): Promise<{ tuks: TukEntity[]; nextPageToken: string }> {
    await this.managed(lspId);
    const qb = this.ds.getRepository(TukEntity).createQueryBuilder('t').where('t.lsp_id = :lspId', { lspId });
    const { page, nextPageToken } = await this.page(qb, q, JSON.stringify(['tuks', lspId]));
    return { tuks: page, nextPageToken };
  }

  /** The LSP itself, BNSP or the ministry registers an assessor of the LSP (another LSP: NOT_FOUND). */
  async createAssessor(input: NewAssessor, requestId?: string): Promise<AssessorEntity> {
    await this.managed(input.lspId);
    const areas = (input.competenceAreas ?? []).map((a) => a.trim());
    const v = new Violations();
    v.check(!!text(input.name) && input.name.length <= MAX_TEXT, 'name', `is required (at most ${MAX_TEXT} characters)`);
    v.check(
      !!text(input.registrationNumber) && input.registrationNumber.length <= MAX_CODE,
      'registrationNumber',
      `is required (at most ${MAX_CODE} characters)`,
    );
    v.check(!hasControl(input.registrationNumber), 'registrationNumber', 'must not contain a tab, line break or control character');
    v.check(areas.length >= 1 && areas.length <= 200, 'competenceAreas', 'needs 1 to 200 SKKNI unit codes or scheme codes');
    areas.forEach((a, i) =>
      v.check(isSkkniUnit(a) || SCHEME_CODE_RE.test(a), `competenceAreas[${i}]`, 'must be an SKKNI unit code or a scheme code'),
    );
    v.check(!!parseYmd(input.registrationValidUntil), 'registrationValidUntil', 'must be a date YYYY-MM-DD');
    v.check(
      Number.isInteger(input.dailyCapacity) && input.dailyCapacity >= 1 && input.dailyCapacity <= 50,
      'dailyCapacity',
      'must be an integer from 1 to 50',
    );
    v.throwIfAny();
    const repo = this.ds.getRepository(AssessorEntity);
    return onceByRequestId(repo, requestId, async (rid, key) => {
      try {
        return await repo.save(
          repo.create({
            lspId: input.lspId,
            name: text(input.name),
            registrationNumber: text(input.registrationNumber),
            competenceAreas: areas,
            registrationValidUntil: input.registrationValidUntil,
            dailyCapacity: input.dailyCapacity,
            requestId: rid,
            requestHash: key.requestHash,
          }),
        );
      } catch (e) {
        // the number in any letter case (the database's unique index on its lower case)
        if (isCodeTaken(e, 'assessors'))
          throw alreadyExists(`An assessor with registration number ${text(input.registrationNumber)} is already registered`);
        throw e;
      }
    });
  }

  async listAssessors(lspId: string, q: PageQuery): Promise<{ assessors: AssessorEntity[]; nextPageToken: string }> {
    await this.managed(lspId);
    const qb = this.ds.getRepository(AssessorEntity).createQueryBuilder('a').where('a.lsp_id = :lspId', { lspId });
    const { page, nextPageToken } = await this.page(qb, q, JSON.stringify(['assessors', lspId]));
    return { assessors: page, nextPageToken };
  }

  /** The LSP, when the caller manages it; NOT_FOUND otherwise (also for another LSP's caller). */
  async managed(lspId: string): Promise<LspEntity> {
    if (!isUuid(lspId)) throw notFound('LSP', lspId ?? '');
    assertManagesLsp(currentCaller(), lspId);
    const lsp = await this.ds.getRepository(LspEntity).findOneBy({ id: lspId });
    if (!lsp) throw notFound('LSP', lspId);
    return lsp;
  }

  private async page<T extends { id: string }>(
    qb: Parameters<typeof newestFirstPage<T>>[0],
    q: PageQuery,
    filter: string,
  ): Promise<{ page: T[]; nextPageToken: string }> {
    const size = q.pageSize ?? 0;
    if (!Number.isInteger(size) || size < 0) new Violations().add('pageSize', 'must not be negative').throwIfAny();
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    if (q.pageToken && (!cursor || cursor.filter !== filter))
      new Violations().add('pageToken', 'is not a page token of this listing (the filters must stay the same)').throwIfAny();
    return newestFirstPage(qb, qb.alias, cursor, Math.min(size || DEFAULT_PAGE, MAX_PAGE), filter);
  }

  private async schemesOf(lspIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!lspIds.length) return out;
    const rows = await this.ds
      .getRepository(SchemeEntity)
      .find({ where: { lspId: In(lspIds) }, select: { id: true, lspId: true }, order: { createdAt: 'ASC' } });
    for (const r of rows) out.set(r.lspId, [...(out.get(r.lspId) ?? []), r.id]);
    return out;
  }

  private async view(lsp: LspEntity): Promise<LspView> {
    return { lsp, licensedSchemeIds: (await this.schemesOf([lsp.id])).get(lsp.id) ?? [] };
  }
}
