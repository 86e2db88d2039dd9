// Original file: proto/siapkerja/jobs/v1/jobs.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddEmployerMemberRequest as _siapkerja_jobs_v1_AddEmployerMemberRequest, AddEmployerMemberRequest__Output as _siapkerja_jobs_v1_AddEmployerMemberRequest__Output } from '../../../siapkerja/jobs/v1/AddEmployerMemberRequest';
import type { Application as _siapkerja_jobs_v1_Application, Application__Output as _siapkerja_jobs_v1_Application__Output } from '../../../siapkerja/jobs/v1/Application';
import type { ApplyImportBatchRequest as _siapkerja_jobs_v1_ApplyImportBatchRequest, ApplyImportBatchRequest__Output as _siapkerja_jobs_v1_ApplyImportBatchRequest__Output } from '../../../siapkerja/jobs/v1/ApplyImportBatchRequest';
import type { ApplyImportBatchResponse as _siapkerja_jobs_v1_ApplyImportBatchResponse, ApplyImportBatchResponse__Output as _siapkerja_jobs_v1_ApplyImportBatchResponse__Output } from '../../../siapkerja/jobs/v1/ApplyImportBatchResponse';
import type { BatchGetJobSeekersRequest as _siapkerja_jobs_v1_BatchGetJobSeekersRequest, BatchGetJobSeekersRequest__Output as _siapkerja_jobs_v1_BatchGetJobSeekersRequest__Output } from '../../../siapkerja/jobs/v1/BatchGetJobSeekersRequest';
import type { BatchGetJobSeekersResponse as _siapkerja_jobs_v1_BatchGetJobSeekersResponse, BatchGetJobSeekersResponse__Output as _siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output } from '../../../siapkerja/jobs/v1/BatchGetJobSeekersResponse';
import type { CloseVacancyRequest as _siapkerja_jobs_v1_CloseVacancyRequest, CloseVacancyRequest__Output as _siapkerja_jobs_v1_CloseVacancyRequest__Output } from '../../../siapkerja/jobs/v1/CloseVacancyRequest';
import type { CreateApplicationRequest as _siapkerja_jobs_v1_CreateApplicationRequest, CreateApplicationRequest__Output as _siapkerja_jobs_v1_CreateApplicationRequest__Output } from '../../../siapkerja/jobs/v1/CreateApplicationRequest';
import type { CreateEmployerRequest as _siapkerja_jobs_v1_CreateEmployerRequest, CreateEmployerRequest__Output as _siapkerja_jobs_v1_CreateEmployerRequest__Output } from '../../../siapkerja/jobs/v1/CreateEmployerRequest';
import type { CreateVacancyRequest as _siapkerja_jobs_v1_CreateVacancyRequest, CreateVacancyRequest__Output as _siapkerja_jobs_v1_CreateVacancyRequest__Output } from '../../../siapkerja/jobs/v1/CreateVacancyRequest';
import type { Employer as _siapkerja_jobs_v1_Employer, Employer__Output as _siapkerja_jobs_v1_Employer__Output } from '../../../siapkerja/jobs/v1/Employer';
import type { EmployerMember as _siapkerja_jobs_v1_EmployerMember, EmployerMember__Output as _siapkerja_jobs_v1_EmployerMember__Output } from '../../../siapkerja/jobs/v1/EmployerMember';
import type { ExportPersonDataRequest as _siapkerja_jobs_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_jobs_v1_ExportPersonDataRequest__Output } from '../../../siapkerja/jobs/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_jobs_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_jobs_v1_ExportPersonDataResponse__Output } from '../../../siapkerja/jobs/v1/ExportPersonDataResponse';
import type { GetApplicationRequest as _siapkerja_jobs_v1_GetApplicationRequest, GetApplicationRequest__Output as _siapkerja_jobs_v1_GetApplicationRequest__Output } from '../../../siapkerja/jobs/v1/GetApplicationRequest';
import type { GetEmployerRequest as _siapkerja_jobs_v1_GetEmployerRequest, GetEmployerRequest__Output as _siapkerja_jobs_v1_GetEmployerRequest__Output } from '../../../siapkerja/jobs/v1/GetEmployerRequest';
import type { GetJobPostingRequest as _siapkerja_jobs_v1_GetJobPostingRequest, GetJobPostingRequest__Output as _siapkerja_jobs_v1_GetJobPostingRequest__Output } from '../../../siapkerja/jobs/v1/GetJobPostingRequest';
import type { GetJobSeekerRequest as _siapkerja_jobs_v1_GetJobSeekerRequest, GetJobSeekerRequest__Output as _siapkerja_jobs_v1_GetJobSeekerRequest__Output } from '../../../siapkerja/jobs/v1/GetJobSeekerRequest';
import type { GetVacancyRequest as _siapkerja_jobs_v1_GetVacancyRequest, GetVacancyRequest__Output as _siapkerja_jobs_v1_GetVacancyRequest__Output } from '../../../siapkerja/jobs/v1/GetVacancyRequest';
import type { IssueAk1CardRequest as _siapkerja_jobs_v1_IssueAk1CardRequest, IssueAk1CardRequest__Output as _siapkerja_jobs_v1_IssueAk1CardRequest__Output } from '../../../siapkerja/jobs/v1/IssueAk1CardRequest';
import type { JobPosting as _siapkerja_jobs_v1_JobPosting, JobPosting__Output as _siapkerja_jobs_v1_JobPosting__Output } from '../../../siapkerja/jobs/v1/JobPosting';
import type { JobSeeker as _siapkerja_jobs_v1_JobSeeker, JobSeeker__Output as _siapkerja_jobs_v1_JobSeeker__Output } from '../../../siapkerja/jobs/v1/JobSeeker';
import type { ListApplicationsRequest as _siapkerja_jobs_v1_ListApplicationsRequest, ListApplicationsRequest__Output as _siapkerja_jobs_v1_ListApplicationsRequest__Output } from '../../../siapkerja/jobs/v1/ListApplicationsRequest';
import type { ListApplicationsResponse as _siapkerja_jobs_v1_ListApplicationsResponse, ListApplicationsResponse__Output as _siapkerja_jobs_v1_ListApplicationsResponse__Output } from '../../../siapkerja/jobs/v1/ListApplicationsResponse';
import type { ListEmployerMembersRequest as _siapkerja_jobs_v1_ListEmployerMembersRequest, ListEmployerMembersRequest__Output as _siapkerja_jobs_v1_ListEmployerMembersRequest__Output } from '../../../siapkerja/jobs/v1/ListEmployerMembersRequest';
import type { ListEmployerMembersResponse as _siapkerja_jobs_v1_ListEmployerMembersResponse, ListEmployerMembersResponse__Output as _siapkerja_jobs_v1_ListEmployerMembersResponse__Output } from '../../../siapkerja/jobs/v1/ListEmployerMembersResponse';
import type { ListEmployersRequest as _siapkerja_jobs_v1_ListEmployersRequest, ListEmployersRequest__Output as _siapkerja_jobs_v1_ListEmployersRequest__Output } from '../../../siapkerja/jobs/v1/ListEmployersRequest';
import type { ListEmployersResponse as _siapkerja_jobs_v1_ListEmployersResponse, ListEmployersResponse__Output as _siapkerja_jobs_v1_ListEmployersResponse__Output } from '../../../siapkerja/jobs/v1/ListEmployersResponse';
import type { ListJobSeekersRequest as _siapkerja_jobs_v1_ListJobSeekersRequest, ListJobSeekersRequest__Output as _siapkerja_jobs_v1_ListJobSeekersRequest__Output } from '../../../siapkerja/jobs/v1/ListJobSeekersRequest';
import type { ListJobSeekersResponse as _siapkerja_jobs_v1_ListJobSeekersResponse, ListJobSeekersResponse__Output as _siapkerja_jobs_v1_ListJobSeekersResponse__Output } from '../../../siapkerja/jobs/v1/ListJobSeekersResponse';
import type { ListVacanciesRequest as _siapkerja_jobs_v1_ListVacanciesRequest, ListVacanciesRequest__Output as _siapkerja_jobs_v1_ListVacanciesRequest__Output } from '../../../siapkerja/jobs/v1/ListVacanciesRequest';
import type { ListVacanciesResponse as _siapkerja_jobs_v1_ListVacanciesResponse, ListVacanciesResponse__Output as _siapkerja_jobs_v1_ListVacanciesResponse__Output } from '../../../siapkerja/jobs/v1/ListVacanciesResponse';
import type { MarkJobSeekerPlacedRequest as _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, MarkJobSeekerPlacedRequest__Output as _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest__Output } from '../../../siapkerja/jobs/v1/MarkJobSeekerPlacedRequest';
import type { MatchPage as _siapkerja_jobs_v1_MatchPage, MatchPage__Output as _siapkerja_jobs_v1_MatchPage__Output } from '../../../siapkerja/jobs/v1/MatchPage';
import type { MatchRequest as _siapkerja_jobs_v1_MatchRequest, MatchRequest__Output as _siapkerja_jobs_v1_MatchRequest__Output } from '../../../siapkerja/jobs/v1/MatchRequest';
import type { PublishVacancyRequest as _siapkerja_jobs_v1_PublishVacancyRequest, PublishVacancyRequest__Output as _siapkerja_jobs_v1_PublishVacancyRequest__Output } from '../../../siapkerja/jobs/v1/PublishVacancyRequest';
import type { RegisterJobSeekerRequest as _siapkerja_jobs_v1_RegisterJobSeekerRequest, RegisterJobSeekerRequest__Output as _siapkerja_jobs_v1_RegisterJobSeekerRequest__Output } from '../../../siapkerja/jobs/v1/RegisterJobSeekerRequest';
import type { RemoveEmployerMemberRequest as _siapkerja_jobs_v1_RemoveEmployerMemberRequest, RemoveEmployerMemberRequest__Output as _siapkerja_jobs_v1_RemoveEmployerMemberRequest__Output } from '../../../siapkerja/jobs/v1/RemoveEmployerMemberRequest';
import type { RemoveEmployerMemberResponse as _siapkerja_jobs_v1_RemoveEmployerMemberResponse, RemoveEmployerMemberResponse__Output as _siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output } from '../../../siapkerja/jobs/v1/RemoveEmployerMemberResponse';
import type { RemoveJobSeekerRequest as _siapkerja_jobs_v1_RemoveJobSeekerRequest, RemoveJobSeekerRequest__Output as _siapkerja_jobs_v1_RemoveJobSeekerRequest__Output } from '../../../siapkerja/jobs/v1/RemoveJobSeekerRequest';
import type { ReportJobSeekerRequest as _siapkerja_jobs_v1_ReportJobSeekerRequest, ReportJobSeekerRequest__Output as _siapkerja_jobs_v1_ReportJobSeekerRequest__Output } from '../../../siapkerja/jobs/v1/ReportJobSeekerRequest';
import type { ReportVacancyFilledRequest as _siapkerja_jobs_v1_ReportVacancyFilledRequest, ReportVacancyFilledRequest__Output as _siapkerja_jobs_v1_ReportVacancyFilledRequest__Output } from '../../../siapkerja/jobs/v1/ReportVacancyFilledRequest';
import type { SearchVacanciesRequest as _siapkerja_jobs_v1_SearchVacanciesRequest, SearchVacanciesRequest__Output as _siapkerja_jobs_v1_SearchVacanciesRequest__Output } from '../../../siapkerja/jobs/v1/SearchVacanciesRequest';
import type { SearchVacanciesResponse as _siapkerja_jobs_v1_SearchVacanciesResponse, SearchVacanciesResponse__Output as _siapkerja_jobs_v1_SearchVacanciesResponse__Output } from '../../../siapkerja/jobs/v1/SearchVacanciesResponse';
import type { TransitionApplicationRequest as _siapkerja_jobs_v1_TransitionApplicationRequest, TransitionApplicationRequest__Output as _siapkerja_jobs_v1_TransitionApplicationRequest__Output } from '../../../siapkerja/jobs/v1/TransitionApplicationRequest';
import type { UpdateEmployerRequest as _siapkerja_jobs_v1_UpdateEmployerRequest, UpdateEmployerRequest__Output as _siapkerja_jobs_v1_UpdateEmployerRequest__Output } from '../../../siapkerja/jobs/v1/UpdateEmployerRequest';
import type { Vacancy as _siapkerja_jobs_v1_Vacancy, Vacancy__Output as _siapkerja_jobs_v1_Vacancy__Output } from '../../../siapkerja/jobs/v1/Vacancy';
import type { VerifyEmployerRequest as _siapkerja_jobs_v1_VerifyEmployerRequest, VerifyEmployerRequest__Output as _siapkerja_jobs_v1_VerifyEmployerRequest__Output } from '../../../siapkerja/jobs/v1/VerifyEmployerRequest';

