import type * as certificationV1 from './generated/siapkerja/certification/v1';
import type * as entrepreneurshipV1 from './generated/siapkerja/entrepreneurship/v1';
import type * as integrationV1 from './generated/siapkerja/integration/v1';
import type * as jobsV1 from './generated/siapkerja/jobs/v1';
import type * as placementV1 from './generated/siapkerja/placement/v1';
import type * as trainingV1 from './generated/siapkerja/training/v1';

/** Method tables of each service for typed gRPC clients (GrpcClient<JobsMethods>). */
type M<Req, Res> = (r: Req) => Res;

export type JobsMethods = {
  CreateEmployer: M<jobsV1.CreateEmployerRequest, jobsV1.Employer__Output>;
  GetEmployer: M<jobsV1.GetEmployerRequest, jobsV1.Employer__Output>;
  ListEmployers: M<jobsV1.ListEmployersRequest, jobsV1.ListEmployersResponse__Output>;
  UpdateEmployer: M<jobsV1.UpdateEmployerRequest, jobsV1.Employer__Output>;
  VerifyEmployer: M<jobsV1.VerifyEmployerRequest, jobsV1.Employer__Output>;
  AddEmployerMember: M<jobsV1.AddEmployerMemberRequest, jobsV1.EmployerMember__Output>;
  ListEmployerMembers: M<jobsV1.ListEmployerMembersRequest, jobsV1.ListEmployerMembersResponse__Output>;
  RemoveEmployerMember: M<jobsV1.RemoveEmployerMemberRequest, jobsV1.RemoveEmployerMemberResponse__Output>;
  CreateVacancy: M<jobsV1.CreateVacancyRequest, jobsV1.Vacancy__Output>;
  GetVacancy: M<jobsV1.GetVacancyRequest, jobsV1.Vacancy__Output>;
  ListVacancies: M<jobsV1.ListVacanciesRequest, jobsV1.ListVacanciesResponse__Output>;
  SearchVacancies: M<jobsV1.SearchVacanciesRequest, jobsV1.SearchVacanciesResponse__Output>;
  PublishVacancy: M<jobsV1.PublishVacancyRequest, jobsV1.Vacancy__Output>;
  CloseVacancy: M<jobsV1.CloseVacancyRequest, jobsV1.Vacancy__Output>;
  ReportVacancyFilled: M<jobsV1.ReportVacancyFilledRequest, jobsV1.Vacancy__Output>;
  RegisterJobSeeker: M<jobsV1.RegisterJobSeekerRequest, jobsV1.JobSeeker__Output>;
  GetJobSeeker: M<jobsV1.GetJobSeekerRequest, jobsV1.JobSeeker__Output>;
  BatchGetJobSeekers: M<jobsV1.BatchGetJobSeekersRequest, jobsV1.BatchGetJobSeekersResponse__Output>;
  ListJobSeekers: M<jobsV1.ListJobSeekersRequest, jobsV1.ListJobSeekersResponse__Output>;
  IssueAk1Card: M<jobsV1.IssueAk1CardRequest, jobsV1.JobSeeker__Output>;
  ReportJobSeeker: M<jobsV1.ReportJobSeekerRequest, jobsV1.JobSeeker__Output>;
  RemoveJobSeeker: M<jobsV1.RemoveJobSeekerRequest, jobsV1.JobSeeker__Output>;
  MarkJobSeekerPlaced: M<jobsV1.MarkJobSeekerPlacedRequest, jobsV1.JobSeeker__Output>;
  CreateApplication: M<jobsV1.CreateApplicationRequest, jobsV1.Application__Output>;
  GetApplication: M<jobsV1.GetApplicationRequest, jobsV1.Application__Output>;
  TransitionApplication: M<jobsV1.TransitionApplicationRequest, jobsV1.Application__Output>;
  ListApplications: M<jobsV1.ListApplicationsRequest, jobsV1.ListApplicationsResponse__Output>;
  MatchVacancies: M<jobsV1.MatchVacanciesRequest, jobsV1.MatchVacanciesResponse__Output>;
  MatchJobSeekers: M<jobsV1.MatchJobSeekersRequest, jobsV1.MatchJobSeekersResponse__Output>;
  ExportPersonData: M<jobsV1.ExportPersonDataRequest, jobsV1.ExportPersonDataResponse__Output>;
};
export type TrainingMethods = {
  CreateProgram: M<trainingV1.CreateProgramRequest, trainingV1.Program__Output>;
  GetProgram: M<trainingV1.GetProgramRequest, trainingV1.Program__Output>;
  ListPrograms: M<trainingV1.ListProgramsRequest, trainingV1.ListProgramsResponse__Output>;
  CreateBatch: M<trainingV1.CreateBatchRequest, trainingV1.Batch__Output>;
  GetBatch: M<trainingV1.GetBatchRequest, trainingV1.Batch__Output>;
  ListBatches: M<trainingV1.ListBatchesRequest, trainingV1.ListBatchesResponse__Output>;
  TransitionBatch: M<trainingV1.TransitionBatchRequest, trainingV1.Batch__Output>;
  CreateEnrolment: M<trainingV1.CreateEnrolmentRequest, trainingV1.Enrolment__Output>;
  GetEnrolment: M<trainingV1.GetEnrolmentRequest, trainingV1.Enrolment__Output>;
  ListEnrolments: M<trainingV1.ListEnrolmentsRequest, trainingV1.ListEnrolmentsResponse__Output>;
  TransitionEnrolment: M<trainingV1.TransitionEnrolmentRequest, trainingV1.Enrolment__Output>;
  ExportPersonData: M<trainingV1.ExportPersonDataRequest, trainingV1.ExportPersonDataResponse__Output>;
};
export type CertificationMethods = {
  CreateScheme: M<certificationV1.CreateSchemeRequest, certificationV1.Scheme__Output>;
  GetScheme: M<certificationV1.GetSchemeRequest, certificationV1.Scheme__Output>;
  IssueCertificate: M<certificationV1.IssueCertificateRequest, certificationV1.Certificate__Output>;
  GetCertificate: M<certificationV1.GetCertificateRequest, certificationV1.Certificate__Output>;
  ListCertificates: M<certificationV1.ListCertificatesRequest, certificationV1.ListCertificatesResponse__Output>;
  SuspendCertificate: M<certificationV1.SuspendCertificateRequest, certificationV1.Certificate__Output>;
  ReinstateCertificate: M<certificationV1.ReinstateCertificateRequest, certificationV1.Certificate__Output>;
  RevokeCertificate: M<certificationV1.RevokeCertificateRequest, certificationV1.Certificate__Output>;
  VerifyCertificate: M<certificationV1.VerifyCertificateRequest, certificationV1.CertificateVerification__Output>;
  ExportPersonData: M<certificationV1.ExportPersonDataRequest, certificationV1.ExportPersonDataResponse__Output>;
};
export type EntrepreneurshipMethods = {
  CreateGroup: M<entrepreneurshipV1.CreateGroupRequest, entrepreneurshipV1.Group__Output>;
  GetGroup: M<entrepreneurshipV1.GetGroupRequest, entrepreneurshipV1.Group__Output>;
};
export type PlacementMethods = {
  GetVacancyReport: M<placementV1.GetVacancyReportRequest, placementV1.VacancyReport__Output>;
  ListActivityCounts: M<placementV1.ListActivityCountsRequest, placementV1.ListActivityCountsResponse__Output>;
  GetPlacementReport: M<placementV1.GetPlacementReportRequest, placementV1.PlacementReport__Output>;
  ExportPersonData: M<placementV1.ExportPersonDataRequest, placementV1.ExportPersonDataResponse__Output>;
};
export type IntegrationMethods = {
  ListFeedItems: M<integrationV1.ListFeedItemsRequest, integrationV1.ListFeedItemsResponse__Output>;
  CreateFeedSnapshot: M<integrationV1.CreateFeedSnapshotRequest, integrationV1.FeedSnapshot__Output>;
  GetFeedSnapshot: M<integrationV1.GetFeedSnapshotRequest, integrationV1.FeedSnapshot__Output>;
  GetFeedSnapshotPart: M<integrationV1.GetFeedSnapshotPartRequest, integrationV1.FeedSnapshotPart__Output>;
  CreateWebhookSubscription: M<integrationV1.CreateWebhookSubscriptionRequest, integrationV1.CreatedWebhookSubscription__Output>;
  ListWebhookSubscriptions: M<integrationV1.ListWebhookSubscriptionsRequest, integrationV1.ListWebhookSubscriptionsResponse__Output>;
  GetWebhookSubscription: M<integrationV1.GetWebhookSubscriptionRequest, integrationV1.WebhookSubscription__Output>;
  DeleteWebhookSubscription: M<integrationV1.DeleteWebhookSubscriptionRequest, integrationV1.DeleteWebhookSubscriptionResponse__Output>;
  ListWebhookDeliveries: M<integrationV1.ListWebhookDeliveriesRequest, integrationV1.ListWebhookDeliveriesResponse__Output>;
  GetWebhookDelivery: M<integrationV1.GetWebhookDeliveryRequest, integrationV1.WebhookDelivery__Output>;
  ReplayWebhookDelivery: M<integrationV1.ReplayWebhookDeliveryRequest, integrationV1.WebhookDelivery__Output>;
};
