import { Injectable } from '@nestjs/common';
import { toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import type { UnaryHandler } from '@siapkerja/grpc';
import type { VacancyEntity } from './vacancy.entity';
import { VacanciesService } from './vacancies.service';

export function toVacancyMessage(v: VacancyEntity): jobsV1.Vacancy {
  return {
    id: v.id, employerId: v.employerId, positionName: v.positionName, kbjiCode: v.kbjiCode, regionCode: v.regionCode, numberNeeded: v.numberNeeded,
    validFrom: v.validFrom, validUntil: v.validUntil, description: v.description, state: toProtoEnum('VACANCY_STATE', v.state) as jobsV1.VacancyState,
    createTime: v.createdAt.toISOString(), updateTime: v.updatedAt.toISOString(),
  };
}

@Injectable()
export class VacanciesGrpc {
  constructor(private readonly vacancies: VacanciesService) {}

  handlers(): Record<string, UnaryHandler> {
    return {
      CreateVacancy: async (req: jobsV1.CreateVacancyRequest__Output) => {
        const v = req.vacancy ?? ({} as jobsV1.Vacancy__Output);
        const created = await this.vacancies.register(
          { employerId: v.employerId, positionName: v.positionName, kbjiCode: v.kbjiCode, regionCode: v.regionCode, numberNeeded: v.numberNeeded, validFrom: v.validFrom, validUntil: v.validUntil, description: v.description },
          req.requestId || undefined,
        );
        return toVacancyMessage(created);
      },
      GetVacancy: async (req: jobsV1.GetVacancyRequest__Output) => toVacancyMessage(await this.vacancies.get(req.id)),
    };
  }
}
