import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CloseVacancyRequest as _siapkerja_jobs_v1_CloseVacancyRequest, CloseVacancyRequest__Output as _siapkerja_jobs_v1_CloseVacancyRequest__Output } from './siapkerja/jobs/v1/CloseVacancyRequest';
import type { CreateEmployerRequest as _siapkerja_jobs_v1_CreateEmployerRequest, CreateEmployerRequest__Output as _siapkerja_jobs_v1_CreateEmployerRequest__Output } from './siapkerja/jobs/v1/CreateEmployerRequest';
import type { CreateVacancyRequest as _siapkerja_jobs_v1_CreateVacancyRequest, CreateVacancyRequest__Output as _siapkerja_jobs_v1_CreateVacancyRequest__Output } from './siapkerja/jobs/v1/CreateVacancyRequest';
import type { Employer as _siapkerja_jobs_v1_Employer, Employer__Output as _siapkerja_jobs_v1_Employer__Output } from './siapkerja/jobs/v1/Employer';
import type { GetEmployerRequest as _siapkerja_jobs_v1_GetEmployerRequest, GetEmployerRequest__Output as _siapkerja_jobs_v1_GetEmployerRequest__Output } from './siapkerja/jobs/v1/GetEmployerRequest';
import type { GetVacancyRequest as _siapkerja_jobs_v1_GetVacancyRequest, GetVacancyRequest__Output as _siapkerja_jobs_v1_GetVacancyRequest__Output } from './siapkerja/jobs/v1/GetVacancyRequest';
import type { JobsServiceClient as _siapkerja_jobs_v1_JobsServiceClient, JobsServiceDefinition as _siapkerja_jobs_v1_JobsServiceDefinition } from './siapkerja/jobs/v1/JobsService';
import type { ListVacanciesRequest as _siapkerja_jobs_v1_ListVacanciesRequest, ListVacanciesRequest__Output as _siapkerja_jobs_v1_ListVacanciesRequest__Output } from './siapkerja/jobs/v1/ListVacanciesRequest';
import type { ListVacanciesResponse as _siapkerja_jobs_v1_ListVacanciesResponse, ListVacanciesResponse__Output as _siapkerja_jobs_v1_ListVacanciesResponse__Output } from './siapkerja/jobs/v1/ListVacanciesResponse';
import type { PublishVacancyRequest as _siapkerja_jobs_v1_PublishVacancyRequest, PublishVacancyRequest__Output as _siapkerja_jobs_v1_PublishVacancyRequest__Output } from './siapkerja/jobs/v1/PublishVacancyRequest';
import type { ReportVacancyFilledRequest as _siapkerja_jobs_v1_ReportVacancyFilledRequest, ReportVacancyFilledRequest__Output as _siapkerja_jobs_v1_ReportVacancyFilledRequest__Output } from './siapkerja/jobs/v1/ReportVacancyFilledRequest';
import type { Vacancy as _siapkerja_jobs_v1_Vacancy, Vacancy__Output as _siapkerja_jobs_v1_Vacancy__Output } from './siapkerja/jobs/v1/Vacancy';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    jobs: {
      v1: {
        CloseVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_CloseVacancyRequest, _siapkerja_jobs_v1_CloseVacancyRequest__Output>
        CreateEmployerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_CreateEmployerRequest, _siapkerja_jobs_v1_CreateEmployerRequest__Output>
        CreateVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_CreateVacancyRequest, _siapkerja_jobs_v1_CreateVacancyRequest__Output>
        EducationLevel: EnumTypeDefinition
        Employer: MessageTypeDefinition<_siapkerja_jobs_v1_Employer, _siapkerja_jobs_v1_Employer__Output>
        EmployerType: EnumTypeDefinition
        EmploymentType: EnumTypeDefinition
        GetEmployerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetEmployerRequest, _siapkerja_jobs_v1_GetEmployerRequest__Output>
        GetVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetVacancyRequest, _siapkerja_jobs_v1_GetVacancyRequest__Output>
        JobsService: SubtypeConstructor<typeof grpc.Client, _siapkerja_jobs_v1_JobsServiceClient> & { service: _siapkerja_jobs_v1_JobsServiceDefinition }
        ListVacanciesRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ListVacanciesRequest, _siapkerja_jobs_v1_ListVacanciesRequest__Output>
        ListVacanciesResponse: MessageTypeDefinition<_siapkerja_jobs_v1_ListVacanciesResponse, _siapkerja_jobs_v1_ListVacanciesResponse__Output>
        PublishVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_PublishVacancyRequest, _siapkerja_jobs_v1_PublishVacancyRequest__Output>
        ReportVacancyFilledRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ReportVacancyFilledRequest, _siapkerja_jobs_v1_ReportVacancyFilledRequest__Output>
        SexRequirement: EnumTypeDefinition
        Vacancy: MessageTypeDefinition<_siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_Vacancy__Output>
        VacancyState: EnumTypeDefinition
      }
    }
  }
}

