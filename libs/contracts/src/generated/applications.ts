import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Application as _siapkerja_jobs_v1_Application, Application__Output as _siapkerja_jobs_v1_Application__Output } from './siapkerja/jobs/v1/Application';
import type { ApplicationTransition as _siapkerja_jobs_v1_ApplicationTransition, ApplicationTransition__Output as _siapkerja_jobs_v1_ApplicationTransition__Output } from './siapkerja/jobs/v1/ApplicationTransition';
import type { CreateApplicationRequest as _siapkerja_jobs_v1_CreateApplicationRequest, CreateApplicationRequest__Output as _siapkerja_jobs_v1_CreateApplicationRequest__Output } from './siapkerja/jobs/v1/CreateApplicationRequest';
import type { GetApplicationRequest as _siapkerja_jobs_v1_GetApplicationRequest, GetApplicationRequest__Output as _siapkerja_jobs_v1_GetApplicationRequest__Output } from './siapkerja/jobs/v1/GetApplicationRequest';
import type { ListApplicationsRequest as _siapkerja_jobs_v1_ListApplicationsRequest, ListApplicationsRequest__Output as _siapkerja_jobs_v1_ListApplicationsRequest__Output } from './siapkerja/jobs/v1/ListApplicationsRequest';
import type { ListApplicationsResponse as _siapkerja_jobs_v1_ListApplicationsResponse, ListApplicationsResponse__Output as _siapkerja_jobs_v1_ListApplicationsResponse__Output } from './siapkerja/jobs/v1/ListApplicationsResponse';
import type { ScreeningNote as _siapkerja_jobs_v1_ScreeningNote, ScreeningNote__Output as _siapkerja_jobs_v1_ScreeningNote__Output } from './siapkerja/jobs/v1/ScreeningNote';
import type { TransitionApplicationRequest as _siapkerja_jobs_v1_TransitionApplicationRequest, TransitionApplicationRequest__Output as _siapkerja_jobs_v1_TransitionApplicationRequest__Output } from './siapkerja/jobs/v1/TransitionApplicationRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    jobs: {
      v1: {
        Application: MessageTypeDefinition<_siapkerja_jobs_v1_Application, _siapkerja_jobs_v1_Application__Output>
        ApplicationState: EnumTypeDefinition
        ApplicationTransition: MessageTypeDefinition<_siapkerja_jobs_v1_ApplicationTransition, _siapkerja_jobs_v1_ApplicationTransition__Output>
        CreateApplicationRequest: MessageTypeDefinition<_siapkerja_jobs_v1_CreateApplicationRequest, _siapkerja_jobs_v1_CreateApplicationRequest__Output>
        GetApplicationRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetApplicationRequest, _siapkerja_jobs_v1_GetApplicationRequest__Output>
        ListApplicationsRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ListApplicationsRequest, _siapkerja_jobs_v1_ListApplicationsRequest__Output>
        ListApplicationsResponse: MessageTypeDefinition<_siapkerja_jobs_v1_ListApplicationsResponse, _siapkerja_jobs_v1_ListApplicationsResponse__Output>
        ScreeningNote: MessageTypeDefinition<_siapkerja_jobs_v1_ScreeningNote, _siapkerja_jobs_v1_ScreeningNote__Output>
        TransitionApplicationRequest: MessageTypeDefinition<_siapkerja_jobs_v1_TransitionApplicationRequest, _siapkerja_jobs_v1_TransitionApplicationRequest__Output>
      }
    }
  }
}

