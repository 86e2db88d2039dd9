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
import type { Ak1Card as _siapkerja_jobs_v1_Ak1Card, Ak1Card__Output as _siapkerja_jobs_v1_Ak1Card__Output } from './siapkerja/jobs/v1/Ak1Card';
import type { BatchGetJobSeekersRequest as _siapkerja_jobs_v1_BatchGetJobSeekersRequest, BatchGetJobSeekersRequest__Output as _siapkerja_jobs_v1_BatchGetJobSeekersRequest__Output } from './siapkerja/jobs/v1/BatchGetJobSeekersRequest';
import type { BatchGetJobSeekersResponse as _siapkerja_jobs_v1_BatchGetJobSeekersResponse, BatchGetJobSeekersResponse__Output as _siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output } from './siapkerja/jobs/v1/BatchGetJobSeekersResponse';
import type { GetJobSeekerRequest as _siapkerja_jobs_v1_GetJobSeekerRequest, GetJobSeekerRequest__Output as _siapkerja_jobs_v1_GetJobSeekerRequest__Output } from './siapkerja/jobs/v1/GetJobSeekerRequest';
import type { IssueAk1CardRequest as _siapkerja_jobs_v1_IssueAk1CardRequest, IssueAk1CardRequest__Output as _siapkerja_jobs_v1_IssueAk1CardRequest__Output } from './siapkerja/jobs/v1/IssueAk1CardRequest';
import type { JobSeeker as _siapkerja_jobs_v1_JobSeeker, JobSeeker__Output as _siapkerja_jobs_v1_JobSeeker__Output } from './siapkerja/jobs/v1/JobSeeker';
import type { JobSeekerAddress as _siapkerja_jobs_v1_JobSeekerAddress, JobSeekerAddress__Output as _siapkerja_jobs_v1_JobSeekerAddress__Output } from './siapkerja/jobs/v1/JobSeekerAddress';
import type { JobSeekerEducation as _siapkerja_jobs_v1_JobSeekerEducation, JobSeekerEducation__Output as _siapkerja_jobs_v1_JobSeekerEducation__Output } from './siapkerja/jobs/v1/JobSeekerEducation';
import type { JobSeekerExperience as _siapkerja_jobs_v1_JobSeekerExperience, JobSeekerExperience__Output as _siapkerja_jobs_v1_JobSeekerExperience__Output } from './siapkerja/jobs/v1/JobSeekerExperience';
import type { JobSeekerMatch as _siapkerja_jobs_v1_JobSeekerMatch, JobSeekerMatch__Output as _siapkerja_jobs_v1_JobSeekerMatch__Output } from './siapkerja/jobs/v1/JobSeekerMatch';
import type { ListJobSeekersRequest as _siapkerja_jobs_v1_ListJobSeekersRequest, ListJobSeekersRequest__Output as _siapkerja_jobs_v1_ListJobSeekersRequest__Output } from './siapkerja/jobs/v1/ListJobSeekersRequest';
import type { ListJobSeekersResponse as _siapkerja_jobs_v1_ListJobSeekersResponse, ListJobSeekersResponse__Output as _siapkerja_jobs_v1_ListJobSeekersResponse__Output } from './siapkerja/jobs/v1/ListJobSeekersResponse';
import type { MarkJobSeekerPlacedRequest as _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, MarkJobSeekerPlacedRequest__Output as _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest__Output } from './siapkerja/jobs/v1/MarkJobSeekerPlacedRequest';
import type { MatchComponent as _siapkerja_jobs_v1_MatchComponent, MatchComponent__Output as _siapkerja_jobs_v1_MatchComponent__Output } from './siapkerja/jobs/v1/MatchComponent';
import type { MatchExplanation as _siapkerja_jobs_v1_MatchExplanation, MatchExplanation__Output as _siapkerja_jobs_v1_MatchExplanation__Output } from './siapkerja/jobs/v1/MatchExplanation';
import type { MatchPage as _siapkerja_jobs_v1_MatchPage, MatchPage__Output as _siapkerja_jobs_v1_MatchPage__Output } from './siapkerja/jobs/v1/MatchPage';
import type { MatchRequest as _siapkerja_jobs_v1_MatchRequest, MatchRequest__Output as _siapkerja_jobs_v1_MatchRequest__Output } from './siapkerja/jobs/v1/MatchRequest';
import type { RegisterJobSeekerRequest as _siapkerja_jobs_v1_RegisterJobSeekerRequest, RegisterJobSeekerRequest__Output as _siapkerja_jobs_v1_RegisterJobSeekerRequest__Output } from './siapkerja/jobs/v1/RegisterJobSeekerRequest';
import type { RemoveJobSeekerRequest as _siapkerja_jobs_v1_RemoveJobSeekerRequest, RemoveJobSeekerRequest__Output as _siapkerja_jobs_v1_RemoveJobSeekerRequest__Output } from './siapkerja/jobs/v1/RemoveJobSeekerRequest';
import type { ReportJobSeekerRequest as _siapkerja_jobs_v1_ReportJobSeekerRequest, ReportJobSeekerRequest__Output as _siapkerja_jobs_v1_ReportJobSeekerRequest__Output } from './siapkerja/jobs/v1/ReportJobSeekerRequest';
import type { TrainingProgramRef as _siapkerja_jobs_v1_TrainingProgramRef, TrainingProgramRef__Output as _siapkerja_jobs_v1_TrainingProgramRef__Output } from './siapkerja/jobs/v1/TrainingProgramRef';
import type { VacancyMatch as _siapkerja_jobs_v1_VacancyMatch, VacancyMatch__Output as _siapkerja_jobs_v1_VacancyMatch__Output } from './siapkerja/jobs/v1/VacancyMatch';
import type { Input as _siapkerja_rest_v1_Input, Input__Output as _siapkerja_rest_v1_Input__Output } from './siapkerja/rest/v1/Input';
import type { InputFieldDoc as _siapkerja_rest_v1_InputFieldDoc, InputFieldDoc__Output as _siapkerja_rest_v1_InputFieldDoc__Output } from './siapkerja/rest/v1/InputFieldDoc';
import type { Route as _siapkerja_rest_v1_Route, Route__Output as _siapkerja_rest_v1_Route__Output } from './siapkerja/rest/v1/Route';
import type { Rules as _siapkerja_rest_v1_Rules, Rules__Output as _siapkerja_rest_v1_Rules__Output } from './siapkerja/rest/v1/Rules';
import type { ServiceRoutes as _siapkerja_rest_v1_ServiceRoutes, ServiceRoutes__Output as _siapkerja_rest_v1_ServiceRoutes__Output } from './siapkerja/rest/v1/ServiceRoutes';
import type { View as _siapkerja_rest_v1_View, View__Output as _siapkerja_rest_v1_View__Output } from './siapkerja/rest/v1/View';
import type { ViewField as _siapkerja_rest_v1_ViewField, ViewField__Output as _siapkerja_rest_v1_ViewField__Output } from './siapkerja/rest/v1/ViewField';

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
    jobs: {
      v1: {
        Ak1Card: MessageTypeDefinition<_siapkerja_jobs_v1_Ak1Card, _siapkerja_jobs_v1_Ak1Card__Output>
        BatchGetJobSeekersRequest: MessageTypeDefinition<_siapkerja_jobs_v1_BatchGetJobSeekersRequest, _siapkerja_jobs_v1_BatchGetJobSeekersRequest__Output>
        BatchGetJobSeekersResponse: MessageTypeDefinition<_siapkerja_jobs_v1_BatchGetJobSeekersResponse, _siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output>
        GetJobSeekerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetJobSeekerRequest, _siapkerja_jobs_v1_GetJobSeekerRequest__Output>
        IssueAk1CardRequest: MessageTypeDefinition<_siapkerja_jobs_v1_IssueAk1CardRequest, _siapkerja_jobs_v1_IssueAk1CardRequest__Output>
        JobSeeker: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeeker, _siapkerja_jobs_v1_JobSeeker__Output>
        JobSeekerAddress: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeekerAddress, _siapkerja_jobs_v1_JobSeekerAddress__Output>
        JobSeekerEducation: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeekerEducation, _siapkerja_jobs_v1_JobSeekerEducation__Output>
        JobSeekerExperience: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeekerExperience, _siapkerja_jobs_v1_JobSeekerExperience__Output>
        JobSeekerMatch: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeekerMatch, _siapkerja_jobs_v1_JobSeekerMatch__Output>
        JobSeekerState: EnumTypeDefinition
        ListJobSeekersRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ListJobSeekersRequest, _siapkerja_jobs_v1_ListJobSeekersRequest__Output>
        ListJobSeekersResponse: MessageTypeDefinition<_siapkerja_jobs_v1_ListJobSeekersResponse, _siapkerja_jobs_v1_ListJobSeekersResponse__Output>
        MaritalStatus: EnumTypeDefinition
        MarkJobSeekerPlacedRequest: MessageTypeDefinition<_siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest__Output>
        MatchComponent: MessageTypeDefinition<_siapkerja_jobs_v1_MatchComponent, _siapkerja_jobs_v1_MatchComponent__Output>
        MatchExplanation: MessageTypeDefinition<_siapkerja_jobs_v1_MatchExplanation, _siapkerja_jobs_v1_MatchExplanation__Output>
        MatchPage: MessageTypeDefinition<_siapkerja_jobs_v1_MatchPage, _siapkerja_jobs_v1_MatchPage__Output>
        MatchRequest: MessageTypeDefinition<_siapkerja_jobs_v1_MatchRequest, _siapkerja_jobs_v1_MatchRequest__Output>
        RegisterJobSeekerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_RegisterJobSeekerRequest, _siapkerja_jobs_v1_RegisterJobSeekerRequest__Output>
        Religion: EnumTypeDefinition
        RemoveJobSeekerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_RemoveJobSeekerRequest, _siapkerja_jobs_v1_RemoveJobSeekerRequest__Output>
        ReportJobSeekerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ReportJobSeekerRequest, _siapkerja_jobs_v1_ReportJobSeekerRequest__Output>
        Sex: EnumTypeDefinition
        TrainingProgramRef: MessageTypeDefinition<_siapkerja_jobs_v1_TrainingProgramRef, _siapkerja_jobs_v1_TrainingProgramRef__Output>
        VacancyMatch: MessageTypeDefinition<_siapkerja_jobs_v1_VacancyMatch, _siapkerja_jobs_v1_VacancyMatch__Output>
      }
    }
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
  }
}

