import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { assertMayExportPersonData } from '@siapkerja/authz';
import { ApplicationEntity, ApplicationTransitionEntity } from '../applications/application.entity';
import type { ApplicationView } from '../applications/applications.service';
import { VacancyEntity } from '../vacancies/vacancy.entity';
import { JobSeekerEntity } from './job-seeker.entity';

/** What the jobs service holds about one person (UU 27/2022 right of access). */
export interface PersonData {
  /** the job-seeker profile as stored (pseudonymised fields stay so after an erasure); undefined if never registered */
  jobSeeker?: JobSeekerEntity;
  /** every application of the person, oldest first, with its transition history */
  applications: ApplicationView[];
}

/**
 * The person's data export: the job-seeker profile in full (unmasked: it is the person's own data) with the AK/1 card,
 * and all the person's applications with their history. Officers, partners, employers and other people are refused
 * (PERMISSION_DENIED) before anything is read, so the answer tells a stranger nothing.
 */
@Injectable()
export class PersonDataService {
  constructor(private readonly ds: DataSource) {}

  async export(personId: string): Promise<PersonData> {
    assertMayExportPersonData(personId);

    const jobSeeker = (await this.ds.getRepository(JobSeekerEntity).findOneBy({ personId })) ?? undefined;
    if (!jobSeeker) return { applications: [] };
    const apps = await this.ds
      .getRepository(ApplicationEntity)
      .find({ where: { jobSeekerId: jobSeeker.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (!apps.length) return { jobSeeker, applications: [] };
    const [history, vacancies] = await Promise.all([
      this.ds
        .getRepository(ApplicationTransitionEntity)
        .find({ where: { applicationId: In(apps.map((a) => a.id)) }, order: { id: 'ASC' } }),
      this.ds.getRepository(VacancyEntity).find({
        where: { id: In([...new Set(apps.map((a) => a.vacancyId))]) },
        select: { id: true, positionName: true, regionCode: true },
      }),
    ]);
    const vacancyById = new Map(vacancies.map((x) => [x.id, x]));
    const historyOf = new Map<string, ApplicationTransitionEntity[]>();
    for (const h of history) historyOf.set(h.applicationId, [...(historyOf.get(h.applicationId) ?? []), h]);
    return {
      jobSeeker,
      applications: apps.map((a) => ({
        application: a,
        history: historyOf.get(a.id) ?? [],
        positionName: vacancyById.get(a.vacancyId)?.positionName ?? '',
        vacancyRegionCode: vacancyById.get(a.vacancyId)?.regionCode ?? '',
        jobSeekerRegionCode: jobSeeker.regionCode,
      })),
    };
  }
}
