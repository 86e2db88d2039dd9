import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AttendanceMark as _siapkerja_training_v1_AttendanceMark, AttendanceMark__Output as _siapkerja_training_v1_AttendanceMark__Output } from './siapkerja/training/v1/AttendanceMark';
import type { CreateEnrolmentRequest as _siapkerja_training_v1_CreateEnrolmentRequest, CreateEnrolmentRequest__Output as _siapkerja_training_v1_CreateEnrolmentRequest__Output } from './siapkerja/training/v1/CreateEnrolmentRequest';
import type { Enrolment as _siapkerja_training_v1_Enrolment, Enrolment__Output as _siapkerja_training_v1_Enrolment__Output } from './siapkerja/training/v1/Enrolment';
import type { EnrolmentTransition as _siapkerja_training_v1_EnrolmentTransition, EnrolmentTransition__Output as _siapkerja_training_v1_EnrolmentTransition__Output } from './siapkerja/training/v1/EnrolmentTransition';
import type { GetEnrolmentRequest as _siapkerja_training_v1_GetEnrolmentRequest, GetEnrolmentRequest__Output as _siapkerja_training_v1_GetEnrolmentRequest__Output } from './siapkerja/training/v1/GetEnrolmentRequest';
import type { ListEnrolmentsRequest as _siapkerja_training_v1_ListEnrolmentsRequest, ListEnrolmentsRequest__Output as _siapkerja_training_v1_ListEnrolmentsRequest__Output } from './siapkerja/training/v1/ListEnrolmentsRequest';
import type { ListEnrolmentsResponse as _siapkerja_training_v1_ListEnrolmentsResponse, ListEnrolmentsResponse__Output as _siapkerja_training_v1_ListEnrolmentsResponse__Output } from './siapkerja/training/v1/ListEnrolmentsResponse';
import type { ListMyEnrolmentsRequest as _siapkerja_training_v1_ListMyEnrolmentsRequest, ListMyEnrolmentsRequest__Output as _siapkerja_training_v1_ListMyEnrolmentsRequest__Output } from './siapkerja/training/v1/ListMyEnrolmentsRequest';
import type { ListMyTrainingHistoryRequest as _siapkerja_training_v1_ListMyTrainingHistoryRequest, ListMyTrainingHistoryRequest__Output as _siapkerja_training_v1_ListMyTrainingHistoryRequest__Output } from './siapkerja/training/v1/ListMyTrainingHistoryRequest';
import type { ListMyTrainingHistoryResponse as _siapkerja_training_v1_ListMyTrainingHistoryResponse, ListMyTrainingHistoryResponse__Output as _siapkerja_training_v1_ListMyTrainingHistoryResponse__Output } from './siapkerja/training/v1/ListMyTrainingHistoryResponse';
import type { RecordAttendanceRequest as _siapkerja_training_v1_RecordAttendanceRequest, RecordAttendanceRequest__Output as _siapkerja_training_v1_RecordAttendanceRequest__Output } from './siapkerja/training/v1/RecordAttendanceRequest';
import type { RecordAttendanceResponse as _siapkerja_training_v1_RecordAttendanceResponse, RecordAttendanceResponse__Output as _siapkerja_training_v1_RecordAttendanceResponse__Output } from './siapkerja/training/v1/RecordAttendanceResponse';
import type { RecordOutcomeRequest as _siapkerja_training_v1_RecordOutcomeRequest, RecordOutcomeRequest__Output as _siapkerja_training_v1_RecordOutcomeRequest__Output } from './siapkerja/training/v1/RecordOutcomeRequest';
import type { RecordSelectionScoresRequest as _siapkerja_training_v1_RecordSelectionScoresRequest, RecordSelectionScoresRequest__Output as _siapkerja_training_v1_RecordSelectionScoresRequest__Output } from './siapkerja/training/v1/RecordSelectionScoresRequest';
import type { TrainingHistoryEntry as _siapkerja_training_v1_TrainingHistoryEntry, TrainingHistoryEntry__Output as _siapkerja_training_v1_TrainingHistoryEntry__Output } from './siapkerja/training/v1/TrainingHistoryEntry';
import type { TransitionEnrolmentRequest as _siapkerja_training_v1_TransitionEnrolmentRequest, TransitionEnrolmentRequest__Output as _siapkerja_training_v1_TransitionEnrolmentRequest__Output } from './siapkerja/training/v1/TransitionEnrolmentRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    training: {
      v1: {
        AttendanceMark: MessageTypeDefinition<_siapkerja_training_v1_AttendanceMark, _siapkerja_training_v1_AttendanceMark__Output>
        CreateEnrolmentRequest: MessageTypeDefinition<_siapkerja_training_v1_CreateEnrolmentRequest, _siapkerja_training_v1_CreateEnrolmentRequest__Output>
        Enrolment: MessageTypeDefinition<_siapkerja_training_v1_Enrolment, _siapkerja_training_v1_Enrolment__Output>
        EnrolmentState: EnumTypeDefinition
        EnrolmentTransition: MessageTypeDefinition<_siapkerja_training_v1_EnrolmentTransition, _siapkerja_training_v1_EnrolmentTransition__Output>
        GetEnrolmentRequest: MessageTypeDefinition<_siapkerja_training_v1_GetEnrolmentRequest, _siapkerja_training_v1_GetEnrolmentRequest__Output>
        ListEnrolmentsRequest: MessageTypeDefinition<_siapkerja_training_v1_ListEnrolmentsRequest, _siapkerja_training_v1_ListEnrolmentsRequest__Output>
        ListEnrolmentsResponse: MessageTypeDefinition<_siapkerja_training_v1_ListEnrolmentsResponse, _siapkerja_training_v1_ListEnrolmentsResponse__Output>
        ListMyEnrolmentsRequest: MessageTypeDefinition<_siapkerja_training_v1_ListMyEnrolmentsRequest, _siapkerja_training_v1_ListMyEnrolmentsRequest__Output>
        ListMyTrainingHistoryRequest: MessageTypeDefinition<_siapkerja_training_v1_ListMyTrainingHistoryRequest, _siapkerja_training_v1_ListMyTrainingHistoryRequest__Output>
        ListMyTrainingHistoryResponse: MessageTypeDefinition<_siapkerja_training_v1_ListMyTrainingHistoryResponse, _siapkerja_training_v1_ListMyTrainingHistoryResponse__Output>
        RecordAttendanceRequest: MessageTypeDefinition<_siapkerja_training_v1_RecordAttendanceRequest, _siapkerja_training_v1_RecordAttendanceRequest__Output>
        RecordAttendanceResponse: MessageTypeDefinition<_siapkerja_training_v1_RecordAttendanceResponse, _siapkerja_training_v1_RecordAttendanceResponse__Output>
        RecordOutcomeRequest: MessageTypeDefinition<_siapkerja_training_v1_RecordOutcomeRequest, _siapkerja_training_v1_RecordOutcomeRequest__Output>
        RecordSelectionScoresRequest: MessageTypeDefinition<_siapkerja_training_v1_RecordSelectionScoresRequest, _siapkerja_training_v1_RecordSelectionScoresRequest__Output>
        TrainingHistoryEntry: MessageTypeDefinition<_siapkerja_training_v1_TrainingHistoryEntry, _siapkerja_training_v1_TrainingHistoryEntry__Output>
        TransitionEnrolmentRequest: MessageTypeDefinition<_siapkerja_training_v1_TransitionEnrolmentRequest, _siapkerja_training_v1_TransitionEnrolmentRequest__Output>
      }
    }
  }
}

