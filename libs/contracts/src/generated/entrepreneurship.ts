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
import type { AddGroupMemberRequest as _siapkerja_entrepreneurship_v1_AddGroupMemberRequest, AddGroupMemberRequest__Output as _siapkerja_entrepreneurship_v1_AddGroupMemberRequest__Output } from './siapkerja/entrepreneurship/v1/AddGroupMemberRequest';
import type { AssignGroupMentorRequest as _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest, AssignGroupMentorRequest__Output as _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest__Output } from './siapkerja/entrepreneurship/v1/AssignGroupMentorRequest';
import type { BusinessPlan as _siapkerja_entrepreneurship_v1_BusinessPlan, BusinessPlan__Output as _siapkerja_entrepreneurship_v1_BusinessPlan__Output } from './siapkerja/entrepreneurship/v1/BusinessPlan';
import type { BusinessReport as _siapkerja_entrepreneurship_v1_BusinessReport, BusinessReport__Output as _siapkerja_entrepreneurship_v1_BusinessReport__Output } from './siapkerja/entrepreneurship/v1/BusinessReport';
import type { ChecklistItem as _siapkerja_entrepreneurship_v1_ChecklistItem, ChecklistItem__Output as _siapkerja_entrepreneurship_v1_ChecklistItem__Output } from './siapkerja/entrepreneurship/v1/ChecklistItem';
import type { CreateBusinessReportRequest as _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, CreateBusinessReportRequest__Output as _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest__Output } from './siapkerja/entrepreneurship/v1/CreateBusinessReportRequest';
import type { CreateDecreeRequest as _siapkerja_entrepreneurship_v1_CreateDecreeRequest, CreateDecreeRequest__Output as _siapkerja_entrepreneurship_v1_CreateDecreeRequest__Output } from './siapkerja/entrepreneurship/v1/CreateDecreeRequest';
import type { CreateGroupRequest as _siapkerja_entrepreneurship_v1_CreateGroupRequest, CreateGroupRequest__Output as _siapkerja_entrepreneurship_v1_CreateGroupRequest__Output } from './siapkerja/entrepreneurship/v1/CreateGroupRequest';
import type { CreateMentorVisitRequest as _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, CreateMentorVisitRequest__Output as _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest__Output } from './siapkerja/entrepreneurship/v1/CreateMentorVisitRequest';
import type { CreateProgramRequest as _siapkerja_entrepreneurship_v1_CreateProgramRequest, CreateProgramRequest__Output as _siapkerja_entrepreneurship_v1_CreateProgramRequest__Output } from './siapkerja/entrepreneurship/v1/CreateProgramRequest';
import type { CreateTrancheRequest as _siapkerja_entrepreneurship_v1_CreateTrancheRequest, CreateTrancheRequest__Output as _siapkerja_entrepreneurship_v1_CreateTrancheRequest__Output } from './siapkerja/entrepreneurship/v1/CreateTrancheRequest';
import type { Decree as _siapkerja_entrepreneurship_v1_Decree, Decree__Output as _siapkerja_entrepreneurship_v1_Decree__Output } from './siapkerja/entrepreneurship/v1/Decree';
import type { EntrepreneurshipServiceClient as _siapkerja_entrepreneurship_v1_EntrepreneurshipServiceClient, EntrepreneurshipServiceDefinition as _siapkerja_entrepreneurship_v1_EntrepreneurshipServiceDefinition } from './siapkerja/entrepreneurship/v1/EntrepreneurshipService';
import type { ExportPersonDataRequest as _siapkerja_entrepreneurship_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_entrepreneurship_v1_ExportPersonDataRequest__Output } from './siapkerja/entrepreneurship/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_entrepreneurship_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_entrepreneurship_v1_ExportPersonDataResponse__Output } from './siapkerja/entrepreneurship/v1/ExportPersonDataResponse';
import type { GetDecreeRequest as _siapkerja_entrepreneurship_v1_GetDecreeRequest, GetDecreeRequest__Output as _siapkerja_entrepreneurship_v1_GetDecreeRequest__Output } from './siapkerja/entrepreneurship/v1/GetDecreeRequest';
import type { GetGroupRequest as _siapkerja_entrepreneurship_v1_GetGroupRequest, GetGroupRequest__Output as _siapkerja_entrepreneurship_v1_GetGroupRequest__Output } from './siapkerja/entrepreneurship/v1/GetGroupRequest';
import type { GetProgramRequest as _siapkerja_entrepreneurship_v1_GetProgramRequest, GetProgramRequest__Output as _siapkerja_entrepreneurship_v1_GetProgramRequest__Output } from './siapkerja/entrepreneurship/v1/GetProgramRequest';
import type { GetProposalRequest as _siapkerja_entrepreneurship_v1_GetProposalRequest, GetProposalRequest__Output as _siapkerja_entrepreneurship_v1_GetProposalRequest__Output } from './siapkerja/entrepreneurship/v1/GetProposalRequest';
import type { Group as _siapkerja_entrepreneurship_v1_Group, Group__Output as _siapkerja_entrepreneurship_v1_Group__Output } from './siapkerja/entrepreneurship/v1/Group';
import type { GroupMember as _siapkerja_entrepreneurship_v1_GroupMember, GroupMember__Output as _siapkerja_entrepreneurship_v1_GroupMember__Output } from './siapkerja/entrepreneurship/v1/GroupMember';
import type { HistoryEntry as _siapkerja_entrepreneurship_v1_HistoryEntry, HistoryEntry__Output as _siapkerja_entrepreneurship_v1_HistoryEntry__Output } from './siapkerja/entrepreneurship/v1/HistoryEntry';
import type { ListBusinessReportsRequest as _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, ListBusinessReportsRequest__Output as _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest__Output } from './siapkerja/entrepreneurship/v1/ListBusinessReportsRequest';
import type { ListBusinessReportsResponse as _siapkerja_entrepreneurship_v1_ListBusinessReportsResponse, ListBusinessReportsResponse__Output as _siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output } from './siapkerja/entrepreneurship/v1/ListBusinessReportsResponse';
import type { ListGroupsRequest as _siapkerja_entrepreneurship_v1_ListGroupsRequest, ListGroupsRequest__Output as _siapkerja_entrepreneurship_v1_ListGroupsRequest__Output } from './siapkerja/entrepreneurship/v1/ListGroupsRequest';
import type { ListGroupsResponse as _siapkerja_entrepreneurship_v1_ListGroupsResponse, ListGroupsResponse__Output as _siapkerja_entrepreneurship_v1_ListGroupsResponse__Output } from './siapkerja/entrepreneurship/v1/ListGroupsResponse';
import type { ListMentorVisitsRequest as _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, ListMentorVisitsRequest__Output as _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest__Output } from './siapkerja/entrepreneurship/v1/ListMentorVisitsRequest';
import type { ListMentorVisitsResponse as _siapkerja_entrepreneurship_v1_ListMentorVisitsResponse, ListMentorVisitsResponse__Output as _siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output } from './siapkerja/entrepreneurship/v1/ListMentorVisitsResponse';
import type { ListProgramsRequest as _siapkerja_entrepreneurship_v1_ListProgramsRequest, ListProgramsRequest__Output as _siapkerja_entrepreneurship_v1_ListProgramsRequest__Output } from './siapkerja/entrepreneurship/v1/ListProgramsRequest';
import type { ListProgramsResponse as _siapkerja_entrepreneurship_v1_ListProgramsResponse, ListProgramsResponse__Output as _siapkerja_entrepreneurship_v1_ListProgramsResponse__Output } from './siapkerja/entrepreneurship/v1/ListProgramsResponse';
import type { ListProposalsRequest as _siapkerja_entrepreneurship_v1_ListProposalsRequest, ListProposalsRequest__Output as _siapkerja_entrepreneurship_v1_ListProposalsRequest__Output } from './siapkerja/entrepreneurship/v1/ListProposalsRequest';
import type { ListProposalsResponse as _siapkerja_entrepreneurship_v1_ListProposalsResponse, ListProposalsResponse__Output as _siapkerja_entrepreneurship_v1_ListProposalsResponse__Output } from './siapkerja/entrepreneurship/v1/ListProposalsResponse';
import type { MentorVisit as _siapkerja_entrepreneurship_v1_MentorVisit, MentorVisit__Output as _siapkerja_entrepreneurship_v1_MentorVisit__Output } from './siapkerja/entrepreneurship/v1/MentorVisit';
import type { NewGroupMember as _siapkerja_entrepreneurship_v1_NewGroupMember, NewGroupMember__Output as _siapkerja_entrepreneurship_v1_NewGroupMember__Output } from './siapkerja/entrepreneurship/v1/NewGroupMember';
import type { PersonMembership as _siapkerja_entrepreneurship_v1_PersonMembership, PersonMembership__Output as _siapkerja_entrepreneurship_v1_PersonMembership__Output } from './siapkerja/entrepreneurship/v1/PersonMembership';
import type { Program as _siapkerja_entrepreneurship_v1_Program, Program__Output as _siapkerja_entrepreneurship_v1_Program__Output } from './siapkerja/entrepreneurship/v1/Program';
import type { ProgramQuota as _siapkerja_entrepreneurship_v1_ProgramQuota, ProgramQuota__Output as _siapkerja_entrepreneurship_v1_ProgramQuota__Output } from './siapkerja/entrepreneurship/v1/ProgramQuota';
import type { Proposal as _siapkerja_entrepreneurship_v1_Proposal, Proposal__Output as _siapkerja_entrepreneurship_v1_Proposal__Output } from './siapkerja/entrepreneurship/v1/Proposal';
import type { RemoveGroupMemberRequest as _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest, RemoveGroupMemberRequest__Output as _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest__Output } from './siapkerja/entrepreneurship/v1/RemoveGroupMemberRequest';
import type { ReviewBusinessReportRequest as _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, ReviewBusinessReportRequest__Output as _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest__Output } from './siapkerja/entrepreneurship/v1/ReviewBusinessReportRequest';
import type { SetProgramQuotaRequest as _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, SetProgramQuotaRequest__Output as _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest__Output } from './siapkerja/entrepreneurship/v1/SetProgramQuotaRequest';
import type { StopGroupRequest as _siapkerja_entrepreneurship_v1_StopGroupRequest, StopGroupRequest__Output as _siapkerja_entrepreneurship_v1_StopGroupRequest__Output } from './siapkerja/entrepreneurship/v1/StopGroupRequest';
import type { SubmitProposalRequest as _siapkerja_entrepreneurship_v1_SubmitProposalRequest, SubmitProposalRequest__Output as _siapkerja_entrepreneurship_v1_SubmitProposalRequest__Output } from './siapkerja/entrepreneurship/v1/SubmitProposalRequest';
import type { Tranche as _siapkerja_entrepreneurship_v1_Tranche, Tranche__Output as _siapkerja_entrepreneurship_v1_Tranche__Output } from './siapkerja/entrepreneurship/v1/Tranche';
import type { VerifyProposalRequest as _siapkerja_entrepreneurship_v1_VerifyProposalRequest, VerifyProposalRequest__Output as _siapkerja_entrepreneurship_v1_VerifyProposalRequest__Output } from './siapkerja/entrepreneurship/v1/VerifyProposalRequest';
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
    entrepreneurship: {
      v1: {
        AddGroupMemberRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_AddGroupMemberRequest, _siapkerja_entrepreneurship_v1_AddGroupMemberRequest__Output>
        AssignGroupMentorRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_AssignGroupMentorRequest, _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest__Output>
        BusinessPlan: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_BusinessPlan, _siapkerja_entrepreneurship_v1_BusinessPlan__Output>
        BusinessReport: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_BusinessReport, _siapkerja_entrepreneurship_v1_BusinessReport__Output>
        ChecklistItem: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ChecklistItem, _siapkerja_entrepreneurship_v1_ChecklistItem__Output>
        CreateBusinessReportRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest__Output>
        CreateDecreeRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_CreateDecreeRequest, _siapkerja_entrepreneurship_v1_CreateDecreeRequest__Output>
        CreateGroupRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_CreateGroupRequest, _siapkerja_entrepreneurship_v1_CreateGroupRequest__Output>
        CreateMentorVisitRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest__Output>
        CreateProgramRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_CreateProgramRequest, _siapkerja_entrepreneurship_v1_CreateProgramRequest__Output>
        CreateTrancheRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_CreateTrancheRequest, _siapkerja_entrepreneurship_v1_CreateTrancheRequest__Output>
        Decree: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_Decree, _siapkerja_entrepreneurship_v1_Decree__Output>
        EntrepreneurshipService: SubtypeConstructor<typeof grpc.Client, _siapkerja_entrepreneurship_v1_EntrepreneurshipServiceClient> & { service: _siapkerja_entrepreneurship_v1_EntrepreneurshipServiceDefinition }
        ExportPersonDataRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ExportPersonDataRequest, _siapkerja_entrepreneurship_v1_ExportPersonDataRequest__Output>
        ExportPersonDataResponse: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ExportPersonDataResponse, _siapkerja_entrepreneurship_v1_ExportPersonDataResponse__Output>
        GetDecreeRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_GetDecreeRequest, _siapkerja_entrepreneurship_v1_GetDecreeRequest__Output>
        GetGroupRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_GetGroupRequest, _siapkerja_entrepreneurship_v1_GetGroupRequest__Output>
        GetProgramRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_GetProgramRequest, _siapkerja_entrepreneurship_v1_GetProgramRequest__Output>
        GetProposalRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_GetProposalRequest, _siapkerja_entrepreneurship_v1_GetProposalRequest__Output>
        Group: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_Group, _siapkerja_entrepreneurship_v1_Group__Output>
        GroupMember: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_GroupMember, _siapkerja_entrepreneurship_v1_GroupMember__Output>
        HistoryEntry: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_HistoryEntry, _siapkerja_entrepreneurship_v1_HistoryEntry__Output>
        ListBusinessReportsRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest__Output>
        ListBusinessReportsResponse: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListBusinessReportsResponse, _siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output>
        ListGroupsRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListGroupsRequest, _siapkerja_entrepreneurship_v1_ListGroupsRequest__Output>
        ListGroupsResponse: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListGroupsResponse, _siapkerja_entrepreneurship_v1_ListGroupsResponse__Output>
        ListMentorVisitsRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest__Output>
        ListMentorVisitsResponse: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListMentorVisitsResponse, _siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output>
        ListProgramsRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListProgramsRequest, _siapkerja_entrepreneurship_v1_ListProgramsRequest__Output>
        ListProgramsResponse: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListProgramsResponse, _siapkerja_entrepreneurship_v1_ListProgramsResponse__Output>
        ListProposalsRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListProposalsRequest, _siapkerja_entrepreneurship_v1_ListProposalsRequest__Output>
        ListProposalsResponse: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListProposalsResponse, _siapkerja_entrepreneurship_v1_ListProposalsResponse__Output>
        MentorVisit: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_MentorVisit, _siapkerja_entrepreneurship_v1_MentorVisit__Output>
        NewGroupMember: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_NewGroupMember, _siapkerja_entrepreneurship_v1_NewGroupMember__Output>
        PersonMembership: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_PersonMembership, _siapkerja_entrepreneurship_v1_PersonMembership__Output>
        Program: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_Program, _siapkerja_entrepreneurship_v1_Program__Output>
        ProgramKind: EnumTypeDefinition
        ProgramQuota: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ProgramQuota, _siapkerja_entrepreneurship_v1_ProgramQuota__Output>
        Proposal: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_Proposal, _siapkerja_entrepreneurship_v1_Proposal__Output>
        RemoveGroupMemberRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest, _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest__Output>
        ReviewBusinessReportRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest__Output>
        SetProgramQuotaRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest__Output>
        StopGroupRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_StopGroupRequest, _siapkerja_entrepreneurship_v1_StopGroupRequest__Output>
        SubmitProposalRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_SubmitProposalRequest, _siapkerja_entrepreneurship_v1_SubmitProposalRequest__Output>
        Tranche: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_Tranche, _siapkerja_entrepreneurship_v1_Tranche__Output>
        VerifyProposalRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_VerifyProposalRequest, _siapkerja_entrepreneurship_v1_VerifyProposalRequest__Output>
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

