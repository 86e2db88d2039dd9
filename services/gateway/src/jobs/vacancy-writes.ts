import { Injectable } from '@nestjs/common';
import { fromProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import type { CallOptions } from '@siapkerja/grpc';
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
    // the facts are read off the message: the route maps the answer to its view once, after this
    if (v.regionCode) {
      this.searchCache.vacancyChanged({
        regionCode: v.regionCode,
        kbjiCode: v.kbjiCode || undefined,
        kbliCode: v.kbliCode ?? '',
        minEducation: fromProtoEnum('EDUCATION_LEVEL', v.minEducation) || undefined,
        employmentType: fromProtoEnum('EMPLOYMENT_TYPE', v.employmentType) || undefined,
        overseas: v.overseas,
        publishedAt: v.publishTime || undefined,
      });
    }
    return v;
  }
}
