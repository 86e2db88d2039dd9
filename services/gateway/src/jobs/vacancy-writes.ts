import { Injectable } from '@nestjs/common';
import type { jobsV1 } from '@siapkerja/contracts';
import type { CallOptions } from '@siapkerja/grpc';
import { toVacancyDto } from '../generated/jobs.views';
import { ServiceClients } from '../platform/clients';
import { SearchCache } from './search-cache';

/** The rpcs that change a vacancy, each answering it. */
type VacancyWrite = 'createVacancy' | 'publishVacancy' | 'closeVacancy' | 'reportVacancyFilled';
type Request<M extends VacancyWrite> = Parameters<ServiceClients['jobs'][M]>[0];

/**
 * How the generated vacancy write routes (route option client) call the jobs service: a vacancy this gateway just
 * changed drops its province's cached search answers at once (read-your-writes for the caller; other instances learn it
 * from the vacancy's event).
 */
@Injectable()
export class VacancyWrites {
  constructor(
    private readonly clients: ServiceClients,
    private readonly searchCache: SearchCache,
  ) {}

  async call<M extends VacancyWrite>(rpc: M, req: Request<M>, opts: CallOptions): Promise<jobsV1.Vacancy__Output> {
    const v = await (this.clients.jobs[rpc] as (r: Request<M>, o: CallOptions) => Promise<jobsV1.Vacancy__Output>)(req, opts);
    const dto = toVacancyDto(v);
    if (dto.regionCode) {
      this.searchCache.vacancyChanged({
        regionCode: dto.regionCode,
        kbjiCode: dto.kbjiCode || undefined,
        kbliCode: dto.kbliCode ?? '',
        minEducation: dto.minEducation || undefined,
        employmentType: dto.employmentType || undefined,
        overseas: dto.overseas,
        publishedAt: dto.publishedAt || undefined,
      });
    }
    return v;
  }
}
