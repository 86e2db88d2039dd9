import { assertRegionAllowed } from '@siapkerja/authz';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isKbji, isRegionCode, isSkkniUnit } from '@siapkerja/codes';
import { Violations } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import { findByIdOrThrow, onceByRequestId } from '@siapkerja/persistence';
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

@Injectable()
export class ProgramsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
  ) {}

  /** Publishes a training program; the same requestId returns the first result (safe retry). */
  async publish(input: NewProgram, requestId?: string): Promise<ProgramEntity> {
    return onceByRequestId(this.ds.getRepository(ProgramEntity), requestId, async () => {
      const v = new Violations();
      v.check(!!input.providerName?.trim() && input.providerName.length <= MAX_TEXT, 'providerName', `is required (at most ${MAX_TEXT} characters)`);
      v.check(!!input.title?.trim() && input.title.length <= MAX_TEXT, 'title', `is required (at most ${MAX_TEXT} characters)`);
      v.check(isRegionCode(input.regionCode, 'regency'), 'regionCode', 'must be an existing Kemendagri regency code (NN.NN)');
      v.check(isKbji(input.kbjiCode), 'kbjiCode', 'must be a KBJI 2014 occupation code');
      v.check(Array.isArray(input.competencyUnits) && input.competencyUnits.length > 0 && input.competencyUnits.length <= MAX_COMPETENCY_UNITS, 'competencyUnits', `needs 1 to ${MAX_COMPETENCY_UNITS} SKKNI unit codes`);
      (input.competencyUnits ?? []).forEach((c, i) => v.check(isSkkniUnit(c), `competencyUnits[${i}]`, 'must be an SKKNI unit code (e.g. J.620100.001.01)'));
      v.check(Number.isInteger(input.durationDays) && input.durationDays >= 1 && input.durationDays <= MAX_DURATION_DAYS, 'durationDays', `must be an integer from 1 to ${MAX_DURATION_DAYS}`);
      v.check(Number.isInteger(input.capacity) && input.capacity >= 1 && input.capacity <= MAX_CAPACITY, 'capacity', `must be an integer from 1 to ${MAX_CAPACITY}`);
      v.throwIfAny();
      assertRegionAllowed(input.regionCode);

      return this.outbox.run(async ({ manager, emit }) => {
        const repo = manager.getRepository(ProgramEntity);
        const program = await repo.save(
          repo.create({
            providerName: input.providerName.trim(), title: input.title.trim(), regionCode: input.regionCode, kbjiCode: input.kbjiCode,
            competencyUnits: input.competencyUnits, durationDays: input.durationDays, capacity: input.capacity, requestId: requestId || null,
          }),
        );
        emit(ProgramPublished, {
          subject: program.id,
          regionCode: program.regionCode,
          data: {
            programId: program.id, title: program.title, regionCode: program.regionCode, kbjiCode: program.kbjiCode,
            competencyUnits: program.competencyUnits, capacity: program.capacity, publishedAt: program.createdAt.toISOString(),
          },
        });
        return program;
      });
    });
  }

  async get(id: string): Promise<ProgramEntity> {
    return findByIdOrThrow(this.ds.getRepository(ProgramEntity), id, 'Program');
  }
}

