import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, fromProtoEnum, toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import { ApplicationsService, type ApplicationView } from './applications.service';

const state = (s: string) => toProtoEnum('APPLICATION_STATE', s) as jobsV1.ApplicationState;

export function toApplicationMessage(v: ApplicationView): jobsV1.Application {
  const a = v.application;
  return {
    id: a.id,
    vacancyId: a.vacancyId,
    jobSeekerId: a.jobSeekerId,
    employerId: a.employerId,
    state: state(a.state),
    coverLetter: a.coverLetter,
    screeningNotes: a.screeningNotes.map((n) => ({ rule: n.rule, message: n.message })),
    history: v.history.map((h) => ({
      fromState: state(h.fromState),
      toState: state(h.toState),
      actor: h.actor,
      actorSide: h.actorSide,
      note: h.note,
      time: h.createdAt.toISOString(),
    })),
    positionName: v.positionName,
    vacancyRegionCode: v.vacancyRegionCode,
    jobSeekerRegionCode: v.jobSeekerRegionCode,
    createTime: a.createdAt.toISOString(),
    updateTime: a.updatedAt.toISOString(),
  };
}

@Controller()
@GrpcService('jobs')
export class ApplicationsGrpc implements GrpcControllerOf<'jobs'> {
  constructor(private readonly applications: ApplicationsService) {}

  async createApplication(req: jobsV1.CreateApplicationRequest__Output) {
    return toApplicationMessage(
      await this.applications.apply(
        { vacancyId: req.vacancyId, jobSeekerId: req.jobSeekerId, coverLetter: req.coverLetter },
        req.requestId || undefined,
      ),
    );
  }

  async getApplication(req: jobsV1.GetApplicationRequest__Output) {
    return toApplicationMessage(await this.applications.get(req.id));
  }

  async transitionApplication(req: jobsV1.TransitionApplicationRequest__Output) {
    return toApplicationMessage(await this.applications.transition(req.id, fromProtoEnum('APPLICATION_STATE', req.toState), req.note));
  }

  async listApplications(req: jobsV1.ListApplicationsRequest__Output): Promise<jobsV1.ListApplicationsResponse> {
    const page = await this.applications.list({
      vacancyId: req.vacancyId,
      jobSeekerId: req.jobSeekerId,
      state: fromProtoEnum('APPLICATION_STATE', req.state),
      pageSize: req.pageSize,
      pageToken: req.pageToken,
    });
    return { applications: page.applications.map(toApplicationMessage), nextPageToken: page.nextPageToken };
  }
}
