import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateEmployerRequest as _siapkerja_jobs_v1_CreateEmployerRequest, CreateEmployerRequest__Output as _siapkerja_jobs_v1_CreateEmployerRequest__Output } from './siapkerja/jobs/v1/CreateEmployerRequest';
import type { CreateVacancyRequest as _siapkerja_jobs_v1_CreateVacancyRequest, CreateVacancyRequest__Output as _siapkerja_jobs_v1_CreateVacancyRequest__Output } from './siapkerja/jobs/v1/CreateVacancyRequest';
import type { Employer as _siapkerja_jobs_v1_Employer, Employer__Output as _siapkerja_jobs_v1_Employer__Output } from './siapkerja/jobs/v1/Employer';
import type { GetEmployerRequest as _siapkerja_jobs_v1_GetEmployerRequest, GetEmployerRequest__Output as _siapkerja_jobs_v1_GetEmployerRequest__Output } from './siapkerja/jobs/v1/GetEmployerRequest';
import type { GetVacancyRequest as _siapkerja_jobs_v1_GetVacancyRequest, GetVacancyRequest__Output as _siapkerja_jobs_v1_GetVacancyRequest__Output } from './siapkerja/jobs/v1/GetVacancyRequest';
import type { JobsServiceClient as _siapkerja_jobs_v1_JobsServiceClient, JobsServiceDefinition as _siapkerja_jobs_v1_JobsServiceDefinition } from './siapkerja/jobs/v1/JobsService';
import type { Vacancy as _siapkerja_jobs_v1_Vacancy, Vacancy__Output as _siapkerja_jobs_v1_Vacancy__Output } from './siapkerja/jobs/v1/Vacancy';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    jobs: {
      v1: {
        CreateEmployerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_CreateEmployerRequest, _siapkerja_jobs_v1_CreateEmployerRequest__Output>
        CreateVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_CreateVacancyRequest, _siapkerja_jobs_v1_CreateVacancyRequest__Output>
        Employer: MessageTypeDefinition<_siapkerja_jobs_v1_Employer, _siapkerja_jobs_v1_Employer__Output>
        EmployerType: EnumTypeDefinition
        GetEmployerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetEmployerRequest, _siapkerja_jobs_v1_GetEmployerRequest__Output>
        GetVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetVacancyRequest, _siapkerja_jobs_v1_GetVacancyRequest__Output>
        JobsService: SubtypeConstructor<typeof grpc.Client, _siapkerja_jobs_v1_JobsServiceClient> & { service: _siapkerja_jobs_v1_JobsServiceDefinition }
        Vacancy: MessageTypeDefinition<_siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_Vacancy__Output>
        VacancyState: EnumTypeDefinition
      }
    }
  }
}