export interface JobsServiceClient extends grpc.Client {
  AddEmployerMember(argument: _siapkerja_jobs_v1_AddEmployerMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_EmployerMember__Output>): grpc.ClientUnaryCall;
  AddEmployerMember(argument: _siapkerja_jobs_v1_AddEmployerMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_EmployerMember__Output>): grpc.ClientUnaryCall;
  AddEmployerMember(argument: _siapkerja_jobs_v1_AddEmployerMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_EmployerMember__Output>): grpc.ClientUnaryCall;
  AddEmployerMember(argument: _siapkerja_jobs_v1_AddEmployerMemberRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_EmployerMember__Output>): grpc.ClientUnaryCall;
  addEmployerMember(argument: _siapkerja_jobs_v1_AddEmployerMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_EmployerMember__Output>): grpc.ClientUnaryCall;
  addEmployerMember(argument: _siapkerja_jobs_v1_AddEmployerMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_EmployerMember__Output>): grpc.ClientUnaryCall;
  addEmployerMember(argument: _siapkerja_jobs_v1_AddEmployerMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_EmployerMember__Output>): grpc.ClientUnaryCall;
  addEmployerMember(argument: _siapkerja_jobs_v1_AddEmployerMemberRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_EmployerMember__Output>): grpc.ClientUnaryCall;
  
