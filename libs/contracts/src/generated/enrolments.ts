import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateEnrolmentRequest as _siapkerja_training_v1_CreateEnrolmentRequest, CreateEnrolmentRequest__Output as _siapkerja_training_v1_CreateEnrolmentRequest__Output } from './siapkerja/training/v1/CreateEnrolmentRequest';
import type { Enrolment as _siapkerja_training_v1_Enrolment, Enrolment__Output as _siapkerja_training_v1_Enrolment__Output } from './siapkerja/training/v1/Enrolment';
import type { EnrolmentTransition as _siapkerja_training_v1_EnrolmentTransition, EnrolmentTransition__Output as _siapkerja_training_v1_EnrolmentTransition__Output } from './siapkerja/training/v1/EnrolmentTransition';
import type { GetEnrolmentRequest as _siapkerja_training_v1_GetEnrolmentRequest, GetEnrolmentRequest__Output as _siapkerja_training_v1_GetEnrolmentRequest__Output } from './siapkerja/training/v1/GetEnrolmentRequest';
import type { ListEnrolmentsRequest as _siapkerja_training_v1_ListEnrolmentsRequest, ListEnrolmentsRequest__Output as _siapkerja_training_v1_ListEnrolmentsRequest__Output } from './siapkerja/training/v1/ListEnrolmentsRequest';
import type { ListEnrolmentsResponse as _siapkerja_training_v1_ListEnrolmentsResponse, ListEnrolmentsResponse__Output as _siapkerja_training_v1_ListEnrolmentsResponse__Output } from './siapkerja/training/v1/ListEnrolmentsResponse';
import type { TransitionEnrolmentRequest as _siapkerja_training_v1_TransitionEnrolmentRequest, TransitionEnrolmentRequest__Output as _siapkerja_training_v1_TransitionEnrolmentRequest__Output } from './siapkerja/training/v1/TransitionEnrolmentRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    training: {
      v1: {
        CreateEnrolmentRequest: MessageTypeDefinition<_siapkerja_training_v1_CreateEnrolmentRequest, _siapkerja_training_v1_CreateEnrolmentRequest__Output>
        Enrolment: MessageTypeDefinition<_siapkerja_training_v1_Enrolment, _siapkerja_training_v1_Enrolment__Output>
        EnrolmentState: EnumTypeDefinition
        EnrolmentTransition: MessageTypeDefinition<_siapkerja_training_v1_EnrolmentTransition, _siapkerja_training_v1_EnrolmentTransition__Output>
        GetEnrolmentRequest: MessageTypeDefinition<_siapkerja_training_v1_GetEnrolmentRequest, _siapkerja_training_v1_GetEnrolmentRequest__Output>
        ListEnrolmentsRequest: MessageTypeDefinition<_siapkerja_training_v1_ListEnrolmentsRequest, _siapkerja_training_v1_ListEnrolmentsRequest__Output>
        ListEnrolmentsResponse: MessageTypeDefinition<_siapkerja_training_v1_ListEnrolmentsResponse, _siapkerja_training_v1_ListEnrolmentsResponse__Output>
        TransitionEnrolmentRequest: MessageTypeDefinition<_siapkerja_training_v1_TransitionEnrolmentRequest, _siapkerja_training_v1_TransitionEnrolmentRequest__Output>
      }
    }
  }
}

