import { Controller } from '@nestjs/common';
import { todayWib } from '@siapkerja/codes';
import { fromProtoInt64, GrpcService, type GrpcControllerOf, fromProtoEnum, toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import { toApplicationMessage } from '../applications/applications.grpc';
import { currentCaller, type Caller } from '@siapkerja/authz';
import { statedPurpose } from '@siapkerja/privacy';
import { nextReportWindow } from './ak1-card';
import { JobSeekerReads, readsHimself } from './job-seeker-reads';
import { jobSeekerView } from './job-seekers.rules';
import type { JobSeekerEntity } from './job-seeker.entity';
import { JobSeekersService, type NewJobSeeker } from './job-seekers.service';
import { PersonDataService } from './person-data';

/** The seeker as the caller may see him (job-seekers.rules.ts: masked unless the caller may read his personal data). */
export function toJobSeekerMessage(
  s: JobSeekerEntity,
  now: Date = new Date(),
  caller: Caller | undefined = currentCaller(),
): jobsV1.JobSeeker {
  const next =
    s.cardIssueDate && (s.state === 'REGISTERED' || s.state === 'REPORTED')
      ? nextReportWindow(s.cardIssueDate, s.lastReportedPeriod, todayWib(now))
      : undefined;
  return jobSeekerView(
    {
      id: s.id,
      personId: s.personId,
      nik: s.nik,
      name: s.name,
      birthPlace: s.birthPlace,
      birthDate: s.birthDate,
      sex: s.sex === 2 ? 'SEX_FEMALE' : 'SEX_MALE',
      maritalStatus: toProtoEnum('MARITAL_STATUS', s.maritalStatus) as jobsV1.MaritalStatus,
      religion: toProtoEnum('RELIGION', s.religion) as jobsV1.Religion,
      address: { line: s.addressLine, regionCode: s.addressRegionCode, postalCode: s.postalCode },
      regionCode: s.regionCode,
      phone: s.phone,
      email: s.email,
      education: s.education,
      educationLevel: s.educationLevel,
      skills: s.skills,
      skkniUnits: s.skkniUnits,
      languages: s.languages,
      experience: s.experience,
      wantedKbjiCodes: s.wantedKbjiCodes,
      expectedWage: s.expectedWage ?? '0',
      state: toProtoEnum('JOB_SEEKER_STATE', s.state) as jobsV1.JobSeekerState,
      card: s.cardNumber
        ? {
            number: s.cardNumber,
            issuingRegionCode: s.cardIssuingRegionCode ?? '',
            issueDate: s.cardIssueDate ?? '',
            validUntil: s.cardValidUntil ?? '',
            reportCount: s.reportCount,
            lastReportedPeriod: s.lastReportedPeriod,
            lastReportTime: s.lastReportAt?.toISOString() ?? '',
            nextReportFrom: next?.from ?? '',
            nextReportUntil: next?.until ?? '',
          }
        : null,
      removalReason: s.removalReason ?? '',
      endTime: s.endedAt?.toISOString() ?? '',
      createTime: s.createdAt.toISOString(),
      updateTime: s.updatedAt.toISOString(),
    },
    caller,
  );
}

export function toNewJobSeeker(s: jobsV1.JobSeeker__Output): NewJobSeeker {
  return {
    nik: s.nik,
    name: s.name,
    birthPlace: s.birthPlace,
    birthDate: s.birthDate,
    sex: fromProtoEnum('SEX', s.sex),
    maritalStatus: fromProtoEnum('MARITAL_STATUS', s.maritalStatus),
    religion: fromProtoEnum('RELIGION', s.religion),
    address: { line: s.address?.line ?? '', regionCode: s.address?.regionCode ?? '', postalCode: s.address?.postalCode ?? '' },
    phone: s.phone,
    email: s.email,
    education: s.education,
    skills: s.skills,
    skkniUnits: s.skkniUnits,
    languages: s.languages,
    experience: s.experience,
    wantedKbjiCodes: s.wantedKbjiCodes,
    expectedWage: fromProtoInt64(s.expectedWage),
  };
}

@Controller()
@GrpcService('jobs')
export class JobSeekersGrpc implements GrpcControllerOf<'jobs'> {
  constructor(
    private readonly seekers: JobSeekersService,
    private readonly personData: PersonDataService,
    private readonly reads: JobSeekerReads,
  ) {}

  // Each answer in clear is logged with the purpose of the read: the one stated (X-Purpose, checked first) where a read
  // may state one, else the purpose the call implies (the person's own request, placement service, supervision).

  async registerJobSeeker(req: jobsV1.RegisterJobSeekerRequest__Output) {
    const s = req.jobSeeker ?? ({} as jobsV1.JobSeeker__Output);
    const view = toJobSeekerMessage(await this.seekers.register(toNewJobSeeker(s), req.requestId || undefined));
    return this.reads.logged(view, readsHimself(view) ? 'DATA_SUBJECT_REQUEST' : 'PLACEMENT_SERVICE');
  }

  async getJobSeeker(req: jobsV1.GetJobSeekerRequest__Output) {
    const purpose = statedPurpose();
    const view = toJobSeekerMessage(await this.seekers.get(req.id));
    return this.reads.logged(view, purpose ?? (readsHimself(view) ? 'DATA_SUBJECT_REQUEST' : 'SUPERVISION'));
  }

  async batchGetJobSeekers(req: jobsV1.BatchGetJobSeekersRequest__Output): Promise<jobsV1.BatchGetJobSeekersResponse> {
    const r = await this.seekers.batchGet(req.ids);
    const now = new Date();
    return { jobSeekers: r.jobSeekers.map((s) => toJobSeekerMessage(s, now)), erasedIds: r.erasedIds, restrictedIds: r.restrictedIds };
  }

  async listJobSeekers(req: jobsV1.ListJobSeekersRequest__Output): Promise<jobsV1.ListJobSeekersResponse> {
    const purpose = statedPurpose();
    const page = await this.seekers.list({
      pageSize: req.pageSize,
      pageToken: req.pageToken,
      regionCode: req.regionCode,
      state: fromProtoEnum('JOB_SEEKER_STATE', req.state),
    });
    const now = new Date();
    const jobSeekers = page.jobSeekers.map((s) => toJobSeekerMessage(s, now));
    return { jobSeekers: await this.reads.logged(jobSeekers, purpose ?? 'SUPERVISION'), nextPageToken: page.nextPageToken };
  }

  async issueAk1Card(req: jobsV1.IssueAk1CardRequest__Output) {
    return this.reads.logged(toJobSeekerMessage(await this.seekers.issueCard(req.id)), 'AK1_ISSUANCE');
  }

  async reportJobSeeker(req: jobsV1.ReportJobSeekerRequest__Output) {
    const view = toJobSeekerMessage(await this.seekers.report(req.id));
    return this.reads.logged(view, readsHimself(view) ? 'DATA_SUBJECT_REQUEST' : 'PLACEMENT_SERVICE');
  }

  async removeJobSeeker(req: jobsV1.RemoveJobSeekerRequest__Output) {
    return this.reads.logged(toJobSeekerMessage(await this.seekers.remove(req.id, req.reason)), 'PLACEMENT_SERVICE');
  }

  async markJobSeekerPlaced(req: jobsV1.MarkJobSeekerPlacedRequest__Output) {
    return this.reads.logged(toJobSeekerMessage(await this.seekers.markPlaced(req.id, req.vacancyId || undefined)), 'PLACEMENT_SERVICE');
  }

  async exportPersonData(req: jobsV1.ExportPersonDataRequest__Output): Promise<jobsV1.ExportPersonDataResponse> {
    const d = await this.personData.export(req.personId);
    return {
      jobSeeker: d.jobSeeker ? toJobSeekerMessage(d.jobSeeker) : null,
      applications: d.applications.map(toApplicationMessage),
      eraseTime: d.jobSeeker?.erasedAt?.toISOString() ?? '',
      processingRestrictTime: d.jobSeeker?.processingRestrictedAt?.toISOString() ?? '',
    };
  }
}
