import { clientConstructor, type certificationV1, type entrepreneurshipV1, type jobsV1, type placementV1, type ServiceKey, type trainingV1 } from '@siapkerja/contracts';
import { GrpcClient, HealthClient } from '@siapkerja/grpc';
import type { GatewayConfig } from './config';

type M<Req, Res> = (r: Req) => Res;

export type JobsMethods = {
  CreateEmployer: M<jobsV1.CreateEmployerRequest, jobsV1.Employer__Output>;
  GetEmployer: M<jobsV1.GetEmployerRequest, jobsV1.Employer__Output>;
  CreateVacancy: M<jobsV1.CreateVacancyRequest, jobsV1.Vacancy__Output>;
  GetVacancy: M<jobsV1.GetVacancyRequest, jobsV1.Vacancy__Output>;
  ListVacancies: M<jobsV1.ListVacanciesRequest, jobsV1.ListVacanciesResponse__Output>;
  PublishVacancy: M<jobsV1.PublishVacancyRequest, jobsV1.Vacancy__Output>;
  CloseVacancy: M<jobsV1.CloseVacancyRequest, jobsV1.Vacancy__Output>;
  ReportVacancyFilled: M<jobsV1.ReportVacancyFilledRequest, jobsV1.Vacancy__Output>;
};
export type TrainingMethods = {
  CreateProgram: M<trainingV1.CreateProgramRequest, trainingV1.Program__Output>;
  GetProgram: M<trainingV1.GetProgramRequest, trainingV1.Program__Output>;
};
export type CertificationMethods = {
  CreateScheme: M<certificationV1.CreateSchemeRequest, certificationV1.Scheme__Output>;
  GetScheme: M<certificationV1.GetSchemeRequest, certificationV1.Scheme__Output>;
};
export type EntrepreneurshipMethods = {
  CreateGroup: M<entrepreneurshipV1.CreateGroupRequest, entrepreneurshipV1.Group__Output>;
  GetGroup: M<entrepreneurshipV1.GetGroupRequest, entrepreneurshipV1.Group__Output>;
};
export type PlacementMethods = {
  GetVacancyReport: M<placementV1.GetVacancyReportRequest, placementV1.VacancyReport__Output>;
  ListActivityCounts: M<placementV1.ListActivityCountsRequest, placementV1.ListActivityCountsResponse__Output>;
};

/** One typed gRPC client per backing service, each call with the configured deadline. */
export class ServiceClients {
  readonly jobs: GrpcClient<JobsMethods>;
  readonly training: GrpcClient<TrainingMethods>;
  readonly certification: GrpcClient<CertificationMethods>;
  readonly placement: GrpcClient<PlacementMethods>;
  readonly entrepreneurship: GrpcClient<EntrepreneurshipMethods>;
  readonly health: Record<ServiceKey, HealthClient>;

  constructor(cfg: GatewayConfig) {
    const opts = { deadlineMs: cfg.GRPC_DEADLINE_MS };
    const urls: Record<ServiceKey, string> = {
      jobs: cfg.JOBS_GRPC_URL,
      training: cfg.TRAINING_GRPC_URL,
      certification: cfg.CERTIFICATION_GRPC_URL,
      placement: cfg.PLACEMENT_GRPC_URL,
      entrepreneurship: cfg.ENTREPRENEURSHIP_GRPC_URL,
    };
    this.jobs = new GrpcClient(clientConstructor('jobs'), urls.jobs, opts);
    this.training = new GrpcClient(clientConstructor('training'), urls.training, opts);
    this.certification = new GrpcClient(clientConstructor('certification'), urls.certification, opts);
    this.placement = new GrpcClient(clientConstructor('placement'), urls.placement, opts);
    this.entrepreneurship = new GrpcClient(clientConstructor('entrepreneurship'), urls.entrepreneurship, opts);
    this.health = Object.fromEntries(Object.entries(urls).map(([k, u]) => [k, new HealthClient(u)])) as Record<ServiceKey, HealthClient>;
  }

  close(): void {
    for (const c of [this.jobs, this.training, this.certification, this.placement, this.entrepreneurship]) c.close();
    for (const h of Object.values(this.health)) h.close();
  }
}
