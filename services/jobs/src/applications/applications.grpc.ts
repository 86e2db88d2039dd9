import { Injectable } from '@nestjs/common';
import { fromProtoEnum, toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import type { UnaryHandler } from '@siapkerja/grpc';
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

@Injectable()
export class ApplicationsGrpc {
  constructor(private readonly applications: ApplicationsService) {}

  handlers(): Record<string, UnaryHandler> {
    return {
      CreateApplication: async (req: jobsV1.CreateApplicationRequest__Output) =>
        toApplicationMessage(
          await this.applications.apply(
            { vacancyId: req.vacancyId, jobSeekerId: req.jobSeekerId, coverLetter: req.coverLetter },
            req.requestId || undefined,
          ),
        ),
      GetApplication: async (req: jobsV1.GetApplicationRequest__Output) => toApplicationMessage(await this.applications.get(req.id)),
      TransitionApplication: async (req: jobsV1.TransitionApplicationRequest__Output) =>
        toApplicationMessage(await this.applications.transition(req.id, fromProtoEnum('APPLICATION_STATE', req.toState), req.note)),
      ListApplications: async (req: jobsV1.ListApplicationsRequest__Output): Promise<jobsV1.ListApplicationsResponse> => {
        const page = await this.applications.list({
          vacancyId: req.vacancyId,
          jobSeekerId: req.jobSeekerId,
          state: fromProtoEnum('APPLICATION_STATE', req.state),
          pageSize: req.pageSize,
          pageToken: req.pageToken,
        });
        return { applications: page.applications.map(toApplicationMessage), nextPageToken: page.nextPageToken };
      },
    };
  }
}
