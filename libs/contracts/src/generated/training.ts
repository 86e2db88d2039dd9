import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { DescriptorProto as _google_protobuf_DescriptorProto, DescriptorProto__Output as _google_protobuf_DescriptorProto__Output } from './google/protobuf/DescriptorProto';
import type { EnumDescriptorProto as _google_protobuf_EnumDescriptorProto, EnumDescriptorProto__Output as _google_protobuf_EnumDescriptorProto__Output } from './google/protobuf/EnumDescriptorProto';
import type { EnumOptions as _google_protobuf_EnumOptions, EnumOptions__Output as _google_protobuf_EnumOptions__Output } from './google/protobuf/EnumOptions';
import type { EnumValueDescriptorProto as _google_protobuf_EnumValueDescriptorProto, EnumValueDescriptorProto__Output as _google_protobuf_EnumValueDescriptorProto__Output } from './google/protobuf/EnumValueDescriptorProto';
import type { EnumValueOptions as _google_protobuf_EnumValueOptions, EnumValueOptions__Output as _google_protobuf_EnumValueOptions__Output } from './google/protobuf/EnumValueOptions';
import type { ExtensionRangeOptions as _google_protobuf_ExtensionRangeOptions, ExtensionRangeOptions__Output as _google_protobuf_ExtensionRangeOptions__Output } from './google/protobuf/ExtensionRangeOptions';
import type { FeatureSet as _google_protobuf_FeatureSet, FeatureSet__Output as _google_protobuf_FeatureSet__Output } from './google/protobuf/FeatureSet';
import type { FeatureSetDefaults as _google_protobuf_FeatureSetDefaults, FeatureSetDefaults__Output as _google_protobuf_FeatureSetDefaults__Output } from './google/protobuf/FeatureSetDefaults';
import type { FieldDescriptorProto as _google_protobuf_FieldDescriptorProto, FieldDescriptorProto__Output as _google_protobuf_FieldDescriptorProto__Output } from './google/protobuf/FieldDescriptorProto';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from './google/protobuf/FieldMask';
import type { FieldOptions as _google_protobuf_FieldOptions, FieldOptions__Output as _google_protobuf_FieldOptions__Output } from './google/protobuf/FieldOptions';
import type { FileDescriptorProto as _google_protobuf_FileDescriptorProto, FileDescriptorProto__Output as _google_protobuf_FileDescriptorProto__Output } from './google/protobuf/FileDescriptorProto';
import type { FileDescriptorSet as _google_protobuf_FileDescriptorSet, FileDescriptorSet__Output as _google_protobuf_FileDescriptorSet__Output } from './google/protobuf/FileDescriptorSet';
import type { FileOptions as _google_protobuf_FileOptions, FileOptions__Output as _google_protobuf_FileOptions__Output } from './google/protobuf/FileOptions';
import type { GeneratedCodeInfo as _google_protobuf_GeneratedCodeInfo, GeneratedCodeInfo__Output as _google_protobuf_GeneratedCodeInfo__Output } from './google/protobuf/GeneratedCodeInfo';
import type { MessageOptions as _google_protobuf_MessageOptions, MessageOptions__Output as _google_protobuf_MessageOptions__Output } from './google/protobuf/MessageOptions';
import type { MethodDescriptorProto as _google_protobuf_MethodDescriptorProto, MethodDescriptorProto__Output as _google_protobuf_MethodDescriptorProto__Output } from './google/protobuf/MethodDescriptorProto';
import type { MethodOptions as _google_protobuf_MethodOptions, MethodOptions__Output as _google_protobuf_MethodOptions__Output } from './google/protobuf/MethodOptions';
import type { OneofDescriptorProto as _google_protobuf_OneofDescriptorProto, OneofDescriptorProto__Output as _google_protobuf_OneofDescriptorProto__Output } from './google/protobuf/OneofDescriptorProto';
import type { OneofOptions as _google_protobuf_OneofOptions, OneofOptions__Output as _google_protobuf_OneofOptions__Output } from './google/protobuf/OneofOptions';
import type { ServiceDescriptorProto as _google_protobuf_ServiceDescriptorProto, ServiceDescriptorProto__Output as _google_protobuf_ServiceDescriptorProto__Output } from './google/protobuf/ServiceDescriptorProto';
import type { ServiceOptions as _google_protobuf_ServiceOptions, ServiceOptions__Output as _google_protobuf_ServiceOptions__Output } from './google/protobuf/ServiceOptions';
import type { SourceCodeInfo as _google_protobuf_SourceCodeInfo, SourceCodeInfo__Output as _google_protobuf_SourceCodeInfo__Output } from './google/protobuf/SourceCodeInfo';
import type { UninterpretedOption as _google_protobuf_UninterpretedOption, UninterpretedOption__Output as _google_protobuf_UninterpretedOption__Output } from './google/protobuf/UninterpretedOption';
import type { Input as _siapkerja_rest_v1_Input, Input__Output as _siapkerja_rest_v1_Input__Output } from './siapkerja/rest/v1/Input';
import type { InputFieldDoc as _siapkerja_rest_v1_InputFieldDoc, InputFieldDoc__Output as _siapkerja_rest_v1_InputFieldDoc__Output } from './siapkerja/rest/v1/InputFieldDoc';
import type { Route as _siapkerja_rest_v1_Route, Route__Output as _siapkerja_rest_v1_Route__Output } from './siapkerja/rest/v1/Route';
import type { Rules as _siapkerja_rest_v1_Rules, Rules__Output as _siapkerja_rest_v1_Rules__Output } from './siapkerja/rest/v1/Rules';
import type { ServiceRoutes as _siapkerja_rest_v1_ServiceRoutes, ServiceRoutes__Output as _siapkerja_rest_v1_ServiceRoutes__Output } from './siapkerja/rest/v1/ServiceRoutes';
import type { View as _siapkerja_rest_v1_View, View__Output as _siapkerja_rest_v1_View__Output } from './siapkerja/rest/v1/View';
import type { ViewField as _siapkerja_rest_v1_ViewField, ViewField__Output as _siapkerja_rest_v1_ViewField__Output } from './siapkerja/rest/v1/ViewField';
import type { Accreditation as _siapkerja_training_v1_Accreditation, Accreditation__Output as _siapkerja_training_v1_Accreditation__Output } from './siapkerja/training/v1/Accreditation';
import type { ApplyImportBatchRequest as _siapkerja_training_v1_ApplyImportBatchRequest, ApplyImportBatchRequest__Output as _siapkerja_training_v1_ApplyImportBatchRequest__Output } from './siapkerja/training/v1/ApplyImportBatchRequest';
import type { ApplyImportBatchResponse as _siapkerja_training_v1_ApplyImportBatchResponse, ApplyImportBatchResponse__Output as _siapkerja_training_v1_ApplyImportBatchResponse__Output } from './siapkerja/training/v1/ApplyImportBatchResponse';
import type { AttendanceMark as _siapkerja_training_v1_AttendanceMark, AttendanceMark__Output as _siapkerja_training_v1_AttendanceMark__Output } from './siapkerja/training/v1/AttendanceMark';
import type { Batch as _siapkerja_training_v1_Batch, Batch__Output as _siapkerja_training_v1_Batch__Output } from './siapkerja/training/v1/Batch';
import type { BatchSession as _siapkerja_training_v1_BatchSession, BatchSession__Output as _siapkerja_training_v1_BatchSession__Output } from './siapkerja/training/v1/BatchSession';
import type { CreateBatchRequest as _siapkerja_training_v1_CreateBatchRequest, CreateBatchRequest__Output as _siapkerja_training_v1_CreateBatchRequest__Output } from './siapkerja/training/v1/CreateBatchRequest';
import type { CreateEnrolmentRequest as _siapkerja_training_v1_CreateEnrolmentRequest, CreateEnrolmentRequest__Output as _siapkerja_training_v1_CreateEnrolmentRequest__Output } from './siapkerja/training/v1/CreateEnrolmentRequest';
import type { CreateProgramRequest as _siapkerja_training_v1_CreateProgramRequest, CreateProgramRequest__Output as _siapkerja_training_v1_CreateProgramRequest__Output } from './siapkerja/training/v1/CreateProgramRequest';
import type { CreateTrainingProviderRequest as _siapkerja_training_v1_CreateTrainingProviderRequest, CreateTrainingProviderRequest__Output as _siapkerja_training_v1_CreateTrainingProviderRequest__Output } from './siapkerja/training/v1/CreateTrainingProviderRequest';
import type { EligibilityRules as _siapkerja_training_v1_EligibilityRules, EligibilityRules__Output as _siapkerja_training_v1_EligibilityRules__Output } from './siapkerja/training/v1/EligibilityRules';
import type { Enrolment as _siapkerja_training_v1_Enrolment, Enrolment__Output as _siapkerja_training_v1_Enrolment__Output } from './siapkerja/training/v1/Enrolment';
import type { EnrolmentTransition as _siapkerja_training_v1_EnrolmentTransition, EnrolmentTransition__Output as _siapkerja_training_v1_EnrolmentTransition__Output } from './siapkerja/training/v1/EnrolmentTransition';
import type { ExportPersonDataRequest as _siapkerja_training_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_training_v1_ExportPersonDataRequest__Output } from './siapkerja/training/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_training_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_training_v1_ExportPersonDataResponse__Output } from './siapkerja/training/v1/ExportPersonDataResponse';
import type { GetBatchRequest as _siapkerja_training_v1_GetBatchRequest, GetBatchRequest__Output as _siapkerja_training_v1_GetBatchRequest__Output } from './siapkerja/training/v1/GetBatchRequest';
import type { GetEnrolmentRequest as _siapkerja_training_v1_GetEnrolmentRequest, GetEnrolmentRequest__Output as _siapkerja_training_v1_GetEnrolmentRequest__Output } from './siapkerja/training/v1/GetEnrolmentRequest';
import type { GetProgramRequest as _siapkerja_training_v1_GetProgramRequest, GetProgramRequest__Output as _siapkerja_training_v1_GetProgramRequest__Output } from './siapkerja/training/v1/GetProgramRequest';
import type { GetTrainingProviderRequest as _siapkerja_training_v1_GetTrainingProviderRequest, GetTrainingProviderRequest__Output as _siapkerja_training_v1_GetTrainingProviderRequest__Output } from './siapkerja/training/v1/GetTrainingProviderRequest';
import type { ImportReceipt as _siapkerja_training_v1_ImportReceipt, ImportReceipt__Output as _siapkerja_training_v1_ImportReceipt__Output } from './siapkerja/training/v1/ImportReceipt';
import type { ImportRecord as _siapkerja_training_v1_ImportRecord, ImportRecord__Output as _siapkerja_training_v1_ImportRecord__Output } from './siapkerja/training/v1/ImportRecord';
import type { ListBatchesRequest as _siapkerja_training_v1_ListBatchesRequest, ListBatchesRequest__Output as _siapkerja_training_v1_ListBatchesRequest__Output } from './siapkerja/training/v1/ListBatchesRequest';
import type { ListBatchesResponse as _siapkerja_training_v1_ListBatchesResponse, ListBatchesResponse__Output as _siapkerja_training_v1_ListBatchesResponse__Output } from './siapkerja/training/v1/ListBatchesResponse';
import type { ListEnrolmentsRequest as _siapkerja_training_v1_ListEnrolmentsRequest, ListEnrolmentsRequest__Output as _siapkerja_training_v1_ListEnrolmentsRequest__Output } from './siapkerja/training/v1/ListEnrolmentsRequest';
import type { ListEnrolmentsResponse as _siapkerja_training_v1_ListEnrolmentsResponse, ListEnrolmentsResponse__Output as _siapkerja_training_v1_ListEnrolmentsResponse__Output } from './siapkerja/training/v1/ListEnrolmentsResponse';
import type { ListMyEnrolmentsRequest as _siapkerja_training_v1_ListMyEnrolmentsRequest, ListMyEnrolmentsRequest__Output as _siapkerja_training_v1_ListMyEnrolmentsRequest__Output } from './siapkerja/training/v1/ListMyEnrolmentsRequest';
import type { ListMyTrainingHistoryRequest as _siapkerja_training_v1_ListMyTrainingHistoryRequest, ListMyTrainingHistoryRequest__Output as _siapkerja_training_v1_ListMyTrainingHistoryRequest__Output } from './siapkerja/training/v1/ListMyTrainingHistoryRequest';
import type { ListMyTrainingHistoryResponse as _siapkerja_training_v1_ListMyTrainingHistoryResponse, ListMyTrainingHistoryResponse__Output as _siapkerja_training_v1_ListMyTrainingHistoryResponse__Output } from './siapkerja/training/v1/ListMyTrainingHistoryResponse';
import type { ListProgramsRequest as _siapkerja_training_v1_ListProgramsRequest, ListProgramsRequest__Output as _siapkerja_training_v1_ListProgramsRequest__Output } from './siapkerja/training/v1/ListProgramsRequest';
import type { ListProgramsResponse as _siapkerja_training_v1_ListProgramsResponse, ListProgramsResponse__Output as _siapkerja_training_v1_ListProgramsResponse__Output } from './siapkerja/training/v1/ListProgramsResponse';
import type { ListTrainingProvidersRequest as _siapkerja_training_v1_ListTrainingProvidersRequest, ListTrainingProvidersRequest__Output as _siapkerja_training_v1_ListTrainingProvidersRequest__Output } from './siapkerja/training/v1/ListTrainingProvidersRequest';
import type { ListTrainingProvidersResponse as _siapkerja_training_v1_ListTrainingProvidersResponse, ListTrainingProvidersResponse__Output as _siapkerja_training_v1_ListTrainingProvidersResponse__Output } from './siapkerja/training/v1/ListTrainingProvidersResponse';
import type { Program as _siapkerja_training_v1_Program, Program__Output as _siapkerja_training_v1_Program__Output } from './siapkerja/training/v1/Program';
import type { ProviderContact as _siapkerja_training_v1_ProviderContact, ProviderContact__Output as _siapkerja_training_v1_ProviderContact__Output } from './siapkerja/training/v1/ProviderContact';
import type { PublishProgramRequest as _siapkerja_training_v1_PublishProgramRequest, PublishProgramRequest__Output as _siapkerja_training_v1_PublishProgramRequest__Output } from './siapkerja/training/v1/PublishProgramRequest';
import type { RecordAttendanceRequest as _siapkerja_training_v1_RecordAttendanceRequest, RecordAttendanceRequest__Output as _siapkerja_training_v1_RecordAttendanceRequest__Output } from './siapkerja/training/v1/RecordAttendanceRequest';
import type { RecordAttendanceResponse as _siapkerja_training_v1_RecordAttendanceResponse, RecordAttendanceResponse__Output as _siapkerja_training_v1_RecordAttendanceResponse__Output } from './siapkerja/training/v1/RecordAttendanceResponse';
import type { RecordOutcomeRequest as _siapkerja_training_v1_RecordOutcomeRequest, RecordOutcomeRequest__Output as _siapkerja_training_v1_RecordOutcomeRequest__Output } from './siapkerja/training/v1/RecordOutcomeRequest';
import type { RecordSelectionScoresRequest as _siapkerja_training_v1_RecordSelectionScoresRequest, RecordSelectionScoresRequest__Output as _siapkerja_training_v1_RecordSelectionScoresRequest__Output } from './siapkerja/training/v1/RecordSelectionScoresRequest';
import type { TrainingHistoryEntry as _siapkerja_training_v1_TrainingHistoryEntry, TrainingHistoryEntry__Output as _siapkerja_training_v1_TrainingHistoryEntry__Output } from './siapkerja/training/v1/TrainingHistoryEntry';
import type { TrainingProvider as _siapkerja_training_v1_TrainingProvider, TrainingProvider__Output as _siapkerja_training_v1_TrainingProvider__Output } from './siapkerja/training/v1/TrainingProvider';
import type { TrainingServiceClient as _siapkerja_training_v1_TrainingServiceClient, TrainingServiceDefinition as _siapkerja_training_v1_TrainingServiceDefinition } from './siapkerja/training/v1/TrainingService';
import type { TransitionBatchRequest as _siapkerja_training_v1_TransitionBatchRequest, TransitionBatchRequest__Output as _siapkerja_training_v1_TransitionBatchRequest__Output } from './siapkerja/training/v1/TransitionBatchRequest';
import type { TransitionEnrolmentRequest as _siapkerja_training_v1_TransitionEnrolmentRequest, TransitionEnrolmentRequest__Output as _siapkerja_training_v1_TransitionEnrolmentRequest__Output } from './siapkerja/training/v1/TransitionEnrolmentRequest';
import type { UpdateProgramRequest as _siapkerja_training_v1_UpdateProgramRequest, UpdateProgramRequest__Output as _siapkerja_training_v1_UpdateProgramRequest__Output } from './siapkerja/training/v1/UpdateProgramRequest';
import type { VerifyTrainingProviderRequest as _siapkerja_training_v1_VerifyTrainingProviderRequest, VerifyTrainingProviderRequest__Output as _siapkerja_training_v1_VerifyTrainingProviderRequest__Output } from './siapkerja/training/v1/VerifyTrainingProviderRequest';
import type { WithdrawProgramRequest as _siapkerja_training_v1_WithdrawProgramRequest, WithdrawProgramRequest__Output as _siapkerja_training_v1_WithdrawProgramRequest__Output } from './siapkerja/training/v1/WithdrawProgramRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      DescriptorProto: MessageTypeDefinition<_google_protobuf_DescriptorProto, _google_protobuf_DescriptorProto__Output>
      Edition: EnumTypeDefinition
      EnumDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumDescriptorProto, _google_protobuf_EnumDescriptorProto__Output>
      EnumOptions: MessageTypeDefinition<_google_protobuf_EnumOptions, _google_protobuf_EnumOptions__Output>
      EnumValueDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumValueDescriptorProto, _google_protobuf_EnumValueDescriptorProto__Output>
      EnumValueOptions: MessageTypeDefinition<_google_protobuf_EnumValueOptions, _google_protobuf_EnumValueOptions__Output>
      ExtensionRangeOptions: MessageTypeDefinition<_google_protobuf_ExtensionRangeOptions, _google_protobuf_ExtensionRangeOptions__Output>
      FeatureSet: MessageTypeDefinition<_google_protobuf_FeatureSet, _google_protobuf_FeatureSet__Output>
      FeatureSetDefaults: MessageTypeDefinition<_google_protobuf_FeatureSetDefaults, _google_protobuf_FeatureSetDefaults__Output>
      FieldDescriptorProto: MessageTypeDefinition<_google_protobuf_FieldDescriptorProto, _google_protobuf_FieldDescriptorProto__Output>
      FieldMask: MessageTypeDefinition<_google_protobuf_FieldMask, _google_protobuf_FieldMask__Output>
      FieldOptions: MessageTypeDefinition<_google_protobuf_FieldOptions, _google_protobuf_FieldOptions__Output>
      FileDescriptorProto: MessageTypeDefinition<_google_protobuf_FileDescriptorProto, _google_protobuf_FileDescriptorProto__Output>
      FileDescriptorSet: MessageTypeDefinition<_google_protobuf_FileDescriptorSet, _google_protobuf_FileDescriptorSet__Output>
      FileOptions: MessageTypeDefinition<_google_protobuf_FileOptions, _google_protobuf_FileOptions__Output>
      GeneratedCodeInfo: MessageTypeDefinition<_google_protobuf_GeneratedCodeInfo, _google_protobuf_GeneratedCodeInfo__Output>
      MessageOptions: MessageTypeDefinition<_google_protobuf_MessageOptions, _google_protobuf_MessageOptions__Output>
      MethodDescriptorProto: MessageTypeDefinition<_google_protobuf_MethodDescriptorProto, _google_protobuf_MethodDescriptorProto__Output>
      MethodOptions: MessageTypeDefinition<_google_protobuf_MethodOptions, _google_protobuf_MethodOptions__Output>
      OneofDescriptorProto: MessageTypeDefinition<_google_protobuf_OneofDescriptorProto, _google_protobuf_OneofDescriptorProto__Output>
      OneofOptions: MessageTypeDefinition<_google_protobuf_OneofOptions, _google_protobuf_OneofOptions__Output>
      ServiceDescriptorProto: MessageTypeDefinition<_google_protobuf_ServiceDescriptorProto, _google_protobuf_ServiceDescriptorProto__Output>
      ServiceOptions: MessageTypeDefinition<_google_protobuf_ServiceOptions, _google_protobuf_ServiceOptions__Output>
      SourceCodeInfo: MessageTypeDefinition<_google_protobuf_SourceCodeInfo, _google_protobuf_SourceCodeInfo__Output>
      SymbolVisibility: EnumTypeDefinition
      UninterpretedOption: MessageTypeDefinition<_google_protobuf_UninterpretedOption, _google_protobuf_UninterpretedOption__Output>
    }
  }
  siapkerja: {
    rest: {
      v1: {
        Input: MessageTypeDefinition<_siapkerja_rest_v1_Input, _siapkerja_rest_v1_Input__Output>
        InputFieldDoc: MessageTypeDefinition<_siapkerja_rest_v1_InputFieldDoc, _siapkerja_rest_v1_InputFieldDoc__Output>
        Route: MessageTypeDefinition<_siapkerja_rest_v1_Route, _siapkerja_rest_v1_Route__Output>
        Rules: MessageTypeDefinition<_siapkerja_rest_v1_Rules, _siapkerja_rest_v1_Rules__Output>
        ServiceRoutes: MessageTypeDefinition<_siapkerja_rest_v1_ServiceRoutes, _siapkerja_rest_v1_ServiceRoutes__Output>
        View: MessageTypeDefinition<_siapkerja_rest_v1_View, _siapkerja_rest_v1_View__Output>
        ViewField: MessageTypeDefinition<_siapkerja_rest_v1_ViewField, _siapkerja_rest_v1_ViewField__Output>
      }
    }
    training: {
      v1: {
        Accreditation: MessageTypeDefinition<_siapkerja_training_v1_Accreditation, _siapkerja_training_v1_Accreditation__Output>
        ApplyImportBatchRequest: MessageTypeDefinition<_siapkerja_training_v1_ApplyImportBatchRequest, _siapkerja_training_v1_ApplyImportBatchRequest__Output>
        ApplyImportBatchResponse: MessageTypeDefinition<_siapkerja_training_v1_ApplyImportBatchResponse, _siapkerja_training_v1_ApplyImportBatchResponse__Output>
        AttendanceMark: MessageTypeDefinition<_siapkerja_training_v1_AttendanceMark, _siapkerja_training_v1_AttendanceMark__Output>
        Batch: MessageTypeDefinition<_siapkerja_training_v1_Batch, _siapkerja_training_v1_Batch__Output>
        BatchMode: EnumTypeDefinition
        BatchSession: MessageTypeDefinition<_siapkerja_training_v1_BatchSession, _siapkerja_training_v1_BatchSession__Output>
        BatchState: EnumTypeDefinition
        CreateBatchRequest: MessageTypeDefinition<_siapkerja_training_v1_CreateBatchRequest, _siapkerja_training_v1_CreateBatchRequest__Output>
        CreateEnrolmentRequest: MessageTypeDefinition<_siapkerja_training_v1_CreateEnrolmentRequest, _siapkerja_training_v1_CreateEnrolmentRequest__Output>
        CreateProgramRequest: MessageTypeDefinition<_siapkerja_training_v1_CreateProgramRequest, _siapkerja_training_v1_CreateProgramRequest__Output>
        CreateTrainingProviderRequest: MessageTypeDefinition<_siapkerja_training_v1_CreateTrainingProviderRequest, _siapkerja_training_v1_CreateTrainingProviderRequest__Output>
        EligibilityRules: MessageTypeDefinition<_siapkerja_training_v1_EligibilityRules, _siapkerja_training_v1_EligibilityRules__Output>
        Enrolment: MessageTypeDefinition<_siapkerja_training_v1_Enrolment, _siapkerja_training_v1_Enrolment__Output>
        EnrolmentState: EnumTypeDefinition
        EnrolmentTransition: MessageTypeDefinition<_siapkerja_training_v1_EnrolmentTransition, _siapkerja_training_v1_EnrolmentTransition__Output>
        ExportPersonDataRequest: MessageTypeDefinition<_siapkerja_training_v1_ExportPersonDataRequest, _siapkerja_training_v1_ExportPersonDataRequest__Output>
        ExportPersonDataResponse: MessageTypeDefinition<_siapkerja_training_v1_ExportPersonDataResponse, _siapkerja_training_v1_ExportPersonDataResponse__Output>
        GetBatchRequest: MessageTypeDefinition<_siapkerja_training_v1_GetBatchRequest, _siapkerja_training_v1_GetBatchRequest__Output>
        GetEnrolmentRequest: MessageTypeDefinition<_siapkerja_training_v1_GetEnrolmentRequest, _siapkerja_training_v1_GetEnrolmentRequest__Output>
        GetProgramRequest: MessageTypeDefinition<_siapkerja_training_v1_GetProgramRequest, _siapkerja_training_v1_GetProgramRequest__Output>
        GetTrainingProviderRequest: MessageTypeDefinition<_siapkerja_training_v1_GetTrainingProviderRequest, _siapkerja_training_v1_GetTrainingProviderRequest__Output>
        ImportReceipt: MessageTypeDefinition<_siapkerja_training_v1_ImportReceipt, _siapkerja_training_v1_ImportReceipt__Output>
        ImportRecord: MessageTypeDefinition<_siapkerja_training_v1_ImportRecord, _siapkerja_training_v1_ImportRecord__Output>
        ListBatchesRequest: MessageTypeDefinition<_siapkerja_training_v1_ListBatchesRequest, _siapkerja_training_v1_ListBatchesRequest__Output>
        ListBatchesResponse: MessageTypeDefinition<_siapkerja_training_v1_ListBatchesResponse, _siapkerja_training_v1_ListBatchesResponse__Output>
        ListEnrolmentsRequest: MessageTypeDefinition<_siapkerja_training_v1_ListEnrolmentsRequest, _siapkerja_training_v1_ListEnrolmentsRequest__Output>
        ListEnrolmentsResponse: MessageTypeDefinition<_siapkerja_training_v1_ListEnrolmentsResponse, _siapkerja_training_v1_ListEnrolmentsResponse__Output>
        ListMyEnrolmentsRequest: MessageTypeDefinition<_siapkerja_training_v1_ListMyEnrolmentsRequest, _siapkerja_training_v1_ListMyEnrolmentsRequest__Output>
        ListMyTrainingHistoryRequest: MessageTypeDefinition<_siapkerja_training_v1_ListMyTrainingHistoryRequest, _siapkerja_training_v1_ListMyTrainingHistoryRequest__Output>
        ListMyTrainingHistoryResponse: MessageTypeDefinition<_siapkerja_training_v1_ListMyTrainingHistoryResponse, _siapkerja_training_v1_ListMyTrainingHistoryResponse__Output>
        ListProgramsRequest: MessageTypeDefinition<_siapkerja_training_v1_ListProgramsRequest, _siapkerja_training_v1_ListProgramsRequest__Output>
        ListProgramsResponse: MessageTypeDefinition<_siapkerja_training_v1_ListProgramsResponse, _siapkerja_training_v1_ListProgramsResponse__Output>
        ListTrainingProvidersRequest: MessageTypeDefinition<_siapkerja_training_v1_ListTrainingProvidersRequest, _siapkerja_training_v1_ListTrainingProvidersRequest__Output>
        ListTrainingProvidersResponse: MessageTypeDefinition<_siapkerja_training_v1_ListTrainingProvidersResponse, _siapkerja_training_v1_ListTrainingProvidersResponse__Output>
        Program: MessageTypeDefinition<_siapkerja_training_v1_Program, _siapkerja_training_v1_Program__Output>
        ProgramMode: EnumTypeDefinition
        ProgramState: EnumTypeDefinition
        ProviderContact: MessageTypeDefinition<_siapkerja_training_v1_ProviderContact, _siapkerja_training_v1_ProviderContact__Output>
        ProviderKind: EnumTypeDefinition
        PublishProgramRequest: MessageTypeDefinition<_siapkerja_training_v1_PublishProgramRequest, _siapkerja_training_v1_PublishProgramRequest__Output>
        RecordAttendanceRequest: MessageTypeDefinition<_siapkerja_training_v1_RecordAttendanceRequest, _siapkerja_training_v1_RecordAttendanceRequest__Output>
        RecordAttendanceResponse: MessageTypeDefinition<_siapkerja_training_v1_RecordAttendanceResponse, _siapkerja_training_v1_RecordAttendanceResponse__Output>
        RecordOutcomeRequest: MessageTypeDefinition<_siapkerja_training_v1_RecordOutcomeRequest, _siapkerja_training_v1_RecordOutcomeRequest__Output>
        RecordSelectionScoresRequest: MessageTypeDefinition<_siapkerja_training_v1_RecordSelectionScoresRequest, _siapkerja_training_v1_RecordSelectionScoresRequest__Output>
        Sex: EnumTypeDefinition
        TrainingHistoryEntry: MessageTypeDefinition<_siapkerja_training_v1_TrainingHistoryEntry, _siapkerja_training_v1_TrainingHistoryEntry__Output>
        TrainingProvider: MessageTypeDefinition<_siapkerja_training_v1_TrainingProvider, _siapkerja_training_v1_TrainingProvider__Output>
        TrainingService: SubtypeConstructor<typeof grpc.Client, _siapkerja_training_v1_TrainingServiceClient> & { service: _siapkerja_training_v1_TrainingServiceDefinition }
        TransitionBatchRequest: MessageTypeDefinition<_siapkerja_training_v1_TransitionBatchRequest, _siapkerja_training_v1_TransitionBatchRequest__Output>
        TransitionEnrolmentRequest: MessageTypeDefinition<_siapkerja_training_v1_TransitionEnrolmentRequest, _siapkerja_training_v1_TransitionEnrolmentRequest__Output>
        UpdateProgramRequest: MessageTypeDefinition<_siapkerja_training_v1_UpdateProgramRequest, _siapkerja_training_v1_UpdateProgramRequest__Output>
        VerifyTrainingProviderRequest: MessageTypeDefinition<_siapkerja_training_v1_VerifyTrainingProviderRequest, _siapkerja_training_v1_VerifyTrainingProviderRequest__Output>
        WithdrawProgramRequest: MessageTypeDefinition<_siapkerja_training_v1_WithdrawProgramRequest, _siapkerja_training_v1_WithdrawProgramRequest__Output>
      }
    }
  }
}

