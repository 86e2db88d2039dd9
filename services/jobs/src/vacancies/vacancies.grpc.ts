import { Controller } from '@nestjs/common';
import { fromProtoInt64, GrpcService, type GrpcControllerOf, fromProtoEnum, toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import { toJobPosting } from './job-posting';
import type { VacancyEntity } from './vacancy.entity';
import { shownWage } from './vacancies.rules';
import { VacanciesService, type NewVacancy } from './vacancies.service';

export function toVacancyMessage(v: VacancyEntity) {
  return {
    id: v.id,
    employerId: v.employerId,
    positionName: v.positionName,
    kbjiCode: v.kbjiCode,
    regionCode: v.regionCode,
    numberNeeded: v.numberNeeded,
    validFrom: v.validFrom,
    validUntil: v.validUntil,
    description: v.description,
    state: toProtoEnum('VACANCY_STATE', v.state) as jobsV1.VacancyState,
    createTime: v.createdAt.toISOString(),
    updateTime: v.updatedAt.toISOString(),
    kbliCode: v.kbliCode,
    ageMin: v.ageMin ?? 0,
    ageMax: v.ageMax ?? 0,
    sexRequirement: toProtoEnum('SEX_REQUIREMENT', v.sexRequirement) as jobsV1.SexRequirement,
    minEducation: toProtoEnum('EDUCATION_LEVEL', v.minEducation) as jobsV1.EducationLevel,
    skills: v.skills,
    skkniUnits: v.skkniUnits,
    experienceMonthsMin: v.experienceMonthsMin,
    ...shownWage({ wageHidden: v.wageHidden, wageMin: v.wageMin ?? '0', wageMax: v.wageMax ?? '0' }, '0'),
    wageHidden: v.wageHidden,
    ...(v.latitude !== null && v.longitude !== null ? { latitude: v.latitude, longitude: v.longitude } : {}),
    employmentType: toProtoEnum('EMPLOYMENT_TYPE', v.employmentType) as jobsV1.EmploymentType,
    overseas: v.overseas,
    destinationCountry: v.destinationCountry ?? '',
    numberHired: v.numberHired,
    publishTime: v.publishedAt?.toISOString() ?? '',
    endTime: v.endedAt?.toISOString() ?? '',
  } satisfies jobsV1.Vacancy;
}

export function toNewVacancy(v: jobsV1.Vacancy__Output): NewVacancy {
  return {
    employerId: v.employerId,
    positionName: v.positionName,
    kbjiCode: v.kbjiCode,
    regionCode: v.regionCode,
    numberNeeded: v.numberNeeded,
    validFrom: v.validFrom,
    validUntil: v.validUntil,
    description: v.description,
    kbliCode: v.kbliCode,
    ageMin: v.ageMin,
    ageMax: v.ageMax,
    sexRequirement: fromProtoEnum('SEX_REQUIREMENT', v.sexRequirement),
    minEducation: fromProtoEnum('EDUCATION_LEVEL', v.minEducation),
    skills: v.skills,
    skkniUnits: v.skkniUnits,
    experienceMonthsMin: v.experienceMonthsMin,
    wageMin: fromProtoInt64(v.wageMin),
    wageMax: fromProtoInt64(v.wageMax),
    wageHidden: v.wageHidden,
    latitude: v.latitude,
    longitude: v.longitude,
    employmentType: fromProtoEnum('EMPLOYMENT_TYPE', v.employmentType),
    overseas: v.overseas,
    destinationCountry: v.destinationCountry,
  };
}

@Controller()
@GrpcService('jobs')
export class VacanciesGrpc implements GrpcControllerOf<'jobs'> {
  constructor(private readonly vacancies: VacanciesService) {}

  async createVacancy(req: jobsV1.CreateVacancyRequest__Output) {
    const v = req.vacancy ?? ({} as jobsV1.Vacancy__Output);
    return toVacancyMessage(await this.vacancies.register(toNewVacancy(v), req.requestId || undefined, { draft: req.draft }));
  }

  async getVacancy(req: jobsV1.GetVacancyRequest__Output) {
    return toVacancyMessage(await this.vacancies.get(req.id));
  }

  /** The public catalogue's JobPosting of a vacancy: NOT_FOUND unless PUBLISHED, to every caller whatever his region. */
  async getJobPosting(req: jobsV1.GetJobPostingRequest__Output): Promise<jobsV1.JobPosting> {
    const v = await this.vacancies.get(req.id, { published: true });
    return { jsonLd: JSON.stringify(toJobPosting(toVacancyMessage(v), { legalName: await this.vacancies.employerLegalName(v) })) };
  }

  async listVacancies(req: jobsV1.ListVacanciesRequest__Output): Promise<jobsV1.ListVacanciesResponse> {
    const page = await this.vacancies.list({
      pageSize: req.pageSize,
      pageToken: req.pageToken,
      employerId: req.employerId,
      regionCode: req.regionCode,
      state: fromProtoEnum('VACANCY_STATE', req.state),
    });
    return { vacancies: page.vacancies.map(toVacancyMessage), nextPageToken: page.nextPageToken };
  }

  async publishVacancy(req: jobsV1.PublishVacancyRequest__Output) {
    return toVacancyMessage(await this.vacancies.publish(req.id));
  }

  async closeVacancy(req: jobsV1.CloseVacancyRequest__Output) {
    return toVacancyMessage(await this.vacancies.close(req.id, req.reason));
  }

  async reportVacancyFilled(req: jobsV1.ReportVacancyFilledRequest__Output) {
    return toVacancyMessage(await this.vacancies.reportFilled(req.id, req.numberHired));
  }
}
