import { assertRegionAllowed } from '@siapkerja/authz';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isKbli, isNib, isRegionCode } from '@siapkerja/codes';
import { alreadyExists, Violations } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import { findByIdOrThrow, onceByRequestId } from '@siapkerja/persistence';
import { EMPLOYER_TYPES, EmployerEntity, type EmployerTypeValue } from './employer.entity';
import { EmployerRegistered } from './employers.events';

export interface NewEmployer {
  nib: string;
  legalName: string;
  employerType: string;
  kbliCodes: string[];
  regionCode: string;
  address?: string;
}

@Injectable()
export class EmployersService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
  ) {}

  /** Registers an employer; the same requestId returns the first result (safe retry). */
  async register(input: NewEmployer, requestId?: string): Promise<EmployerEntity> {
    return onceByRequestId(this.ds.getRepository(EmployerEntity), requestId, async () => {
      const v = new Violations();
      v.check(isNib(input.nib), 'nib', 'must be a 13-digit NIB');
      v.check(!!input.legalName?.trim() && input.legalName.length <= 200, 'legalName', 'is required (at most 200 characters)');
      v.check((EMPLOYER_TYPES as readonly string[]).includes(input.employerType), 'employerType', `must be one of ${EMPLOYER_TYPES.join(', ')}`);
      v.check(isRegionCode(input.regionCode, 'regency'), 'regionCode', 'must be an existing Kemendagri regency code (NN.NN)');
      v.check(Array.isArray(input.kbliCodes) && input.kbliCodes.length > 0 && input.kbliCodes.length <= 20, 'kbliCodes', 'needs 1 to 20 KBLI codes');
      (input.kbliCodes ?? []).forEach((c, i) => v.check(isKbli(c), `kbliCodes[${i}]`, 'must be a KBLI 2020 code'));
      v.throwIfAny();
      assertRegionAllowed(input.regionCode);

      return this.outbox.run(async ({ manager, emit }) => {
        const repo = manager.getRepository(EmployerEntity);
        if (await repo.existsBy({ nib: input.nib })) throw alreadyExists(`An employer with NIB ${input.nib} is already registered`);
        const employer = await repo.save(
          repo.create({ nib: input.nib, legalName: input.legalName.trim(), employerType: input.employerType as EmployerTypeValue, kbliCodes: input.kbliCodes, regionCode: input.regionCode, address: input.address ?? '', requestId: requestId || null }),
        );
        emit(EmployerRegistered, {
          subject: employer.id,
          regionCode: employer.regionCode,
          data: { employerId: employer.id, nib: employer.nib, employerType: employer.employerType, kbliCodes: employer.kbliCodes, regionCode: employer.regionCode },
        });
        return employer;
      });
    });
  }

  async get(id: string): Promise<EmployerEntity> {
    return findByIdOrThrow(this.ds.getRepository(EmployerEntity), id, 'Employer');
  }
}