  ApplyImportBatch(argument: _siapkerja_jobs_v1_ApplyImportBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  ApplyImportBatch(argument: _siapkerja_jobs_v1_ApplyImportBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  ApplyImportBatch(argument: _siapkerja_jobs_v1_ApplyImportBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  ApplyImportBatch(argument: _siapkerja_jobs_v1_ApplyImportBatchRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  applyImportBatch(argument: _siapkerja_jobs_v1_ApplyImportBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  applyImportBatch(argument: _siapkerja_jobs_v1_ApplyImportBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  applyImportBatch(argument: _siapkerja_jobs_v1_ApplyImportBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  applyImportBatch(argument: _siapkerja_jobs_v1_ApplyImportBatchRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  
  BatchGetJobSeekers(argument: _siapkerja_jobs_v1_BatchGetJobSeekersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  BatchGetJobSeekers(argument: _siapkerja_jobs_v1_BatchGetJobSeekersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  BatchGetJobSeekers(argument: _siapkerja_jobs_v1_BatchGetJobSeekersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  BatchGetJobSeekers(argument: _siapkerja_jobs_v1_BatchGetJobSeekersRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  batchGetJobSeekers(argument: _siapkerja_jobs_v1_BatchGetJobSeekersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  batchGetJobSeekers(argument: _siapkerja_jobs_v1_BatchGetJobSeekersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  batchGetJobSeekers(argument: _siapkerja_jobs_v1_BatchGetJobSeekersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  batchGetJobSeekers(argument: _siapkerja_jobs_v1_BatchGetJobSeekersRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  
  CloseVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  CloseVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  CloseVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  CloseVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  closeVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  closeVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  closeVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  closeVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  
  CreateApplication(argument: _siapkerja_jobs_v1_CreateApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  CreateApplication(argument: _siapkerja_jobs_v1_CreateApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  CreateApplication(argument: _siapkerja_jobs_v1_CreateApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  CreateApplication(argument: _siapkerja_jobs_v1_CreateApplicationRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  createApplication(argument: _siapkerja_jobs_v1_CreateApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  createApplication(argument: _siapkerja_jobs_v1_CreateApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  createApplication(argument: _siapkerja_jobs_v1_CreateApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  createApplication(argument: _siapkerja_jobs_v1_CreateApplicationRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  
  CreateEmployer(argument: _siapkerja_jobs_v1_CreateEmployerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  CreateEmployer(argument: _siapkerja_jobs_v1_CreateEmployerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  CreateEmployer(argument: _siapkerja_jobs_v1_CreateEmployerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  CreateEmployer(argument: _siapkerja_jobs_v1_CreateEmployerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  createEmployer(argument: _siapkerja_jobs_v1_CreateEmployerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  createEmployer(argument: _siapkerja_jobs_v1_CreateEmployerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  createEmployer(argument: _siapkerja_jobs_v1_CreateEmployerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  createEmployer(argument: _siapkerja_jobs_v1_CreateEmployerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  
  CreateVacancy(argument: _siapkerja_jobs_v1_CreateVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  CreateVacancy(argument: _siapkerja_jobs_v1_CreateVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  CreateVacancy(argument: _siapkerja_jobs_v1_CreateVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  CreateVacancy(argument: _siapkerja_jobs_v1_CreateVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  createVacancy(argument: _siapkerja_jobs_v1_CreateVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  createVacancy(argument: _siapkerja_jobs_v1_CreateVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  createVacancy(argument: _siapkerja_jobs_v1_CreateVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  createVacancy(argument: _siapkerja_jobs_v1_CreateVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  
  ExportPersonData(argument: _siapkerja_jobs_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_jobs_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_jobs_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_jobs_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_jobs_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_jobs_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_jobs_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_jobs_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  
  GetApplication(argument: _siapkerja_jobs_v1_GetApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  GetApplication(argument: _siapkerja_jobs_v1_GetApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  GetApplication(argument: _siapkerja_jobs_v1_GetApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  GetApplication(argument: _siapkerja_jobs_v1_GetApplicationRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  getApplication(argument: _siapkerja_jobs_v1_GetApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  getApplication(argument: _siapkerja_jobs_v1_GetApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  getApplication(argument: _siapkerja_jobs_v1_GetApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  getApplication(argument: _siapkerja_jobs_v1_GetApplicationRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  
  GetEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  GetEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  GetEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  GetEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  getEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  getEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  getEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  getEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  
  GetJobPosting(argument: _siapkerja_jobs_v1_GetJobPostingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobPosting__Output>): grpc.ClientUnaryCall;
  GetJobPosting(argument: _siapkerja_jobs_v1_GetJobPostingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobPosting__Output>): grpc.ClientUnaryCall;
  GetJobPosting(argument: _siapkerja_jobs_v1_GetJobPostingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobPosting__Output>): grpc.ClientUnaryCall;
  GetJobPosting(argument: _siapkerja_jobs_v1_GetJobPostingRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobPosting__Output>): grpc.ClientUnaryCall;
  getJobPosting(argument: _siapkerja_jobs_v1_GetJobPostingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobPosting__Output>): grpc.ClientUnaryCall;
  getJobPosting(argument: _siapkerja_jobs_v1_GetJobPostingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobPosting__Output>): grpc.ClientUnaryCall;
  getJobPosting(argument: _siapkerja_jobs_v1_GetJobPostingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobPosting__Output>): grpc.ClientUnaryCall;
  getJobPosting(argument: _siapkerja_jobs_v1_GetJobPostingRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobPosting__Output>): grpc.ClientUnaryCall;
  
  GetJobSeeker(argument: _siapkerja_jobs_v1_GetJobSeekerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  GetJobSeeker(argument: _siapkerja_jobs_v1_GetJobSeekerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  GetJobSeeker(argument: _siapkerja_jobs_v1_GetJobSeekerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  GetJobSeeker(argument: _siapkerja_jobs_v1_GetJobSeekerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  getJobSeeker(argument: _siapkerja_jobs_v1_GetJobSeekerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  getJobSeeker(argument: _siapkerja_jobs_v1_GetJobSeekerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  getJobSeeker(argument: _siapkerja_jobs_v1_GetJobSeekerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  getJobSeeker(argument: _siapkerja_jobs_v1_GetJobSeekerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  
  GetVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  GetVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  GetVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  GetVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  getVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  getVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  getVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  getVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  
  IssueAk1Card(argument: _siapkerja_jobs_v1_IssueAk1CardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  IssueAk1Card(argument: _siapkerja_jobs_v1_IssueAk1CardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  IssueAk1Card(argument: _siapkerja_jobs_v1_IssueAk1CardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  IssueAk1Card(argument: _siapkerja_jobs_v1_IssueAk1CardRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  issueAk1Card(argument: _siapkerja_jobs_v1_IssueAk1CardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  issueAk1Card(argument: _siapkerja_jobs_v1_IssueAk1CardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  issueAk1Card(argument: _siapkerja_jobs_v1_IssueAk1CardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  issueAk1Card(argument: _siapkerja_jobs_v1_IssueAk1CardRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  
  ListApplications(argument: _siapkerja_jobs_v1_ListApplicationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  ListApplications(argument: _siapkerja_jobs_v1_ListApplicationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  ListApplications(argument: _siapkerja_jobs_v1_ListApplicationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  ListApplications(argument: _siapkerja_jobs_v1_ListApplicationsRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listApplications(argument: _siapkerja_jobs_v1_ListApplicationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listApplications(argument: _siapkerja_jobs_v1_ListApplicationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listApplications(argument: _siapkerja_jobs_v1_ListApplicationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listApplications(argument: _siapkerja_jobs_v1_ListApplicationsRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  
  ListEmployerMembers(argument: _siapkerja_jobs_v1_ListEmployerMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployerMembersResponse__Output>): grpc.ClientUnaryCall;
  ListEmployerMembers(argument: _siapkerja_jobs_v1_ListEmployerMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployerMembersResponse__Output>): grpc.ClientUnaryCall;
  ListEmployerMembers(argument: _siapkerja_jobs_v1_ListEmployerMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployerMembersResponse__Output>): grpc.ClientUnaryCall;
  ListEmployerMembers(argument: _siapkerja_jobs_v1_ListEmployerMembersRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployerMembersResponse__Output>): grpc.ClientUnaryCall;
  listEmployerMembers(argument: _siapkerja_jobs_v1_ListEmployerMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployerMembersResponse__Output>): grpc.ClientUnaryCall;
  listEmployerMembers(argument: _siapkerja_jobs_v1_ListEmployerMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployerMembersResponse__Output>): grpc.ClientUnaryCall;
  listEmployerMembers(argument: _siapkerja_jobs_v1_ListEmployerMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployerMembersResponse__Output>): grpc.ClientUnaryCall;
  listEmployerMembers(argument: _siapkerja_jobs_v1_ListEmployerMembersRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployerMembersResponse__Output>): grpc.ClientUnaryCall;
  
  ListEmployers(argument: _siapkerja_jobs_v1_ListEmployersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployersResponse__Output>): grpc.ClientUnaryCall;
  ListEmployers(argument: _siapkerja_jobs_v1_ListEmployersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployersResponse__Output>): grpc.ClientUnaryCall;
  ListEmployers(argument: _siapkerja_jobs_v1_ListEmployersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployersResponse__Output>): grpc.ClientUnaryCall;
  ListEmployers(argument: _siapkerja_jobs_v1_ListEmployersRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployersResponse__Output>): grpc.ClientUnaryCall;
  listEmployers(argument: _siapkerja_jobs_v1_ListEmployersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployersResponse__Output>): grpc.ClientUnaryCall;
  listEmployers(argument: _siapkerja_jobs_v1_ListEmployersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployersResponse__Output>): grpc.ClientUnaryCall;
  listEmployers(argument: _siapkerja_jobs_v1_ListEmployersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployersResponse__Output>): grpc.ClientUnaryCall;
  listEmployers(argument: _siapkerja_jobs_v1_ListEmployersRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListEmployersResponse__Output>): grpc.ClientUnaryCall;
  
  ListJobSeekers(argument: _siapkerja_jobs_v1_ListJobSeekersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  ListJobSeekers(argument: _siapkerja_jobs_v1_ListJobSeekersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  ListJobSeekers(argument: _siapkerja_jobs_v1_ListJobSeekersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  ListJobSeekers(argument: _siapkerja_jobs_v1_ListJobSeekersRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  listJobSeekers(argument: _siapkerja_jobs_v1_ListJobSeekersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  listJobSeekers(argument: _siapkerja_jobs_v1_ListJobSeekersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  listJobSeekers(argument: _siapkerja_jobs_v1_ListJobSeekersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  listJobSeekers(argument: _siapkerja_jobs_v1_ListJobSeekersRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListJobSeekersResponse__Output>): grpc.ClientUnaryCall;
  
  ListVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  ListVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  ListVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  ListVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  listVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  listVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  listVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  listVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  
  MarkJobSeekerPlaced(argument: _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  MarkJobSeekerPlaced(argument: _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  MarkJobSeekerPlaced(argument: _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  MarkJobSeekerPlaced(argument: _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  markJobSeekerPlaced(argument: _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  markJobSeekerPlaced(argument: _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  markJobSeekerPlaced(argument: _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  markJobSeekerPlaced(argument: _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  
  Match(argument: _siapkerja_jobs_v1_MatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_MatchPage__Output>): grpc.ClientUnaryCall;
  Match(argument: _siapkerja_jobs_v1_MatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_MatchPage__Output>): grpc.ClientUnaryCall;
  Match(argument: _siapkerja_jobs_v1_MatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_MatchPage__Output>): grpc.ClientUnaryCall;
  Match(argument: _siapkerja_jobs_v1_MatchRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_MatchPage__Output>): grpc.ClientUnaryCall;
  match(argument: _siapkerja_jobs_v1_MatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_MatchPage__Output>): grpc.ClientUnaryCall;
  match(argument: _siapkerja_jobs_v1_MatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_MatchPage__Output>): grpc.ClientUnaryCall;
  match(argument: _siapkerja_jobs_v1_MatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_MatchPage__Output>): grpc.ClientUnaryCall;
  match(argument: _siapkerja_jobs_v1_MatchRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_MatchPage__Output>): grpc.ClientUnaryCall;
  
  PublishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  PublishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  PublishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  PublishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  publishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  publishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  publishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  publishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  
  RegisterJobSeeker(argument: _siapkerja_jobs_v1_RegisterJobSeekerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  RegisterJobSeeker(argument: _siapkerja_jobs_v1_RegisterJobSeekerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  RegisterJobSeeker(argument: _siapkerja_jobs_v1_RegisterJobSeekerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  RegisterJobSeeker(argument: _siapkerja_jobs_v1_RegisterJobSeekerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  registerJobSeeker(argument: _siapkerja_jobs_v1_RegisterJobSeekerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  registerJobSeeker(argument: _siapkerja_jobs_v1_RegisterJobSeekerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  registerJobSeeker(argument: _siapkerja_jobs_v1_RegisterJobSeekerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  registerJobSeeker(argument: _siapkerja_jobs_v1_RegisterJobSeekerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  
  RemoveEmployerMember(argument: _siapkerja_jobs_v1_RemoveEmployerMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveEmployerMember(argument: _siapkerja_jobs_v1_RemoveEmployerMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveEmployerMember(argument: _siapkerja_jobs_v1_RemoveEmployerMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveEmployerMember(argument: _siapkerja_jobs_v1_RemoveEmployerMemberRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output>): grpc.ClientUnaryCall;
  removeEmployerMember(argument: _siapkerja_jobs_v1_RemoveEmployerMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output>): grpc.ClientUnaryCall;
  removeEmployerMember(argument: _siapkerja_jobs_v1_RemoveEmployerMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output>): grpc.ClientUnaryCall;
  removeEmployerMember(argument: _siapkerja_jobs_v1_RemoveEmployerMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output>): grpc.ClientUnaryCall;
  removeEmployerMember(argument: _siapkerja_jobs_v1_RemoveEmployerMemberRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveJobSeeker(argument: _siapkerja_jobs_v1_RemoveJobSeekerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  RemoveJobSeeker(argument: _siapkerja_jobs_v1_RemoveJobSeekerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  RemoveJobSeeker(argument: _siapkerja_jobs_v1_RemoveJobSeekerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  RemoveJobSeeker(argument: _siapkerja_jobs_v1_RemoveJobSeekerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  removeJobSeeker(argument: _siapkerja_jobs_v1_RemoveJobSeekerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  removeJobSeeker(argument: _siapkerja_jobs_v1_RemoveJobSeekerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  removeJobSeeker(argument: _siapkerja_jobs_v1_RemoveJobSeekerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  removeJobSeeker(argument: _siapkerja_jobs_v1_RemoveJobSeekerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  
  ReportJobSeeker(argument: _siapkerja_jobs_v1_ReportJobSeekerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  ReportJobSeeker(argument: _siapkerja_jobs_v1_ReportJobSeekerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  ReportJobSeeker(argument: _siapkerja_jobs_v1_ReportJobSeekerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  ReportJobSeeker(argument: _siapkerja_jobs_v1_ReportJobSeekerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  reportJobSeeker(argument: _siapkerja_jobs_v1_ReportJobSeekerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  reportJobSeeker(argument: _siapkerja_jobs_v1_ReportJobSeekerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  reportJobSeeker(argument: _siapkerja_jobs_v1_ReportJobSeekerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  reportJobSeeker(argument: _siapkerja_jobs_v1_ReportJobSeekerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_JobSeeker__Output>): grpc.ClientUnaryCall;
  
  ReportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  ReportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  ReportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  ReportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  reportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  reportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  reportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  reportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  
  SearchVacancies(argument: _siapkerja_jobs_v1_SearchVacanciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_SearchVacanciesResponse__Output>): grpc.ClientUnaryCall;
  SearchVacancies(argument: _siapkerja_jobs_v1_SearchVacanciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_SearchVacanciesResponse__Output>): grpc.ClientUnaryCall;
  SearchVacancies(argument: _siapkerja_jobs_v1_SearchVacanciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_SearchVacanciesResponse__Output>): grpc.ClientUnaryCall;
  SearchVacancies(argument: _siapkerja_jobs_v1_SearchVacanciesRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_SearchVacanciesResponse__Output>): grpc.ClientUnaryCall;
  searchVacancies(argument: _siapkerja_jobs_v1_SearchVacanciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_SearchVacanciesResponse__Output>): grpc.ClientUnaryCall;
  searchVacancies(argument: _siapkerja_jobs_v1_SearchVacanciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_SearchVacanciesResponse__Output>): grpc.ClientUnaryCall;
  searchVacancies(argument: _siapkerja_jobs_v1_SearchVacanciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_SearchVacanciesResponse__Output>): grpc.ClientUnaryCall;
  searchVacancies(argument: _siapkerja_jobs_v1_SearchVacanciesRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_SearchVacanciesResponse__Output>): grpc.ClientUnaryCall;
  
  TransitionApplication(argument: _siapkerja_jobs_v1_TransitionApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  TransitionApplication(argument: _siapkerja_jobs_v1_TransitionApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  TransitionApplication(argument: _siapkerja_jobs_v1_TransitionApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  TransitionApplication(argument: _siapkerja_jobs_v1_TransitionApplicationRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  transitionApplication(argument: _siapkerja_jobs_v1_TransitionApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  transitionApplication(argument: _siapkerja_jobs_v1_TransitionApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  transitionApplication(argument: _siapkerja_jobs_v1_TransitionApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  transitionApplication(argument: _siapkerja_jobs_v1_TransitionApplicationRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Application__Output>): grpc.ClientUnaryCall;
  
  UpdateEmployer(argument: _siapkerja_jobs_v1_UpdateEmployerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  UpdateEmployer(argument: _siapkerja_jobs_v1_UpdateEmployerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  UpdateEmployer(argument: _siapkerja_jobs_v1_UpdateEmployerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  UpdateEmployer(argument: _siapkerja_jobs_v1_UpdateEmployerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  updateEmployer(argument: _siapkerja_jobs_v1_UpdateEmployerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  updateEmployer(argument: _siapkerja_jobs_v1_UpdateEmployerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  updateEmployer(argument: _siapkerja_jobs_v1_UpdateEmployerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  updateEmployer(argument: _siapkerja_jobs_v1_UpdateEmployerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  
  VerifyEmployer(argument: _siapkerja_jobs_v1_VerifyEmployerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  VerifyEmployer(argument: _siapkerja_jobs_v1_VerifyEmployerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  VerifyEmployer(argument: _siapkerja_jobs_v1_VerifyEmployerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  VerifyEmployer(argument: _siapkerja_jobs_v1_VerifyEmployerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  verifyEmployer(argument: _siapkerja_jobs_v1_VerifyEmployerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  verifyEmployer(argument: _siapkerja_jobs_v1_VerifyEmployerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  verifyEmployer(argument: _siapkerja_jobs_v1_VerifyEmployerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  verifyEmployer(argument: _siapkerja_jobs_v1_VerifyEmployerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  
}

export interface JobsServiceHandlers extends grpc.UntypedServiceImplementation {
  AddEmployerMember: grpc.handleUnaryCall<_siapkerja_jobs_v1_AddEmployerMemberRequest__Output, _siapkerja_jobs_v1_EmployerMember>;
  
  ApplyImportBatch: grpc.handleUnaryCall<_siapkerja_jobs_v1_ApplyImportBatchRequest__Output, _siapkerja_jobs_v1_ApplyImportBatchResponse>;
  
  BatchGetJobSeekers: grpc.handleUnaryCall<_siapkerja_jobs_v1_BatchGetJobSeekersRequest__Output, _siapkerja_jobs_v1_BatchGetJobSeekersResponse>;
  
  CloseVacancy: grpc.handleUnaryCall<_siapkerja_jobs_v1_CloseVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy>;
  
  CreateApplication: grpc.handleUnaryCall<_siapkerja_jobs_v1_CreateApplicationRequest__Output, _siapkerja_jobs_v1_Application>;
  
  CreateEmployer: grpc.handleUnaryCall<_siapkerja_jobs_v1_CreateEmployerRequest__Output, _siapkerja_jobs_v1_Employer>;
  
  CreateVacancy: grpc.handleUnaryCall<_siapkerja_jobs_v1_CreateVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy>;
  
  ExportPersonData: grpc.handleUnaryCall<_siapkerja_jobs_v1_ExportPersonDataRequest__Output, _siapkerja_jobs_v1_ExportPersonDataResponse>;
  
  GetApplication: grpc.handleUnaryCall<_siapkerja_jobs_v1_GetApplicationRequest__Output, _siapkerja_jobs_v1_Application>;
  
  GetEmployer: grpc.handleUnaryCall<_siapkerja_jobs_v1_GetEmployerRequest__Output, _siapkerja_jobs_v1_Employer>;
  
  GetJobPosting: grpc.handleUnaryCall<_siapkerja_jobs_v1_GetJobPostingRequest__Output, _siapkerja_jobs_v1_JobPosting>;
  
  GetJobSeeker: grpc.handleUnaryCall<_siapkerja_jobs_v1_GetJobSeekerRequest__Output, _siapkerja_jobs_v1_JobSeeker>;
  
  GetVacancy: grpc.handleUnaryCall<_siapkerja_jobs_v1_GetVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy>;
  
  IssueAk1Card: grpc.handleUnaryCall<_siapkerja_jobs_v1_IssueAk1CardRequest__Output, _siapkerja_jobs_v1_JobSeeker>;
  
  ListApplications: grpc.handleUnaryCall<_siapkerja_jobs_v1_ListApplicationsRequest__Output, _siapkerja_jobs_v1_ListApplicationsResponse>;
  
  ListEmployerMembers: grpc.handleUnaryCall<_siapkerja_jobs_v1_ListEmployerMembersRequest__Output, _siapkerja_jobs_v1_ListEmployerMembersResponse>;
  
  ListEmployers: grpc.handleUnaryCall<_siapkerja_jobs_v1_ListEmployersRequest__Output, _siapkerja_jobs_v1_ListEmployersResponse>;
  
  ListJobSeekers: grpc.handleUnaryCall<_siapkerja_jobs_v1_ListJobSeekersRequest__Output, _siapkerja_jobs_v1_ListJobSeekersResponse>;
  
  ListVacancies: grpc.handleUnaryCall<_siapkerja_jobs_v1_ListVacanciesRequest__Output, _siapkerja_jobs_v1_ListVacanciesResponse>;
  
  MarkJobSeekerPlaced: grpc.handleUnaryCall<_siapkerja_jobs_v1_MarkJobSeekerPlacedRequest__Output, _siapkerja_jobs_v1_JobSeeker>;
  
  Match: grpc.handleUnaryCall<_siapkerja_jobs_v1_MatchRequest__Output, _siapkerja_jobs_v1_MatchPage>;
  
  PublishVacancy: grpc.handleUnaryCall<_siapkerja_jobs_v1_PublishVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy>;
  
  RegisterJobSeeker: grpc.handleUnaryCall<_siapkerja_jobs_v1_RegisterJobSeekerRequest__Output, _siapkerja_jobs_v1_JobSeeker>;
  
  RemoveEmployerMember: grpc.handleUnaryCall<_siapkerja_jobs_v1_RemoveEmployerMemberRequest__Output, _siapkerja_jobs_v1_RemoveEmployerMemberResponse>;
  
  RemoveJobSeeker: grpc.handleUnaryCall<_siapkerja_jobs_v1_RemoveJobSeekerRequest__Output, _siapkerja_jobs_v1_JobSeeker>;
  
  ReportJobSeeker: grpc.handleUnaryCall<_siapkerja_jobs_v1_ReportJobSeekerRequest__Output, _siapkerja_jobs_v1_JobSeeker>;
  
  ReportVacancyFilled: grpc.handleUnaryCall<_siapkerja_jobs_v1_ReportVacancyFilledRequest__Output, _siapkerja_jobs_v1_Vacancy>;
  
  SearchVacancies: grpc.handleUnaryCall<_siapkerja_jobs_v1_SearchVacanciesRequest__Output, _siapkerja_jobs_v1_SearchVacanciesResponse>;
  
  TransitionApplication: grpc.handleUnaryCall<_siapkerja_jobs_v1_TransitionApplicationRequest__Output, _siapkerja_jobs_v1_Application>;
  
  UpdateEmployer: grpc.handleUnaryCall<_siapkerja_jobs_v1_UpdateEmployerRequest__Output, _siapkerja_jobs_v1_Employer>;
  
  VerifyEmployer: grpc.handleUnaryCall<_siapkerja_jobs_v1_VerifyEmployerRequest__Output, _siapkerja_jobs_v1_Employer>;
  
}

export interface JobsServiceDefinition extends grpc.ServiceDefinition {
  AddEmployerMember: MethodDefinition<_siapkerja_jobs_v1_AddEmployerMemberRequest, _siapkerja_jobs_v1_EmployerMember, _siapkerja_jobs_v1_AddEmployerMemberRequest__Output, _siapkerja_jobs_v1_EmployerMember__Output>
  ApplyImportBatch: MethodDefinition<_siapkerja_jobs_v1_ApplyImportBatchRequest, _siapkerja_jobs_v1_ApplyImportBatchResponse, _siapkerja_jobs_v1_ApplyImportBatchRequest__Output, _siapkerja_jobs_v1_ApplyImportBatchResponse__Output>
  BatchGetJobSeekers: MethodDefinition<_siapkerja_jobs_v1_BatchGetJobSeekersRequest, _siapkerja_jobs_v1_BatchGetJobSeekersResponse, _siapkerja_jobs_v1_BatchGetJobSeekersRequest__Output, _siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output>
  CloseVacancy: MethodDefinition<_siapkerja_jobs_v1_CloseVacancyRequest, _siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_CloseVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy__Output>
  CreateApplication: MethodDefinition<_siapkerja_jobs_v1_CreateApplicationRequest, _siapkerja_jobs_v1_Application, _siapkerja_jobs_v1_CreateApplicationRequest__Output, _siapkerja_jobs_v1_Application__Output>
  CreateEmployer: MethodDefinition<_siapkerja_jobs_v1_CreateEmployerRequest, _siapkerja_jobs_v1_Employer, _siapkerja_jobs_v1_CreateEmployerRequest__Output, _siapkerja_jobs_v1_Employer__Output>
  CreateVacancy: MethodDefinition<_siapkerja_jobs_v1_CreateVacancyRequest, _siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_CreateVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy__Output>
  ExportPersonData: MethodDefinition<_siapkerja_jobs_v1_ExportPersonDataRequest, _siapkerja_jobs_v1_ExportPersonDataResponse, _siapkerja_jobs_v1_ExportPersonDataRequest__Output, _siapkerja_jobs_v1_ExportPersonDataResponse__Output>
  GetApplication: MethodDefinition<_siapkerja_jobs_v1_GetApplicationRequest, _siapkerja_jobs_v1_Application, _siapkerja_jobs_v1_GetApplicationRequest__Output, _siapkerja_jobs_v1_Application__Output>
  GetEmployer: MethodDefinition<_siapkerja_jobs_v1_GetEmployerRequest, _siapkerja_jobs_v1_Employer, _siapkerja_jobs_v1_GetEmployerRequest__Output, _siapkerja_jobs_v1_Employer__Output>
  GetJobPosting: MethodDefinition<_siapkerja_jobs_v1_GetJobPostingRequest, _siapkerja_jobs_v1_JobPosting, _siapkerja_jobs_v1_GetJobPostingRequest__Output, _siapkerja_jobs_v1_JobPosting__Output>
  GetJobSeeker: MethodDefinition<_siapkerja_jobs_v1_GetJobSeekerRequest, _siapkerja_jobs_v1_JobSeeker, _siapkerja_jobs_v1_GetJobSeekerRequest__Output, _siapkerja_jobs_v1_JobSeeker__Output>
  GetVacancy: MethodDefinition<_siapkerja_jobs_v1_GetVacancyRequest, _siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_GetVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy__Output>
  IssueAk1Card: MethodDefinition<_siapkerja_jobs_v1_IssueAk1CardRequest, _siapkerja_jobs_v1_JobSeeker, _siapkerja_jobs_v1_IssueAk1CardRequest__Output, _siapkerja_jobs_v1_JobSeeker__Output>
  ListApplications: MethodDefinition<_siapkerja_jobs_v1_ListApplicationsRequest, _siapkerja_jobs_v1_ListApplicationsResponse, _siapkerja_jobs_v1_ListApplicationsRequest__Output, _siapkerja_jobs_v1_ListApplicationsResponse__Output>
  ListEmployerMembers: MethodDefinition<_siapkerja_jobs_v1_ListEmployerMembersRequest, _siapkerja_jobs_v1_ListEmployerMembersResponse, _siapkerja_jobs_v1_ListEmployerMembersRequest__Output, _siapkerja_jobs_v1_ListEmployerMembersResponse__Output>
  ListEmployers: MethodDefinition<_siapkerja_jobs_v1_ListEmployersRequest, _siapkerja_jobs_v1_ListEmployersResponse, _siapkerja_jobs_v1_ListEmployersRequest__Output, _siapkerja_jobs_v1_ListEmployersResponse__Output>
  ListJobSeekers: MethodDefinition<_siapkerja_jobs_v1_ListJobSeekersRequest, _siapkerja_jobs_v1_ListJobSeekersResponse, _siapkerja_jobs_v1_ListJobSeekersRequest__Output, _siapkerja_jobs_v1_ListJobSeekersResponse__Output>
  ListVacancies: MethodDefinition<_siapkerja_jobs_v1_ListVacanciesRequest, _siapkerja_jobs_v1_ListVacanciesResponse, _siapkerja_jobs_v1_ListVacanciesRequest__Output, _siapkerja_jobs_v1_ListVacanciesResponse__Output>
  MarkJobSeekerPlaced: MethodDefinition<_siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, _siapkerja_jobs_v1_JobSeeker, _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest__Output, _siapkerja_jobs_v1_JobSeeker__Output>
  Match: MethodDefinition<_siapkerja_jobs_v1_MatchRequest, _siapkerja_jobs_v1_MatchPage, _siapkerja_jobs_v1_MatchRequest__Output, _siapkerja_jobs_v1_MatchPage__Output>
  PublishVacancy: MethodDefinition<_siapkerja_jobs_v1_PublishVacancyRequest, _siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_PublishVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy__Output>
  RegisterJobSeeker: MethodDefinition<_siapkerja_jobs_v1_RegisterJobSeekerRequest, _siapkerja_jobs_v1_JobSeeker, _siapkerja_jobs_v1_RegisterJobSeekerRequest__Output, _siapkerja_jobs_v1_JobSeeker__Output>
  RemoveEmployerMember: MethodDefinition<_siapkerja_jobs_v1_RemoveEmployerMemberRequest, _siapkerja_jobs_v1_RemoveEmployerMemberResponse, _siapkerja_jobs_v1_RemoveEmployerMemberRequest__Output, _siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output>
  RemoveJobSeeker: MethodDefinition<_siapkerja_jobs_v1_RemoveJobSeekerRequest, _siapkerja_jobs_v1_JobSeeker, _siapkerja_jobs_v1_RemoveJobSeekerRequest__Output, _siapkerja_jobs_v1_JobSeeker__Output>
  ReportJobSeeker: MethodDefinition<_siapkerja_jobs_v1_ReportJobSeekerRequest, _siapkerja_jobs_v1_JobSeeker, _siapkerja_jobs_v1_ReportJobSeekerRequest__Output, _siapkerja_jobs_v1_JobSeeker__Output>
  ReportVacancyFilled: MethodDefinition<_siapkerja_jobs_v1_ReportVacancyFilledRequest, _siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_ReportVacancyFilledRequest__Output, _siapkerja_jobs_v1_Vacancy__Output>
  SearchVacancies: MethodDefinition<_siapkerja_jobs_v1_SearchVacanciesRequest, _siapkerja_jobs_v1_SearchVacanciesResponse, _siapkerja_jobs_v1_SearchVacanciesRequest__Output, _siapkerja_jobs_v1_SearchVacanciesResponse__Output>
  TransitionApplication: MethodDefinition<_siapkerja_jobs_v1_TransitionApplicationRequest, _siapkerja_jobs_v1_Application, _siapkerja_jobs_v1_TransitionApplicationRequest__Output, _siapkerja_jobs_v1_Application__Output>
  UpdateEmployer: MethodDefinition<_siapkerja_jobs_v1_UpdateEmployerRequest, _siapkerja_jobs_v1_Employer, _siapkerja_jobs_v1_UpdateEmployerRequest__Output, _siapkerja_jobs_v1_Employer__Output>
  VerifyEmployer: MethodDefinition<_siapkerja_jobs_v1_VerifyEmployerRequest, _siapkerja_jobs_v1_Employer, _siapkerja_jobs_v1_VerifyEmployerRequest__Output, _siapkerja_jobs_v1_Employer__Output>
}
