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
import type { AddEmployerMemberRequest as _siapkerja_jobs_v1_AddEmployerMemberRequest, AddEmployerMemberRequest__Output as _siapkerja_jobs_v1_AddEmployerMemberRequest__Output } from './siapkerja/jobs/v1/AddEmployerMemberRequest';
import type { Ak1Card as _siapkerja_jobs_v1_Ak1Card, Ak1Card__Output as _siapkerja_jobs_v1_Ak1Card__Output } from './siapkerja/jobs/v1/Ak1Card';
import type { Application as _siapkerja_jobs_v1_Application, Application__Output as _siapkerja_jobs_v1_Application__Output } from './siapkerja/jobs/v1/Application';
import type { ApplicationTransition as _siapkerja_jobs_v1_ApplicationTransition, ApplicationTransition__Output as _siapkerja_jobs_v1_ApplicationTransition__Output } from './siapkerja/jobs/v1/ApplicationTransition';
import type { ApplyImportBatchRequest as _siapkerja_jobs_v1_ApplyImportBatchRequest, ApplyImportBatchRequest__Output as _siapkerja_jobs_v1_ApplyImportBatchRequest__Output } from './siapkerja/jobs/v1/ApplyImportBatchRequest';
import type { ApplyImportBatchResponse as _siapkerja_jobs_v1_ApplyImportBatchResponse, ApplyImportBatchResponse__Output as _siapkerja_jobs_v1_ApplyImportBatchResponse__Output } from './siapkerja/jobs/v1/ApplyImportBatchResponse';
import type { BatchGetJobSeekersRequest as _siapkerja_jobs_v1_BatchGetJobSeekersRequest, BatchGetJobSeekersRequest__Output as _siapkerja_jobs_v1_BatchGetJobSeekersRequest__Output } from './siapkerja/jobs/v1/BatchGetJobSeekersRequest';
import type { BatchGetJobSeekersResponse as _siapkerja_jobs_v1_BatchGetJobSeekersResponse, BatchGetJobSeekersResponse__Output as _siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output } from './siapkerja/jobs/v1/BatchGetJobSeekersResponse';
import type { CloseVacancyRequest as _siapkerja_jobs_v1_CloseVacancyRequest, CloseVacancyRequest__Output as _siapkerja_jobs_v1_CloseVacancyRequest__Output } from './siapkerja/jobs/v1/CloseVacancyRequest';
import type { CreateApplicationRequest as _siapkerja_jobs_v1_CreateApplicationRequest, CreateApplicationRequest__Output as _siapkerja_jobs_v1_CreateApplicationRequest__Output } from './siapkerja/jobs/v1/CreateApplicationRequest';
import type { CreateEmployerRequest as _siapkerja_jobs_v1_CreateEmployerRequest, CreateEmployerRequest__Output as _siapkerja_jobs_v1_CreateEmployerRequest__Output } from './siapkerja/jobs/v1/CreateEmployerRequest';
import type { CreateVacancyRequest as _siapkerja_jobs_v1_CreateVacancyRequest, CreateVacancyRequest__Output as _siapkerja_jobs_v1_CreateVacancyRequest__Output } from './siapkerja/jobs/v1/CreateVacancyRequest';
import type { Employer as _siapkerja_jobs_v1_Employer, Employer__Output as _siapkerja_jobs_v1_Employer__Output } from './siapkerja/jobs/v1/Employer';
import type { EmployerMember as _siapkerja_jobs_v1_EmployerMember, EmployerMember__Output as _siapkerja_jobs_v1_EmployerMember__Output } from './siapkerja/jobs/v1/EmployerMember';
import type { ExportPersonDataRequest as _siapkerja_jobs_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_jobs_v1_ExportPersonDataRequest__Output } from './siapkerja/jobs/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_jobs_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_jobs_v1_ExportPersonDataResponse__Output } from './siapkerja/jobs/v1/ExportPersonDataResponse';
import type { FacetBucket as _siapkerja_jobs_v1_FacetBucket, FacetBucket__Output as _siapkerja_jobs_v1_FacetBucket__Output } from './siapkerja/jobs/v1/FacetBucket';
import type { GetApplicationRequest as _siapkerja_jobs_v1_GetApplicationRequest, GetApplicationRequest__Output as _siapkerja_jobs_v1_GetApplicationRequest__Output } from './siapkerja/jobs/v1/GetApplicationRequest';
import type { GetEmployerRequest as _siapkerja_jobs_v1_GetEmployerRequest, GetEmployerRequest__Output as _siapkerja_jobs_v1_GetEmployerRequest__Output } from './siapkerja/jobs/v1/GetEmployerRequest';
import type { GetJobPostingRequest as _siapkerja_jobs_v1_GetJobPostingRequest, GetJobPostingRequest__Output as _siapkerja_jobs_v1_GetJobPostingRequest__Output } from './siapkerja/jobs/v1/GetJobPostingRequest';
import type { GetJobSeekerRequest as _siapkerja_jobs_v1_GetJobSeekerRequest, GetJobSeekerRequest__Output as _siapkerja_jobs_v1_GetJobSeekerRequest__Output } from './siapkerja/jobs/v1/GetJobSeekerRequest';
import type { GetVacancyRequest as _siapkerja_jobs_v1_GetVacancyRequest, GetVacancyRequest__Output as _siapkerja_jobs_v1_GetVacancyRequest__Output } from './siapkerja/jobs/v1/GetVacancyRequest';
import type { ImportReceipt as _siapkerja_jobs_v1_ImportReceipt, ImportReceipt__Output as _siapkerja_jobs_v1_ImportReceipt__Output } from './siapkerja/jobs/v1/ImportReceipt';
import type { ImportRecord as _siapkerja_jobs_v1_ImportRecord, ImportRecord__Output as _siapkerja_jobs_v1_ImportRecord__Output } from './siapkerja/jobs/v1/ImportRecord';
import type { IssueAk1CardRequest as _siapkerja_jobs_v1_IssueAk1CardRequest, IssueAk1CardRequest__Output as _siapkerja_jobs_v1_IssueAk1CardRequest__Output } from './siapkerja/jobs/v1/IssueAk1CardRequest';
import type { JobPosting as _siapkerja_jobs_v1_JobPosting, JobPosting__Output as _siapkerja_jobs_v1_JobPosting__Output } from './siapkerja/jobs/v1/JobPosting';
import type { JobSeeker as _siapkerja_jobs_v1_JobSeeker, JobSeeker__Output as _siapkerja_jobs_v1_JobSeeker__Output } from './siapkerja/jobs/v1/JobSeeker';
import type { JobSeekerAddress as _siapkerja_jobs_v1_JobSeekerAddress, JobSeekerAddress__Output as _siapkerja_jobs_v1_JobSeekerAddress__Output } from './siapkerja/jobs/v1/JobSeekerAddress';
import type { JobSeekerEducation as _siapkerja_jobs_v1_JobSeekerEducation, JobSeekerEducation__Output as _siapkerja_jobs_v1_JobSeekerEducation__Output } from './siapkerja/jobs/v1/JobSeekerEducation';
import type { JobSeekerExperience as _siapkerja_jobs_v1_JobSeekerExperience, JobSeekerExperience__Output as _siapkerja_jobs_v1_JobSeekerExperience__Output } from './siapkerja/jobs/v1/JobSeekerExperience';
import type { JobSeekerMatch as _siapkerja_jobs_v1_JobSeekerMatch, JobSeekerMatch__Output as _siapkerja_jobs_v1_JobSeekerMatch__Output } from './siapkerja/jobs/v1/JobSeekerMatch';
import type { JobsServiceClient as _siapkerja_jobs_v1_JobsServiceClient, JobsServiceDefinition as _siapkerja_jobs_v1_JobsServiceDefinition } from './siapkerja/jobs/v1/JobsService';
import type { ListApplicationsRequest as _siapkerja_jobs_v1_ListApplicationsRequest, ListApplicationsRequest__Output as _siapkerja_jobs_v1_ListApplicationsRequest__Output } from './siapkerja/jobs/v1/ListApplicationsRequest';
import type { ListApplicationsResponse as _siapkerja_jobs_v1_ListApplicationsResponse, ListApplicationsResponse__Output as _siapkerja_jobs_v1_ListApplicationsResponse__Output } from './siapkerja/jobs/v1/ListApplicationsResponse';
import type { ListEmployerMembersRequest as _siapkerja_jobs_v1_ListEmployerMembersRequest, ListEmployerMembersRequest__Output as _siapkerja_jobs_v1_ListEmployerMembersRequest__Output } from './siapkerja/jobs/v1/ListEmployerMembersRequest';
import type { ListEmployerMembersResponse as _siapkerja_jobs_v1_ListEmployerMembersResponse, ListEmployerMembersResponse__Output as _siapkerja_jobs_v1_ListEmployerMembersResponse__Output } from './siapkerja/jobs/v1/ListEmployerMembersResponse';
import type { ListEmployersRequest as _siapkerja_jobs_v1_ListEmployersRequest, ListEmployersRequest__Output as _siapkerja_jobs_v1_ListEmployersRequest__Output } from './siapkerja/jobs/v1/ListEmployersRequest';
import type { ListEmployersResponse as _siapkerja_jobs_v1_ListEmployersResponse, ListEmployersResponse__Output as _siapkerja_jobs_v1_ListEmployersResponse__Output } from './siapkerja/jobs/v1/ListEmployersResponse';
import type { ListJobSeekersRequest as _siapkerja_jobs_v1_ListJobSeekersRequest, ListJobSeekersRequest__Output as _siapkerja_jobs_v1_ListJobSeekersRequest__Output } from './siapkerja/jobs/v1/ListJobSeekersRequest';
import type { ListJobSeekersResponse as _siapkerja_jobs_v1_ListJobSeekersResponse, ListJobSeekersResponse__Output as _siapkerja_jobs_v1_ListJobSeekersResponse__Output } from './siapkerja/jobs/v1/ListJobSeekersResponse';
import type { ListVacanciesRequest as _siapkerja_jobs_v1_ListVacanciesRequest, ListVacanciesRequest__Output as _siapkerja_jobs_v1_ListVacanciesRequest__Output } from './siapkerja/jobs/v1/ListVacanciesRequest';
import type { ListVacanciesResponse as _siapkerja_jobs_v1_ListVacanciesResponse, ListVacanciesResponse__Output as _siapkerja_jobs_v1_ListVacanciesResponse__Output } from './siapkerja/jobs/v1/ListVacanciesResponse';
import type { MarkJobSeekerPlacedRequest as _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, MarkJobSeekerPlacedRequest__Output as _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest__Output } from './siapkerja/jobs/v1/MarkJobSeekerPlacedRequest';
import type { MatchComponent as _siapkerja_jobs_v1_MatchComponent, MatchComponent__Output as _siapkerja_jobs_v1_MatchComponent__Output } from './siapkerja/jobs/v1/MatchComponent';
import type { MatchExplanation as _siapkerja_jobs_v1_MatchExplanation, MatchExplanation__Output as _siapkerja_jobs_v1_MatchExplanation__Output } from './siapkerja/jobs/v1/MatchExplanation';
import type { MatchPage as _siapkerja_jobs_v1_MatchPage, MatchPage__Output as _siapkerja_jobs_v1_MatchPage__Output } from './siapkerja/jobs/v1/MatchPage';
import type { MatchRequest as _siapkerja_jobs_v1_MatchRequest, MatchRequest__Output as _siapkerja_jobs_v1_MatchRequest__Output } from './siapkerja/jobs/v1/MatchRequest';
import type { PublishVacancyRequest as _siapkerja_jobs_v1_PublishVacancyRequest, PublishVacancyRequest__Output as _siapkerja_jobs_v1_PublishVacancyRequest__Output } from './siapkerja/jobs/v1/PublishVacancyRequest';
import type { RegisterJobSeekerRequest as _siapkerja_jobs_v1_RegisterJobSeekerRequest, RegisterJobSeekerRequest__Output as _siapkerja_jobs_v1_RegisterJobSeekerRequest__Output } from './siapkerja/jobs/v1/RegisterJobSeekerRequest';
import type { RemoveEmployerMemberRequest as _siapkerja_jobs_v1_RemoveEmployerMemberRequest, RemoveEmployerMemberRequest__Output as _siapkerja_jobs_v1_RemoveEmployerMemberRequest__Output } from './siapkerja/jobs/v1/RemoveEmployerMemberRequest';
import type { RemoveEmployerMemberResponse as _siapkerja_jobs_v1_RemoveEmployerMemberResponse, RemoveEmployerMemberResponse__Output as _siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output } from './siapkerja/jobs/v1/RemoveEmployerMemberResponse';
import type { RemoveJobSeekerRequest as _siapkerja_jobs_v1_RemoveJobSeekerRequest, RemoveJobSeekerRequest__Output as _siapkerja_jobs_v1_RemoveJobSeekerRequest__Output } from './siapkerja/jobs/v1/RemoveJobSeekerRequest';
import type { ReportJobSeekerRequest as _siapkerja_jobs_v1_ReportJobSeekerRequest, ReportJobSeekerRequest__Output as _siapkerja_jobs_v1_ReportJobSeekerRequest__Output } from './siapkerja/jobs/v1/ReportJobSeekerRequest';
import type { ReportVacancyFilledRequest as _siapkerja_jobs_v1_ReportVacancyFilledRequest, ReportVacancyFilledRequest__Output as _siapkerja_jobs_v1_ReportVacancyFilledRequest__Output } from './siapkerja/jobs/v1/ReportVacancyFilledRequest';
import type { ScreeningNote as _siapkerja_jobs_v1_ScreeningNote, ScreeningNote__Output as _siapkerja_jobs_v1_ScreeningNote__Output } from './siapkerja/jobs/v1/ScreeningNote';
import type { SearchVacanciesRequest as _siapkerja_jobs_v1_SearchVacanciesRequest, SearchVacanciesRequest__Output as _siapkerja_jobs_v1_SearchVacanciesRequest__Output } from './siapkerja/jobs/v1/SearchVacanciesRequest';
import type { SearchVacanciesResponse as _siapkerja_jobs_v1_SearchVacanciesResponse, SearchVacanciesResponse__Output as _siapkerja_jobs_v1_SearchVacanciesResponse__Output } from './siapkerja/jobs/v1/SearchVacanciesResponse';
import type { TrainingProgramRef as _siapkerja_jobs_v1_TrainingProgramRef, TrainingProgramRef__Output as _siapkerja_jobs_v1_TrainingProgramRef__Output } from './siapkerja/jobs/v1/TrainingProgramRef';
import type { TransitionApplicationRequest as _siapkerja_jobs_v1_TransitionApplicationRequest, TransitionApplicationRequest__Output as _siapkerja_jobs_v1_TransitionApplicationRequest__Output } from './siapkerja/jobs/v1/TransitionApplicationRequest';
import type { UpdateEmployerRequest as _siapkerja_jobs_v1_UpdateEmployerRequest, UpdateEmployerRequest__Output as _siapkerja_jobs_v1_UpdateEmployerRequest__Output } from './siapkerja/jobs/v1/UpdateEmployerRequest';
import type { Vacancy as _siapkerja_jobs_v1_Vacancy, Vacancy__Output as _siapkerja_jobs_v1_Vacancy__Output } from './siapkerja/jobs/v1/Vacancy';
import type { VacancyMatch as _siapkerja_jobs_v1_VacancyMatch, VacancyMatch__Output as _siapkerja_jobs_v1_VacancyMatch__Output } from './siapkerja/jobs/v1/VacancyMatch';
import type { VacancySearchFacets as _siapkerja_jobs_v1_VacancySearchFacets, VacancySearchFacets__Output as _siapkerja_jobs_v1_VacancySearchFacets__Output } from './siapkerja/jobs/v1/VacancySearchFacets';
import type { VacancySearchHit as _siapkerja_jobs_v1_VacancySearchHit, VacancySearchHit__Output as _siapkerja_jobs_v1_VacancySearchHit__Output } from './siapkerja/jobs/v1/VacancySearchHit';
import type { VerifyEmployerRequest as _siapkerja_jobs_v1_VerifyEmployerRequest, VerifyEmployerRequest__Output as _siapkerja_jobs_v1_VerifyEmployerRequest__Output } from './siapkerja/jobs/v1/VerifyEmployerRequest';
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
    jobs: {
      v1: {
        AddEmployerMemberRequest: MessageTypeDefinition<_siapkerja_jobs_v1_AddEmployerMemberRequest, _siapkerja_jobs_v1_AddEmployerMemberRequest__Output>
        Ak1Card: MessageTypeDefinition<_siapkerja_jobs_v1_Ak1Card, _siapkerja_jobs_v1_Ak1Card__Output>
        Application: MessageTypeDefinition<_siapkerja_jobs_v1_Application, _siapkerja_jobs_v1_Application__Output>
        ApplicationState: EnumTypeDefinition
        ApplicationTransition: MessageTypeDefinition<_siapkerja_jobs_v1_ApplicationTransition, _siapkerja_jobs_v1_ApplicationTransition__Output>
        ApplyImportBatchRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ApplyImportBatchRequest, _siapkerja_jobs_v1_ApplyImportBatchRequest__Output>
        ApplyImportBatchResponse: MessageTypeDefinition<_siapkerja_jobs_v1_ApplyImportBatchResponse, _siapkerja_jobs_v1_ApplyImportBatchResponse__Output>
        BatchGetJobSeekersRequest: MessageTypeDefinition<_siapkerja_jobs_v1_BatchGetJobSeekersRequest, _siapkerja_jobs_v1_BatchGetJobSeekersRequest__Output>
        BatchGetJobSeekersResponse: MessageTypeDefinition<_siapkerja_jobs_v1_BatchGetJobSeekersResponse, _siapkerja_jobs_v1_BatchGetJobSeekersResponse__Output>
        CloseVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_CloseVacancyRequest, _siapkerja_jobs_v1_CloseVacancyRequest__Output>
        CreateApplicationRequest: MessageTypeDefinition<_siapkerja_jobs_v1_CreateApplicationRequest, _siapkerja_jobs_v1_CreateApplicationRequest__Output>
        CreateEmployerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_CreateEmployerRequest, _siapkerja_jobs_v1_CreateEmployerRequest__Output>
        CreateVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_CreateVacancyRequest, _siapkerja_jobs_v1_CreateVacancyRequest__Output>
        EducationLevel: EnumTypeDefinition
        Employer: MessageTypeDefinition<_siapkerja_jobs_v1_Employer, _siapkerja_jobs_v1_Employer__Output>
        EmployerMember: MessageTypeDefinition<_siapkerja_jobs_v1_EmployerMember, _siapkerja_jobs_v1_EmployerMember__Output>
        EmployerMemberRole: EnumTypeDefinition
        EmployerType: EnumTypeDefinition
        EmploymentType: EnumTypeDefinition
        ExportPersonDataRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ExportPersonDataRequest, _siapkerja_jobs_v1_ExportPersonDataRequest__Output>
        ExportPersonDataResponse: MessageTypeDefinition<_siapkerja_jobs_v1_ExportPersonDataResponse, _siapkerja_jobs_v1_ExportPersonDataResponse__Output>
        FacetBucket: MessageTypeDefinition<_siapkerja_jobs_v1_FacetBucket, _siapkerja_jobs_v1_FacetBucket__Output>
        GetApplicationRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetApplicationRequest, _siapkerja_jobs_v1_GetApplicationRequest__Output>
        GetEmployerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetEmployerRequest, _siapkerja_jobs_v1_GetEmployerRequest__Output>
        GetJobPostingRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetJobPostingRequest, _siapkerja_jobs_v1_GetJobPostingRequest__Output>
        GetJobSeekerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetJobSeekerRequest, _siapkerja_jobs_v1_GetJobSeekerRequest__Output>
        GetVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_GetVacancyRequest, _siapkerja_jobs_v1_GetVacancyRequest__Output>
        ImportReceipt: MessageTypeDefinition<_siapkerja_jobs_v1_ImportReceipt, _siapkerja_jobs_v1_ImportReceipt__Output>
        ImportRecord: MessageTypeDefinition<_siapkerja_jobs_v1_ImportRecord, _siapkerja_jobs_v1_ImportRecord__Output>
        IssueAk1CardRequest: MessageTypeDefinition<_siapkerja_jobs_v1_IssueAk1CardRequest, _siapkerja_jobs_v1_IssueAk1CardRequest__Output>
        JobPosting: MessageTypeDefinition<_siapkerja_jobs_v1_JobPosting, _siapkerja_jobs_v1_JobPosting__Output>
        JobSeeker: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeeker, _siapkerja_jobs_v1_JobSeeker__Output>
        JobSeekerAddress: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeekerAddress, _siapkerja_jobs_v1_JobSeekerAddress__Output>
        JobSeekerEducation: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeekerEducation, _siapkerja_jobs_v1_JobSeekerEducation__Output>
        JobSeekerExperience: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeekerExperience, _siapkerja_jobs_v1_JobSeekerExperience__Output>
        JobSeekerMatch: MessageTypeDefinition<_siapkerja_jobs_v1_JobSeekerMatch, _siapkerja_jobs_v1_JobSeekerMatch__Output>
        JobSeekerState: EnumTypeDefinition
        JobsService: SubtypeConstructor<typeof grpc.Client, _siapkerja_jobs_v1_JobsServiceClient> & { service: _siapkerja_jobs_v1_JobsServiceDefinition }
        ListApplicationsRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ListApplicationsRequest, _siapkerja_jobs_v1_ListApplicationsRequest__Output>
        ListApplicationsResponse: MessageTypeDefinition<_siapkerja_jobs_v1_ListApplicationsResponse, _siapkerja_jobs_v1_ListApplicationsResponse__Output>
        ListEmployerMembersRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ListEmployerMembersRequest, _siapkerja_jobs_v1_ListEmployerMembersRequest__Output>
        ListEmployerMembersResponse: MessageTypeDefinition<_siapkerja_jobs_v1_ListEmployerMembersResponse, _siapkerja_jobs_v1_ListEmployerMembersResponse__Output>
        ListEmployersRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ListEmployersRequest, _siapkerja_jobs_v1_ListEmployersRequest__Output>
        ListEmployersResponse: MessageTypeDefinition<_siapkerja_jobs_v1_ListEmployersResponse, _siapkerja_jobs_v1_ListEmployersResponse__Output>
        ListJobSeekersRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ListJobSeekersRequest, _siapkerja_jobs_v1_ListJobSeekersRequest__Output>
        ListJobSeekersResponse: MessageTypeDefinition<_siapkerja_jobs_v1_ListJobSeekersResponse, _siapkerja_jobs_v1_ListJobSeekersResponse__Output>
        ListVacanciesRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ListVacanciesRequest, _siapkerja_jobs_v1_ListVacanciesRequest__Output>
        ListVacanciesResponse: MessageTypeDefinition<_siapkerja_jobs_v1_ListVacanciesResponse, _siapkerja_jobs_v1_ListVacanciesResponse__Output>
        MaritalStatus: EnumTypeDefinition
        MarkJobSeekerPlacedRequest: MessageTypeDefinition<_siapkerja_jobs_v1_MarkJobSeekerPlacedRequest, _siapkerja_jobs_v1_MarkJobSeekerPlacedRequest__Output>
        MatchComponent: MessageTypeDefinition<_siapkerja_jobs_v1_MatchComponent, _siapkerja_jobs_v1_MatchComponent__Output>
        MatchExplanation: MessageTypeDefinition<_siapkerja_jobs_v1_MatchExplanation, _siapkerja_jobs_v1_MatchExplanation__Output>
        MatchPage: MessageTypeDefinition<_siapkerja_jobs_v1_MatchPage, _siapkerja_jobs_v1_MatchPage__Output>
        MatchRequest: MessageTypeDefinition<_siapkerja_jobs_v1_MatchRequest, _siapkerja_jobs_v1_MatchRequest__Output>
        PublishVacancyRequest: MessageTypeDefinition<_siapkerja_jobs_v1_PublishVacancyRequest, _siapkerja_jobs_v1_PublishVacancyRequest__Output>
        RegisterJobSeekerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_RegisterJobSeekerRequest, _siapkerja_jobs_v1_RegisterJobSeekerRequest__Output>
        Religion: EnumTypeDefinition
        RemoveEmployerMemberRequest: MessageTypeDefinition<_siapkerja_jobs_v1_RemoveEmployerMemberRequest, _siapkerja_jobs_v1_RemoveEmployerMemberRequest__Output>
        RemoveEmployerMemberResponse: MessageTypeDefinition<_siapkerja_jobs_v1_RemoveEmployerMemberResponse, _siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output>
        RemoveJobSeekerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_RemoveJobSeekerRequest, _siapkerja_jobs_v1_RemoveJobSeekerRequest__Output>
        ReportJobSeekerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ReportJobSeekerRequest, _siapkerja_jobs_v1_ReportJobSeekerRequest__Output>
        ReportVacancyFilledRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ReportVacancyFilledRequest, _siapkerja_jobs_v1_ReportVacancyFilledRequest__Output>
        ScreeningNote: MessageTypeDefinition<_siapkerja_jobs_v1_ScreeningNote, _siapkerja_jobs_v1_ScreeningNote__Output>
        SearchVacanciesRequest: MessageTypeDefinition<_siapkerja_jobs_v1_SearchVacanciesRequest, _siapkerja_jobs_v1_SearchVacanciesRequest__Output>
        SearchVacanciesResponse: MessageTypeDefinition<_siapkerja_jobs_v1_SearchVacanciesResponse, _siapkerja_jobs_v1_SearchVacanciesResponse__Output>
        Sex: EnumTypeDefinition
        SexRequirement: EnumTypeDefinition
        TrainingProgramRef: MessageTypeDefinition<_siapkerja_jobs_v1_TrainingProgramRef, _siapkerja_jobs_v1_TrainingProgramRef__Output>
        TransitionApplicationRequest: MessageTypeDefinition<_siapkerja_jobs_v1_TransitionApplicationRequest, _siapkerja_jobs_v1_TransitionApplicationRequest__Output>
        UpdateEmployerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_UpdateEmployerRequest, _siapkerja_jobs_v1_UpdateEmployerRequest__Output>
        Vacancy: MessageTypeDefinition<_siapkerja_jobs_v1_Vacancy, _siapkerja_jobs_v1_Vacancy__Output>
        VacancyMatch: MessageTypeDefinition<_siapkerja_jobs_v1_VacancyMatch, _siapkerja_jobs_v1_VacancyMatch__Output>
        VacancySearchFacets: MessageTypeDefinition<_siapkerja_jobs_v1_VacancySearchFacets, _siapkerja_jobs_v1_VacancySearchFacets__Output>
        VacancySearchHit: MessageTypeDefinition<_siapkerja_jobs_v1_VacancySearchHit, _siapkerja_jobs_v1_VacancySearchHit__Output>
        VacancySearchMatch: EnumTypeDefinition
        VacancySearchSort: EnumTypeDefinition
        VacancyState: EnumTypeDefinition
        VerificationStatus: EnumTypeDefinition
        VerifyEmployerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_VerifyEmployerRequest, _siapkerja_jobs_v1_VerifyEmployerRequest__Output>
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

