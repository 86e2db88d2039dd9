// Original file: proto/siapkerja/jobs/v1/jobs.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CloseVacancyRequest as _siapkerja_jobs_v1_CloseVacancyRequest, CloseVacancyRequest__Output as _siapkerja_jobs_v1_CloseVacancyRequest__Output } from '../../../siapkerja/jobs/v1/CloseVacancyRequest';
import type { CreateEmployerRequest as _siapkerja_jobs_v1_CreateEmployerRequest, CreateEmployerRequest__Output as _siapkerja_jobs_v1_CreateEmployerRequest__Output } from '../../../siapkerja/jobs/v1/CreateEmployerRequest';
import type { CreateVacancyRequest as _siapkerja_jobs_v1_CreateVacancyRequest, CreateVacancyRequest__Output as _siapkerja_jobs_v1_CreateVacancyRequest__Output } from '../../../siapkerja/jobs/v1/CreateVacancyRequest';
import type { Employer as _siapkerja_jobs_v1_Employer, Employer__Output as _siapkerja_jobs_v1_Employer__Output } from '../../../siapkerja/jobs/v1/Employer';
import type { GetEmployerRequest as _siapkerja_jobs_v1_GetEmployerRequest, GetEmployerRequest__Output as _siapkerja_jobs_v1_GetEmployerRequest__Output } from '../../../siapkerja/jobs/v1/GetEmployerRequest';
import type { GetVacancyRequest as _siapkerja_jobs_v1_GetVacancyRequest, GetVacancyRequest__Output as _siapkerja_jobs_v1_GetVacancyRequest__Output } from '../../../siapkerja/jobs/v1/GetVacancyRequest';
import type { ListVacanciesRequest as _siapkerja_jobs_v1_ListVacanciesRequest, ListVacanciesRequest__Output as _siapkerja_jobs_v1_ListVacanciesRequest__Output } from '../../../siapkerja/jobs/v1/ListVacanciesRequest';
import type { ListVacanciesResponse as _siapkerja_jobs_v1_ListVacanciesResponse, ListVacanciesResponse__Output as _siapkerja_jobs_v1_ListVacanciesResponse__Output } from '../../../siapkerja/jobs/v1/ListVacanciesResponse';
import type { PublishVacancyRequest as _siapkerja_jobs_v1_PublishVacancyRequest, PublishVacancyRequest__Output as _siapkerja_jobs_v1_PublishVacancyRequest__Output } from '../../../siapkerja/jobs/v1/PublishVacancyRequest';
import type { ReportVacancyFilledRequest as _siapkerja_jobs_v1_ReportVacancyFilledRequest, ReportVacancyFilledRequest__Output as _siapkerja_jobs_v1_ReportVacancyFilledRequest__Output } from '../../../siapkerja/jobs/v1/ReportVacancyFilledRequest';
import type { Vacancy as _siapkerja_jobs_v1_Vacancy, Vacancy__Output as _siapkerja_jobs_v1_Vacancy__Output } from '../../../siapkerja/jobs/v1/Vacancy';

export interface JobsServiceClient extends grpc.Client {
  CloseVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  CloseVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  CloseVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  CloseVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  closeVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  closeVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  closeVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  closeVacancy(argument: _siapkerja_jobs_v1_CloseVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  
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
  
  GetEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  GetEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  GetEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  GetEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  getEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  getEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  getEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  getEmployer(argument: _siapkerja_jobs_v1_GetEmployerRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Employer__Output>): grpc.ClientUnaryCall;
  
  GetVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  GetVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  GetVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  GetVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  getVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  getVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  getVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  getVacancy(argument: _siapkerja_jobs_v1_GetVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  
  ListVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  ListVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  ListVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  ListVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  listVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  listVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  listVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  listVacancies(argument: _siapkerja_jobs_v1_ListVacanciesRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_ListVacanciesResponse__Output>): grpc.ClientUnaryCall;
  
  PublishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  PublishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  PublishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  PublishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  publishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  publishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  publishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  publishVacancy(argument: _siapkerja_jobs_v1_PublishVacancyRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  
  ReportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  ReportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  ReportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  ReportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  reportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  reportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  reportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  reportVacancyFilled(argument: _siapkerja_jobs_v1_ReportVacancyFilledRequest, callback: grpc.requestCallback<_siapkerja_jobs_v1_Vacancy__Output>): grpc.ClientUnaryCall;
  
}

export interface JobsServiceHandlers extends grpc.UntypedServiceImplementation {
  CloseVacancy: grpc.handleUnaryCall<_siapkerja_jobs_v1_CloseVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy>;
  
  CreateEmployer: grpc.handleUnaryCall<_siapkerja_jobs_v1_CreateEmployerRequest__Output, _siapkerja_jobs_v1_Employer>;
  
  CreateVacancy: grpc.handleUnaryCall<_siapkerja_jobs_v1_CreateVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy>;
  
  GetEmployer: grpc.handleUnaryCall<_siapkerja_jobs_v1_GetEmployerRequest__Output, _siapkerja_jobs_v1_Employer>;
  
  GetVacancy: grpc.handleUnaryCall<_siapkerja_jobs_v1_GetVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy>;
  
  ListVacancies: grpc.handleUnaryCall<_siapkerja_jobs_v1_ListVacanciesRequest__Output, _siapkerja_jobs_v1_ListVacanciesResponse>;
  
  PublishVacancy: grpc.handleUnaryCall<_siapkerja_jobs_v1_PublishVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy>;
  
  ReportVacancyFilled: grpc.handleUnaryCall<_siapkerja_jobs_v1_ReportVacancyFilledRequest__Output, _siapkerja_jobs_v1_Vacancy>;
  
}

export interface JobsServiceDefinition extends grpc.ServiceDefinition {
  CloseVacancy: MethodDefinition<_siapkerja_jobs_v1_CloseVacancyRequest, _siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_CloseVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy__Output>
  CreateEmployer: MethodDefinition<_siapkerja_jobs_v1_CreateEmployerRequest, _siapkerja_jobs_v1_Employer, _siapkerja_jobs_v1_CreateEmployerRequest__Output, _siapkerja_jobs_v1_Employer__Output>
  CreateVacancy: MethodDefinition<_siapkerja_jobs_v1_CreateVacancyRequest, _siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_CreateVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy__Output>
  GetEmployer: MethodDefinition<_siapkerja_jobs_v1_GetEmployerRequest, _siapkerja_jobs_v1_Employer, _siapkerja_jobs_v1_GetEmployerRequest__Output, _siapkerja_jobs_v1_Employer__Output>
  GetVacancy: MethodDefinition<_siapkerja_jobs_v1_GetVacancyRequest, _siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_GetVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy__Output>
  ListVacancies: MethodDefinition<_siapkerja_jobs_v1_ListVacanciesRequest, _siapkerja_jobs_v1_ListVacanciesResponse, _siapkerja_jobs_v1_ListVacanciesRequest__Output, _siapkerja_jobs_v1_ListVacanciesResponse__Output>
  PublishVacancy: MethodDefinition<_siapkerja_jobs_v1_PublishVacancyRequest, _siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_PublishVacancyRequest__Output, _siapkerja_jobs_v1_Vacancy__Output>
  ReportVacancyFilled: MethodDefinition<_siapkerja_jobs_v1_ReportVacancyFilledRequest, _siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_ReportVacancyFilledRequest__Output, _siapkerja_jobs_v1_Vacancy__Output>
}
