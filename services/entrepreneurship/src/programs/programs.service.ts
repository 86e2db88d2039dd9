import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { currentCaller } from '@siapkerja/authz';
import { normalizeRegionCode } from '@siapkerja/codes';
import { alreadyExists, conflict, forbidden, notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import { decodePageToken, findByIdOrThrow, isUniqueViolation, newestFirstPage, onceByRequestId } from '@siapkerja/persistence';
import { TkmProgramDefined } from '@siapkerja/contracts';
import { audit } from '../proposals/history';
import { ProgramEntity, ProgramQuotaEntity } from './program.entity';
import { programViolations, quotaViolations, type NewProgram } from './programs.rules';

export interface ProgramView {
  program: ProgramEntity;
  quotas: ProgramQuotaEntity[];
}

/** Programs are the ministry's to define; anyone reads them. */
function assertMinistry(what: string): void {
  const c = currentCaller();
  if (c && !c.roles.includes('MINISTRY_ADMIN')) throw forbidden(`Only the ministry ${what}`);
}

@Injectable()
export class ProgramsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
  ) {}

  async create(input: NewProgram, clientRequestId?: string): Promise<ProgramView> {
    assertMinistry('defines TKM programs');
    programViolations(input).throwIfAny();
    const repo = this.ds.getRepository(ProgramEntity);
    const created = await onceByRequestId(repo, clientRequestId, async (requestId, key) => {
      try {
        return await this.outbox.run(async ({ manager, emit }) => {
          const r = manager.getRepository(ProgramEntity);
          const p = await r.save(r.create({ ...input, name: input.name.trim(), requestId, requestHash: key.requestHash }));
          await audit(manager, 'PROGRAM', p.id, 'DEFINED', '', '', `${p.code} ${p.year}`);
          emit(TkmProgramDefined, {
            subject: p.id,
            data: {
              programId: p.id,
              code: p.code,
              year: p.year,
              fundingBasis: p.fundingBasis,
              amount: p.amount,
              occurredAt: p.createdAt.toISOString(),
            },
          });
          return p;
        });
      } catch (e) {
        if (isUniqueViolation(e) && !(requestId && (await repo.existsBy({ requestId }))))
          throw alreadyExists(`Program ${input.code} ${input.year} already exists`);
        throw e;
      }
    });
    return this.view(created);
  }

  async get(id: string): Promise<ProgramView> {
    return this.view(await findByIdOrThrow(this.ds.getRepository(ProgramEntity), id, 'Program'));
  }

  async list(q: {
    year?: number;
    code?: string;
    pageSize?: number;
    pageToken?: string;
  }): Promise<{ programs: ProgramView[]; nextPageToken: string }> {
    const filter = JSON.stringify([q.year ?? 0, q.code ?? '']);
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    new Violations()
      .check(!q.pageToken || cursor?.filter === filter, 'pageToken', 'is not a token of this listing')
      .check(!q.pageSize || (q.pageSize > 0 && q.pageSize <= 100), 'pageSize', 'must be 1 to 100')
      .throwIfAny();
    const qb = this.ds.getRepository(ProgramEntity).createQueryBuilder('p');
    if (q.year) qb.andWhere('p.year = :year', { year: q.year });
    if (q.code) qb.andWhere('p.code = :code', { code: q.code });
    const { page, nextPageToken } = await newestFirstPage(qb, 'p', cursor, q.pageSize || 20, filter);
    return { programs: await Promise.all(page.map((p) => this.view(p))), nextPageToken };
  }

  /** Sets how many groups decrees may approve in a province or regency; never below what is already approved. */
  async setQuota(programId: string, regionCodeInput: string, maxGroups: number): Promise<ProgramView> {
    assertMinistry('sets TKM quotas');
    quotaViolations(regionCodeInput, maxGroups).throwIfAny();
    // the row's key as the code list writes it ('3373' and ' 33.73' are the quota of 33.73), checked above so defined
    const regionCode = normalizeRegionCode(regionCodeInput) as string;
    const program = await findByIdOrThrow(this.ds.getRepository(ProgramEntity), programId, 'Program');
    await this.ds.transaction(async (m) => {
      await m.query(`INSERT INTO tkm_program_quotas (program_id, region_code, max_groups) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING`, [
        program.id,
        regionCode,
      ]);
      const [row] = await m.query(`SELECT approved_groups FROM tkm_program_quotas WHERE program_id = $1 AND region_code = $2 FOR UPDATE`, [
        program.id,
        regionCode,
      ]);
      if (row.approved_groups > maxGroups)
        throw conflict(`Quota: ${row.approved_groups} groups of region ${regionCode} are already approved; the quota cannot be lower`);
      await m.query(`UPDATE tkm_program_quotas SET max_groups = $3 WHERE program_id = $1 AND region_code = $2`, [
        program.id,
        regionCode,
        maxGroups,
      ]);
      await audit(m, 'PROGRAM', program.id, 'QUOTA_SET', '', '', `${regionCode}=${maxGroups}`);
    });
    return this.view(program);
  }

  /** The program of a new group: by id, or else the latest year's program of a first-release kind. */
  async resolve(m: EntityManager, programId: string, kind: string): Promise<ProgramEntity> {
    const r = m.getRepository(ProgramEntity);
    if (programId) {
      const p = await r.findOneBy({ id: programId });
      if (!p) throw notFound('Program', programId);
      return p;
    }
    const p = await r.findOne({ where: { code: kind }, order: { year: 'DESC' } });
    if (!p) throw notFound('Program', kind);
    return p;
  }

  private async view(program: ProgramEntity): Promise<ProgramView> {
    const quotas = await this.ds.getRepository(ProgramQuotaEntity).find({ where: { programId: program.id }, order: { regionCode: 'ASC' } });
    return { program, quotas };
  }
}
