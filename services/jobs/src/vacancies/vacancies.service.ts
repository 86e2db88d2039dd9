import { assertRegionAllowed } from '@siapkerja/authz';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isKbji, isRegionCode, parseYmd } from '@siapkerja/codes';
import { notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import { findByIdOrThrow, isUuid, onceByRequestId } from '@siapkerja/persistence';
import { EmployerEntity } from '../employers/employer.entity';
import { VacancyEntity } from './vacancy.entity';
import { VacancyRegistered } from './vacancies.events';

export interface NewVacancy {
  employerId: string;
  positionName: string;
  kbjiCode: string;
  regionCode: string;
  numberNeeded: number;
  validFrom: string;
  validUntil: string;
  description?: string;
}

const MAX_VALIDITY_DAYS = 366;

@Injectable()
export class VacanciesService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
  ) {}

  /** Registers (reports) a vacancy; it is published at once. The same requestId returns the first result. */
  async register(input: NewVacancy, requestId?: string): Promise<VacancyEntity> {
    return onceByRequestId(this.ds.getRepository(VacancyEntity), requestId, async () => {
      const v = new Violations();
      v.check(isUuid(input.employerId ?? ''), 'employerId', 'must be an employer id (UUID)');
      v.check(!!input.positionName?.trim() && input.positionName.length <= 200, 'positionName', 'is required (at most 200 characters)');
      v.check(isKbji(input.kbjiCode), 'kbjiCode', 'must be a KBJI 2014 occupation code');
      v.check(isRegionCode(input.regionCode, 'regency'), 'regionCode', 'must be an existing Kemendagri regency code (NN.NN)');
      v.check(Number.isInteger(input.numberNeeded) && input.numberNeeded >= 1 && input.numberNeeded <= 100000, 'numberNeeded', 'must be an integer from 1 to 100000');
      const from = parseYmd(input.validFrom);
      const until = parseYmd(input.validUntil);
      v.check(!!from, 'validFrom', 'must be a date YYYY-MM-DD');
      v.check(!!until, 'validUntil', 'must be a date YYYY-MM-DD');
      if (from && until) {
        const days = (Date.UTC(until.year, until.month - 1, until.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86400000;
        v.check(days >= 0, 'validUntil', 'must not be before validFrom');
        v.check(days <= MAX_VALIDITY_DAYS, 'validUntil', `must be at most ${MAX_VALIDITY_DAYS} days after validFrom`);
      }
      v.check((input.description ?? '').length <= 20000, 'description', 'must be at most 20000 characters');
      v.throwIfAny();
      assertRegionAllowed(input.regionCode);

      return this.outbox.run(async ({ manager, emit }) => {
        const employer = await manager.getRepository(EmployerEntity).findOneBy({ id: input.employerId });
        if (!employer) throw notFound('Employer', input.employerId);
        const repo = manager.getRepository(VacancyEntity);
        const vacancy = await repo.save(
          repo.create({
            employerId: employer.id, positionName: input.positionName.trim(), kbjiCode: input.kbjiCode, regionCode: input.regionCode,
            numberNeeded: input.numberNeeded, validFrom: input.validFrom, validUntil: input.validUntil, description: input.description ?? '',
            state: 'PUBLISHED', requestId: requestId || null,
          }),
        );
        emit(VacancyRegistered, {
          subject: vacancy.id,
          regionCode: vacancy.regionCode,
          data: {
            vacancyId: vacancy.id, employerId: employer.id, positionName: vacancy.positionName, kbjiCode: vacancy.kbjiCode, regionCode: vacancy.regionCode,
            numberNeeded: vacancy.numberNeeded, validFrom: vacancy.validFrom, validUntil: vacancy.validUntil, state: vacancy.state, registeredAt: vacancy.createdAt.toISOString(),
          },
        });
        return vacancy;
      });
    });
  }

  async get(id: string): Promise<VacancyEntity> {
    return findByIdOrThrow(this.ds.getRepository(VacancyEntity), id, 'Vacancy');
  }
}
