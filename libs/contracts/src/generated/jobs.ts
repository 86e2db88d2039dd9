import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Ak1Card as _siapkerja_jobs_v1_Ak1Card, Ak1Card__Output as _siapkerja_jobs_v1_Ak1Card__Output } from './siapkerja/jobs/v1/Ak1Card';
import type { CloseVacancyRequest as _siapkerja_jobs_v1_CloseVacancyRequest, CloseVacancyRequest__Output as _siapkerja_jobs_v1_CloseVacancyRequest__Output } from './siapkerja/jobs/v1/CloseVacancyRequest';
import type { CreateEmployerRequest as _siapkerja_jobs_v1_CreateEmployerRequest, CreateEmployerRequest__Output as _siapkerja_jobs_v1_CreateEmployerRequest__Output } from './siapkerja/jobs/v1/CreateEmployerRequest';
import type { CreateVacancyRequest as _siapkerja_jobs_v1_CreateVacancyRequest, CreateVacancyRequest__Output as _siapkerja_jobs_v1_CreateVacancyRequest__Output } from './siapkerja/jobs/v1/CreateVacancyRequest';
import type { Employer as _siapkerja_jobs_v1_Employer, Employer__Output as _siapkerja_jobs_v1_Employer__Output } from './siapkerja/jobs/v1/Employer';
import type { GetEmployerRequest as _siapkerja_jobs_v1_GetEmployerRequest, GetEmployerRequest__Output as _siapkerja_jobs_v1_GetEmployerRequest__Output } from './siapkerja/jobs/v1/GetEmployerRequest';
import type { GetJobSeekerRequest as _siapkerja_jobs_v1_GetJobSeekerRequest, GetJobSeekerRequest__Output as _siapkerja_jobs_v1_GetJobSeekerRequest__Output } from './siapkerja/jobs/v1/GetJobSeekerRequest';
import type { GetVacancyRequest as _siapkerja_jobs_v1_GetVacancyRequest, GetVacancyRequest__Output as _siapkerja_jobs_v1_GetVacancyRequest__Output } from './siapkerja/jobs/v1/GetVacancyRequest';
import type { IssueAk1CardRequest as _siapkerja_jobs_v1_IssueAk1CardRequest, IssueAk1CardRequest__Output as _siapkerja_jobs_v1_IssueAk1CardRequest__Output } from './siapkerja/jobs/v1/IssueAk1CardRequest';
import type { JobSeeker as _siapkerja_jobs_v1_JobSeeker, JobSeeker__Output as _siapkerja_jobs_v1_JobSeeker__Output } from './siapkerja/jobs/v1/JobSeeker';
import type { JobSeekerAddress as _siapkerja_jobs_v1_JobSeekerAddress, JobSeekerAddress__Output as _siapkerja_jobs_v1_JobSeekerAddress__Output } from './siapkerja/jobs/v1/JobSeekerAddress';
import type { JobSeekerEducation as _siapkerja_jobs_v1_JobSeekerEducation, JobSeekerEducation__Output as _siapkerja_jobs_v1_JobSeekerEducation__Output } from './siapkerja/jobs/v1/JobSeekerEducation';
import type { JobSeekerExperience as _siapkerja_jobs_v1_JobSeekerExperience, JobSeekerExperience__Output as _siapkerja_jobs_v1_JobSeekerExperience__Output } from './siapkerja/jobs/v1/JobSeekerExperience';
import type { JobsServiceClient as _siapkerja_jobs_v1_JobsServiceClient, JobsServiceDefinition as _siapkerja_jobs_v1_JobsServiceDefinition } from './siapkerja/jobs/v1/JobsService';
import type { ListJobSeekersRequest as _siapkerja_jobs_v1_ListJobSeekersRequest, ListJobSeekersRequest__Output as _siapkerja_jobs_v1_ListJobSeekersRequest__Output } from './siapkerja/jobs/v1/ListJobSeekersRequest';
import type { ListJobSeekersResponse as _siapkerja_jobs_v1_ListJobSeekersResponse, ListJobSeekersResponse__Output as _siapkerja_jobs_v1_ListJobSeekersResponse__Output } from './siapkerja/jobs/v1/ListJobSeekersResponse';
import type { ListVacanciesRequest as _siapkerja_jobs_v1_ListVacanciesRequest, ListVacanciesRequest__Output as _siapkerja_jobs_v1_ListVacanciesRequest__Output } from './siapkerja/jobs/v1/ListVacanciesRequest';
import type { ListVacanciesResponse as _siapkerja_jobs_v1_ListVacanciesResponse, ListVacanciesResponse__Output as _siapkerja_jobs_v1_ListVacanciesResponse__Output } from './siapkerja/jobs/v1/ListVacanciesResponse';
import type { MarkJobSeekerPlacedRequest as _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, MarkJobSeekerPlacedRequest__Output as _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest__Output } from './siapkerja/jobs/v1/MarkJobSeekerPlacedRequest';
import type { PublishVacancyRequest as _siapkerja_jobs_v1_PublishVacancyRequest, PublishVacancyRequest__Output as _siapkerja_jobs_v1_PublishVacancyRequest__Output } from './siapkerja/jobs/v1/PublishVacancyRequest';
import type { RegisterJobSeekerRequest as _siapkerja_jobs_v1_RegisterJobSeekerRequest, RegisterJobSeekerRequest__Output as _siapkerja_jobs_v1_RegisterJobSeekerRequest__Output } from './siapkerja/jobs/v1/RegisterJobSeekerRequest';
import type { RemoveJobSeekerRequest as _siapkerja_jobs_v1_RemoveJobSeekerRequest, RemoveJobSeekerRequest__Output as _siapkerja_jobs_v1_RemoveJobSeekerRequest__Output } from './siapkerja/jobs/v1/RemoveJobSeekerRequest';
import type { ReportJobSeekerRequest as _siapkerja_jobs_v1_ReportJobSeekerRequest, ReportJobSeekerRequest__Output as _siapkerja_jobs_v1_ReportJobSeekerRequest__Output } from './siapkerja/jobs/v1/ReportJobSeekerRequest';
import type { ReportVacancyFilledRequest as _siapkerja_jobs_v1_ReportVacancyFilledRequest, ReportVacancyFilledRequest__Output as _siapkerja_jobs_v1_ReportVacancyFilledRequest__Output } from './siapkerja/jobs/v1/ReportVacancyFilledRequest';
import type { Vacancy as _siapkerja_jobs_v1_Vacancy, Vacancy__Output as _siapkerja_jobs_v1_Vacancy__Output } from './siapkerja/jobs/v1/Vacancy';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    jobs: {
      v1: {
        Ak1Card: MessageTypeDefinition<_siapkerja_jobs_v1_Ak1Card, _siapkerja_jobs_v1_Ak1Card__Output>
        CloseVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_CloseVacancyRequest, _siapkerja_jobs_v1_CloseVacancyRequest__Output>
        CreateEmployerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_CreateEmployerRequest, _siapkerja_jobs_v1_CreateEmployerRequest__Output>
        CreateVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_CreateVacancyRequest, _siapkerja_jobs_v1_CreateVacancyRequest__Output>
        EducationLevel: EnumTypeDefinition
        Employer: MessageTypeDefinition<_siapkerja_jobs_v1_Employer, _siapkerja_jobs_v1_Employer__Output>
        EmployerType: EnumTypeDefinition
        EmploymentType: EnumTypeDefinition
        GetEmployerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetEmployerRequest, _siapkerja_jobs_v1_GetEmployerRequest__Output>
        GetJobSeekerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetJobSeekerRequest, _siapkerja_jobs_v1_GetJobSeekerRequest__Output>
        GetVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetVacancyRequest, _siapkerja_jobs_v1_GetVacancyRequest__Output>
        IssueAk1CardRequest: MessageTypeDefinition<_siapkerja_jobs_v1_IssueAk1CardRequest, _siapkerja_jobs_v1_IssueAk1CardRequest__Output>
        JobSeeker: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeeker, _siapkerja_jobs_v1_JobSeeker__Output>
        JobSeekerAddress: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeekerAddress, _siapkerja_jobs_v1_JobSeekerAddress__Output>
        JobSeekerEducation: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeekerEducation, _siapkerja_jobs_v1_JobSeekerEducation__Output>
        JobSeekerExperience: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeekerExperience, _siapkerja_jobs_v1_JobSeekerExperience__Output>
        JobSeekerState: EnumTypeDefinition
        JobsService: SubtypeConstructor<typeof grpc.Client, _siapkerja_jobs_v1_JobsServiceClient> & { service: _siapkerja_jobs_v1_JobsServiceDefinition }
        ListJobSeekersRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ListJobSeekersRequest, _siapkerja_jobs_v1_ListJobSeekersRequest__Output>
        ListJobSeekersResponse: MessageTypeDefinition<_siapkerja_jobs_v1_ListJobSeekersResponse, _siapkerja_jobs_v1_ListJobSeekersResponse__Output>
        ListVacanciesRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ListVacanciesRequest, _siapkerja_jobs_v1_ListVacanciesRequest__Output>
        ListVacanciesResponse: MessageTypeDefinition<_siapkerja_jobs_v1_ListVacanciesResponse, _siapkerja_jobs_v1_ListVacanciesResponse__Output>
        MaritalStatus: EnumTypeDefinition
        MarkJobSeekerPlacedRequest: MessageTypeDefinition<_siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest__Output>
        PublishVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_PublishVacancyRequest, _siapkerja_jobs_v1_PublishVacancyRequest__Output>
        RegisterJobSeekerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_RegisterJobSeekerRequest, _siapkerja_jobs_v1_RegisterJobSeekerRequest__Output>
        Religion: EnumTypeDefinition
        RemoveJobSeekerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_RemoveJobSeekerRequest, _siapkerja_jobs_v1_RemoveJobSeekerRequest__Output>
        ReportJobSeekerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ReportJobSeekerRequest, _siapkerja_jobs_v1_ReportJobSeekerRequest__Output>
        ReportVacancyFilledRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ReportVacancyFilledRequest, _siapkerja_jobs_v1_ReportVacancyFilledRequest__Output>
        Sex: EnumTypeDefinition
        SexRequirement: EnumTypeDefinition
        Vacancy: MessageTypeDefinition<_siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_Vacancy__Output>
        VacancyState: EnumTypeDefinition
      }
    }
  }
}

