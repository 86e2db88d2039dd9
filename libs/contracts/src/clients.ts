import type * as certificationV1 from './generated/siapkerja/certification/v1';
import type * as entrepreneurshipV1 from './generated/siapkerja/entrepreneurship/v1';
import type * as identityV1 from './generated/siapkerja/identity/v1';
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
export type IdentityMethods = {
  SignUp: M<identityV1.SignUpRequest, identityV1.SignUpResponse__Output>;
  VerifyAccount: M<identityV1.VerifyAccountRequest, identityV1.VerifyAccountResponse__Output>;
  Login: M<identityV1.LoginRequest, identityV1.PersonTokens__Output>;
  RefreshSession: M<identityV1.RefreshSessionRequest, identityV1.PersonTokens__Output>;
  EndSession: M<identityV1.EndSessionRequest, identityV1.EndSessionResponse__Output>;
  CheckSession: M<identityV1.CheckSessionRequest, identityV1.CheckSessionResponse__Output>;
  RequestPasswordReset: M<identityV1.RequestPasswordResetRequest, identityV1.RequestPasswordResetResponse__Output>;
  ConfirmPasswordReset: M<identityV1.ConfirmPasswordResetRequest, identityV1.ConfirmPasswordResetResponse__Output>;
  GetAccount: M<identityV1.GetAccountRequest, identityV1.Account__Output>;
  SetAccountRoles: M<identityV1.SetAccountRolesRequest, identityV1.Account__Output>;
  ListSandboxVerificationCodes: M<identityV1.ListSandboxVerificationCodesRequest, identityV1.ListSandboxVerificationCodesResponse__Output>;
  IssueClientToken: M<identityV1.IssueClientTokenRequest, identityV1.AccessToken__Output>;
  CreateClient: M<identityV1.CreateClientRequest, identityV1.ClientWithSecrets__Output>;
  ListClients: M<identityV1.ListClientsRequest, identityV1.ListClientsResponse__Output>;
  RotateClientSecret: M<identityV1.RotateClientSecretRequest, identityV1.ClientWithSecrets__Output>;
  RevokeClient: M<identityV1.RevokeClientRequest, identityV1.Client__Output>;
  GetClientCredentials: M<identityV1.GetClientCredentialsRequest, identityV1.ClientCredentials__Output>;
  GetJwks: M<identityV1.GetJwksRequest, identityV1.Jwks__Output>;
  RotateSigningKey: M<identityV1.RotateSigningKeyRequest, identityV1.RotateSigningKeyResponse__Output>;
};
