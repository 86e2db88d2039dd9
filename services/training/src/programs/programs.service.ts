import { assertRegionAllowed, currentCaller } from '@siapkerja/authz';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isKbji, isRegionCode, isSkkniUnit } from '@siapkerja/codes';
import { Violations } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import { decodePageToken, findByIdOrThrow, newestFirstPage, onceByRequestId } from '@siapkerja/persistence';
import { ownerOf } from './program-access';
import { ProgramEntity } from './program.entity';
import { ProgramPublished } from './programs.events';

export interface NewProgram {
  providerName: string;
  title: string;
  regionCode: string;
  kbjiCode: string;
  competencyUnits: string[];
  durationDays: number;
  capacity: number;
}

export const MAX_TEXT = 200;
export const MAX_COMPETENCY_UNITS = 100;
export const MAX_DURATION_DAYS = 365;
export const MAX_CAPACITY = 1000;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface ProgramListQuery {
  /** programs teaching at least one of these SKKNI units */
  competencyUnits?: string[];
  /** province (NN) or regency (NN.NN) */
  regionCode?: string;
  pageSize?: number;
  pageToken?: string;
}

@Injectable()
export class ProgramsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
  ) {}

  /**
   * Publishes a training program; the same requestId (of the same caller) returns the first result (safe retry). The publishing partner (or
   * training-provider) client, or TRAINING_PROVIDER person, owns it; a program of the ministry or an officer has no owner.
   */
  async publish(input: NewProgram, clientRequestId?: string): Promise<ProgramEntity> {
    return onceByRequestId(this.ds.getRepository(ProgramEntity), clientRequestId, async (requestId) => {
      const v = new Violations();
      v.check(
        !!input.providerName?.trim() && input.providerName.length <= MAX_TEXT,
        'providerName',
        `is required (at most ${MAX_TEXT} characters)`,
      );
      v.check(!!input.title?.trim() && input.title.length <= MAX_TEXT, 'title', `is required (at most ${MAX_TEXT} characters)`);
      v.check(isRegionCode(input.regionCode, 'regency'), 'regionCode', 'must be an existing Kemendagri regency code (NN.NN)');
      v.check(isKbji(input.kbjiCode), 'kbjiCode', 'must be a KBJI 2014 occupation code');
      v.check(
        Array.isArray(input.competencyUnits) && input.competencyUnits.length > 0 && input.competencyUnits.length <= MAX_COMPETENCY_UNITS,
        'competencyUnits',
        `needs 1 to ${MAX_COMPETENCY_UNITS} SKKNI unit codes`,
      );
      (input.competencyUnits ?? []).forEach((c, i) =>
        v.check(isSkkniUnit(c), `competencyUnits[${i}]`, 'must be an SKKNI unit code (e.g. J.620100.001.01)'),
      );
      v.check(
        Number.isInteger(input.durationDays) && input.durationDays >= 1 && input.durationDays <= MAX_DURATION_DAYS,
        'durationDays',
        `must be an integer from 1 to ${MAX_DURATION_DAYS}`,
      );
      v.check(
        Number.isInteger(input.capacity) && input.capacity >= 1 && input.capacity <= MAX_CAPACITY,
        'capacity',
        `must be an integer from 1 to ${MAX_CAPACITY}`,
      );
      v.throwIfAny();
      assertRegionAllowed(input.regionCode);
      const owner = ownerOf(currentCaller());

      return this.outbox.run(async ({ manager, emit }) => {
        const repo = manager.getRepository(ProgramEntity);
        const program = await repo.save(
          repo.create({
            providerName: input.providerName.trim(),
            title: input.title.trim(),
            regionCode: input.regionCode,
            kbjiCode: input.kbjiCode,
            competencyUnits: input.competencyUnits,
            durationDays: input.durationDays,
            capacity: input.capacity,
            requestId,
            ...owner,
          }),
        );
        emit(ProgramPublished, {
          subject: program.id,
          regionCode: program.regionCode,
          data: {
            programId: program.id,
            title: program.title,
            regionCode: program.regionCode,
            kbjiCode: program.kbjiCode,
            competencyUnits: program.competencyUnits,
            capacity: program.capacity,
            publishedAt: program.createdAt.toISOString(),
          },
        });
        return program;
      });
    });
  }

  /**
   * Programs newest first, keyset-paginated on (created_at, id); with competencyUnits only those teaching any of them
   * (GIN overlap on competency_units), e.g. the training that closes a job seeker's missing skills.
   */
  async list(q: ProgramListQuery): Promise<{ programs: ProgramEntity[]; nextPageToken: string }> {
    const units = [...new Set(q.competencyUnits ?? [])];
    const regionCode = q.regionCode ?? '';
    const pageSize = q.pageSize ?? 0;
    const v = new Violations();
    v.check(units.length <= MAX_COMPETENCY_UNITS, 'competencyUnits', `at most ${MAX_COMPETENCY_UNITS} SKKNI unit codes`);
    units.forEach((c, i) => v.check(isSkkniUnit(c), `competencyUnits[${i}]`, 'must be an SKKNI unit code (e.g. J.620100.001.01)'));
    v.check(
      !regionCode || isRegionCode(regionCode, 'province') || isRegionCode(regionCode, 'regency'),
      'regionCode',
      'must be an existing province (NN) or regency (NN.NN) code',
    );
    v.check(Number.isInteger(pageSize) && pageSize >= 0, 'pageSize', 'must not be negative');
    const filter = JSON.stringify([[...units].sort(), regionCode]);
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    if (q.pageToken)
      v.check(!!cursor && cursor.filter === filter, 'pageToken', 'is not a page token of this listing (the filters must stay the same)');
    v.throwIfAny();

    const size = Math.min(pageSize || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const qb = this.ds.getRepository(ProgramEntity).createQueryBuilder('p');
    if (units.length) qb.andWhere('p.competency_units && CAST(:units AS text[])', { units });
    if (regionCode.length === 2) qb.andWhere('left(p.region_code, 2) = :province', { province: regionCode });
    else if (regionCode) qb.andWhere('p.region_code = :regionCode', { regionCode });
    const { page, nextPageToken } = await newestFirstPage(qb, 'p', cursor, size, filter);
    return { programs: page, nextPageToken };
  }

  async get(id: string): Promise<ProgramEntity> {
    return findByIdOrThrow(this.ds.getRepository(ProgramEntity), id, 'Program');
  }
}
