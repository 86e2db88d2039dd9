// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddGroupMemberRequest as _siapkerja_entrepreneurship_v1_AddGroupMemberRequest, AddGroupMemberRequest__Output as _siapkerja_entrepreneurship_v1_AddGroupMemberRequest__Output } from '../../../siapkerja/entrepreneurship/v1/AddGroupMemberRequest';
import type { AssignGroupMentorRequest as _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest, AssignGroupMentorRequest__Output as _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest__Output } from '../../../siapkerja/entrepreneurship/v1/AssignGroupMentorRequest';
import type { BusinessReport as _siapkerja_entrepreneurship_v1_BusinessReport, BusinessReport__Output as _siapkerja_entrepreneurship_v1_BusinessReport__Output } from '../../../siapkerja/entrepreneurship/v1/BusinessReport';
import type { CreateBusinessReportRequest as _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, CreateBusinessReportRequest__Output as _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest__Output } from '../../../siapkerja/entrepreneurship/v1/CreateBusinessReportRequest';
import type { CreateDecreeRequest as _siapkerja_entrepreneurship_v1_CreateDecreeRequest, CreateDecreeRequest__Output as _siapkerja_entrepreneurship_v1_CreateDecreeRequest__Output } from '../../../siapkerja/entrepreneurship/v1/CreateDecreeRequest';
import type { CreateGroupRequest as _siapkerja_entrepreneurship_v1_CreateGroupRequest, CreateGroupRequest__Output as _siapkerja_entrepreneurship_v1_CreateGroupRequest__Output } from '../../../siapkerja/entrepreneurship/v1/CreateGroupRequest';
import type { CreateMentorVisitRequest as _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, CreateMentorVisitRequest__Output as _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest__Output } from '../../../siapkerja/entrepreneurship/v1/CreateMentorVisitRequest';
import type { CreateProgramRequest as _siapkerja_entrepreneurship_v1_CreateProgramRequest, CreateProgramRequest__Output as _siapkerja_entrepreneurship_v1_CreateProgramRequest__Output } from '../../../siapkerja/entrepreneurship/v1/CreateProgramRequest';
import type { CreateTrancheRequest as _siapkerja_entrepreneurship_v1_CreateTrancheRequest, CreateTrancheRequest__Output as _siapkerja_entrepreneurship_v1_CreateTrancheRequest__Output } from '../../../siapkerja/entrepreneurship/v1/CreateTrancheRequest';
import type { Decree as _siapkerja_entrepreneurship_v1_Decree, Decree__Output as _siapkerja_entrepreneurship_v1_Decree__Output } from '../../../siapkerja/entrepreneurship/v1/Decree';
import type { ExportPersonDataRequest as _siapkerja_entrepreneurship_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_entrepreneurship_v1_ExportPersonDataRequest__Output } from '../../../siapkerja/entrepreneurship/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_entrepreneurship_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_entrepreneurship_v1_ExportPersonDataResponse__Output } from '../../../siapkerja/entrepreneurship/v1/ExportPersonDataResponse';
import type { GetDecreeRequest as _siapkerja_entrepreneurship_v1_GetDecreeRequest, GetDecreeRequest__Output as _siapkerja_entrepreneurship_v1_GetDecreeRequest__Output } from '../../../siapkerja/entrepreneurship/v1/GetDecreeRequest';
import type { GetGroupRequest as _siapkerja_entrepreneurship_v1_GetGroupRequest, GetGroupRequest__Output as _siapkerja_entrepreneurship_v1_GetGroupRequest__Output } from '../../../siapkerja/entrepreneurship/v1/GetGroupRequest';
import type { GetProgramRequest as _siapkerja_entrepreneurship_v1_GetProgramRequest, GetProgramRequest__Output as _siapkerja_entrepreneurship_v1_GetProgramRequest__Output } from '../../../siapkerja/entrepreneurship/v1/GetProgramRequest';
import type { GetProposalRequest as _siapkerja_entrepreneurship_v1_GetProposalRequest, GetProposalRequest__Output as _siapkerja_entrepreneurship_v1_GetProposalRequest__Output } from '../../../siapkerja/entrepreneurship/v1/GetProposalRequest';
import type { Group as _siapkerja_entrepreneurship_v1_Group, Group__Output as _siapkerja_entrepreneurship_v1_Group__Output } from '../../../siapkerja/entrepreneurship/v1/Group';
import type { ListBusinessReportsRequest as _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, ListBusinessReportsRequest__Output as _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest__Output } from '../../../siapkerja/entrepreneurship/v1/ListBusinessReportsRequest';
import type { ListBusinessReportsResponse as _siapkerja_entrepreneurship_v1_ListBusinessReportsResponse, ListBusinessReportsResponse__Output as _siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output } from '../../../siapkerja/entrepreneurship/v1/ListBusinessReportsResponse';
import type { ListGroupsRequest as _siapkerja_entrepreneurship_v1_ListGroupsRequest, ListGroupsRequest__Output as _siapkerja_entrepreneurship_v1_ListGroupsRequest__Output } from '../../../siapkerja/entrepreneurship/v1/ListGroupsRequest';
import type { ListGroupsResponse as _siapkerja_entrepreneurship_v1_ListGroupsResponse, ListGroupsResponse__Output as _siapkerja_entrepreneurship_v1_ListGroupsResponse__Output } from '../../../siapkerja/entrepreneurship/v1/ListGroupsResponse';
import type { ListMentorVisitsRequest as _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, ListMentorVisitsRequest__Output as _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest__Output } from '../../../siapkerja/entrepreneurship/v1/ListMentorVisitsRequest';
import type { ListMentorVisitsResponse as _siapkerja_entrepreneurship_v1_ListMentorVisitsResponse, ListMentorVisitsResponse__Output as _siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output } from '../../../siapkerja/entrepreneurship/v1/ListMentorVisitsResponse';
import type { ListProgramsRequest as _siapkerja_entrepreneurship_v1_ListProgramsRequest, ListProgramsRequest__Output as _siapkerja_entrepreneurship_v1_ListProgramsRequest__Output } from '../../../siapkerja/entrepreneurship/v1/ListProgramsRequest';
import type { ListProgramsResponse as _siapkerja_entrepreneurship_v1_ListProgramsResponse, ListProgramsResponse__Output as _siapkerja_entrepreneurship_v1_ListProgramsResponse__Output } from '../../../siapkerja/entrepreneurship/v1/ListProgramsResponse';
import type { ListProposalsRequest as _siapkerja_entrepreneurship_v1_ListProposalsRequest, ListProposalsRequest__Output as _siapkerja_entrepreneurship_v1_ListProposalsRequest__Output } from '../../../siapkerja/entrepreneurship/v1/ListProposalsRequest';
import type { ListProposalsResponse as _siapkerja_entrepreneurship_v1_ListProposalsResponse, ListProposalsResponse__Output as _siapkerja_entrepreneurship_v1_ListProposalsResponse__Output } from '../../../siapkerja/entrepreneurship/v1/ListProposalsResponse';
import type { MentorVisit as _siapkerja_entrepreneurship_v1_MentorVisit, MentorVisit__Output as _siapkerja_entrepreneurship_v1_MentorVisit__Output } from '../../../siapkerja/entrepreneurship/v1/MentorVisit';
import type { Program as _siapkerja_entrepreneurship_v1_Program, Program__Output as _siapkerja_entrepreneurship_v1_Program__Output } from '../../../siapkerja/entrepreneurship/v1/Program';
import type { Proposal as _siapkerja_entrepreneurship_v1_Proposal, Proposal__Output as _siapkerja_entrepreneurship_v1_Proposal__Output } from '../../../siapkerja/entrepreneurship/v1/Proposal';
import type { RemoveGroupMemberRequest as _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest, RemoveGroupMemberRequest__Output as _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest__Output } from '../../../siapkerja/entrepreneurship/v1/RemoveGroupMemberRequest';
import type { ReviewBusinessReportRequest as _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, ReviewBusinessReportRequest__Output as _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest__Output } from '../../../siapkerja/entrepreneurship/v1/ReviewBusinessReportRequest';
import type { SetProgramQuotaRequest as _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, SetProgramQuotaRequest__Output as _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest__Output } from '../../../siapkerja/entrepreneurship/v1/SetProgramQuotaRequest';
import type { StopGroupRequest as _siapkerja_entrepreneurship_v1_StopGroupRequest, StopGroupRequest__Output as _siapkerja_entrepreneurship_v1_StopGroupRequest__Output } from '../../../siapkerja/entrepreneurship/v1/StopGroupRequest';
import type { SubmitProposalRequest as _siapkerja_entrepreneurship_v1_SubmitProposalRequest, SubmitProposalRequest__Output as _siapkerja_entrepreneurship_v1_SubmitProposalRequest__Output } from '../../../siapkerja/entrepreneurship/v1/SubmitProposalRequest';
import type { VerifyProposalRequest as _siapkerja_entrepreneurship_v1_VerifyProposalRequest, VerifyProposalRequest__Output as _siapkerja_entrepreneurship_v1_VerifyProposalRequest__Output } from '../../../siapkerja/entrepreneurship/v1/VerifyProposalRequest';

export interface EntrepreneurshipServiceClient extends grpc.Client {
  AddGroupMember(argument: _siapkerja_entrepreneurship_v1_AddGroupMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  AddGroupMember(argument: _siapkerja_entrepreneurship_v1_AddGroupMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  AddGroupMember(argument: _siapkerja_entrepreneurship_v1_AddGroupMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  AddGroupMember(argument: _siapkerja_entrepreneurship_v1_AddGroupMemberRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  addGroupMember(argument: _siapkerja_entrepreneurship_v1_AddGroupMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  addGroupMember(argument: _siapkerja_entrepreneurship_v1_AddGroupMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  addGroupMember(argument: _siapkerja_entrepreneurship_v1_AddGroupMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  addGroupMember(argument: _siapkerja_entrepreneurship_v1_AddGroupMemberRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  
  AssignGroupMentor(argument: _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  AssignGroupMentor(argument: _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  AssignGroupMentor(argument: _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  AssignGroupMentor(argument: _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  assignGroupMentor(argument: _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  assignGroupMentor(argument: _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  assignGroupMentor(argument: _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  assignGroupMentor(argument: _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  
  CreateBusinessReport(argument: _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  CreateBusinessReport(argument: _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  CreateBusinessReport(argument: _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  CreateBusinessReport(argument: _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  createBusinessReport(argument: _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  createBusinessReport(argument: _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  createBusinessReport(argument: _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  createBusinessReport(argument: _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  
  CreateDecree(argument: _siapkerja_entrepreneurship_v1_CreateDecreeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  CreateDecree(argument: _siapkerja_entrepreneurship_v1_CreateDecreeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  CreateDecree(argument: _siapkerja_entrepreneurship_v1_CreateDecreeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  CreateDecree(argument: _siapkerja_entrepreneurship_v1_CreateDecreeRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  createDecree(argument: _siapkerja_entrepreneurship_v1_CreateDecreeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  createDecree(argument: _siapkerja_entrepreneurship_v1_CreateDecreeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  createDecree(argument: _siapkerja_entrepreneurship_v1_CreateDecreeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  createDecree(argument: _siapkerja_entrepreneurship_v1_CreateDecreeRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  
  CreateGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  CreateGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  CreateGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  CreateGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  
  CreateMentorVisit(argument: _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_MentorVisit__Output>): grpc.ClientUnaryCall;
  CreateMentorVisit(argument: _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_MentorVisit__Output>): grpc.ClientUnaryCall;
  CreateMentorVisit(argument: _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_MentorVisit__Output>): grpc.ClientUnaryCall;
  CreateMentorVisit(argument: _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_MentorVisit__Output>): grpc.ClientUnaryCall;
  createMentorVisit(argument: _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_MentorVisit__Output>): grpc.ClientUnaryCall;
  createMentorVisit(argument: _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_MentorVisit__Output>): grpc.ClientUnaryCall;
  createMentorVisit(argument: _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_MentorVisit__Output>): grpc.ClientUnaryCall;
  createMentorVisit(argument: _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_MentorVisit__Output>): grpc.ClientUnaryCall;
  
  CreateProgram(argument: _siapkerja_entrepreneurship_v1_CreateProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  CreateProgram(argument: _siapkerja_entrepreneurship_v1_CreateProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  CreateProgram(argument: _siapkerja_entrepreneurship_v1_CreateProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  CreateProgram(argument: _siapkerja_entrepreneurship_v1_CreateProgramRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  createProgram(argument: _siapkerja_entrepreneurship_v1_CreateProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  createProgram(argument: _siapkerja_entrepreneurship_v1_CreateProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  createProgram(argument: _siapkerja_entrepreneurship_v1_CreateProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  createProgram(argument: _siapkerja_entrepreneurship_v1_CreateProgramRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  
  CreateTranche(argument: _siapkerja_entrepreneurship_v1_CreateTrancheRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  CreateTranche(argument: _siapkerja_entrepreneurship_v1_CreateTrancheRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  CreateTranche(argument: _siapkerja_entrepreneurship_v1_CreateTrancheRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  CreateTranche(argument: _siapkerja_entrepreneurship_v1_CreateTrancheRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  createTranche(argument: _siapkerja_entrepreneurship_v1_CreateTrancheRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  createTranche(argument: _siapkerja_entrepreneurship_v1_CreateTrancheRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  createTranche(argument: _siapkerja_entrepreneurship_v1_CreateTrancheRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  createTranche(argument: _siapkerja_entrepreneurship_v1_CreateTrancheRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  
  ExportPersonData(argument: _siapkerja_entrepreneurship_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_entrepreneurship_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_entrepreneurship_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_entrepreneurship_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_entrepreneurship_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_entrepreneurship_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_entrepreneurship_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_entrepreneurship_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  
  GetDecree(argument: _siapkerja_entrepreneurship_v1_GetDecreeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  GetDecree(argument: _siapkerja_entrepreneurship_v1_GetDecreeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  GetDecree(argument: _siapkerja_entrepreneurship_v1_GetDecreeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  GetDecree(argument: _siapkerja_entrepreneurship_v1_GetDecreeRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  getDecree(argument: _siapkerja_entrepreneurship_v1_GetDecreeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  getDecree(argument: _siapkerja_entrepreneurship_v1_GetDecreeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  getDecree(argument: _siapkerja_entrepreneurship_v1_GetDecreeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  getDecree(argument: _siapkerja_entrepreneurship_v1_GetDecreeRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Decree__Output>): grpc.ClientUnaryCall;
  
  GetGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  
  GetProgram(argument: _siapkerja_entrepreneurship_v1_GetProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  GetProgram(argument: _siapkerja_entrepreneurship_v1_GetProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  GetProgram(argument: _siapkerja_entrepreneurship_v1_GetProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  GetProgram(argument: _siapkerja_entrepreneurship_v1_GetProgramRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _siapkerja_entrepreneurship_v1_GetProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _siapkerja_entrepreneurship_v1_GetProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _siapkerja_entrepreneurship_v1_GetProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _siapkerja_entrepreneurship_v1_GetProgramRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  
  GetProposal(argument: _siapkerja_entrepreneurship_v1_GetProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  GetProposal(argument: _siapkerja_entrepreneurship_v1_GetProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  GetProposal(argument: _siapkerja_entrepreneurship_v1_GetProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  GetProposal(argument: _siapkerja_entrepreneurship_v1_GetProposalRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  getProposal(argument: _siapkerja_entrepreneurship_v1_GetProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  getProposal(argument: _siapkerja_entrepreneurship_v1_GetProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  getProposal(argument: _siapkerja_entrepreneurship_v1_GetProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  getProposal(argument: _siapkerja_entrepreneurship_v1_GetProposalRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  
  ListBusinessReports(argument: _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output>): grpc.ClientUnaryCall;
  ListBusinessReports(argument: _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output>): grpc.ClientUnaryCall;
  ListBusinessReports(argument: _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output>): grpc.ClientUnaryCall;
  ListBusinessReports(argument: _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output>): grpc.ClientUnaryCall;
  listBusinessReports(argument: _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output>): grpc.ClientUnaryCall;
  listBusinessReports(argument: _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output>): grpc.ClientUnaryCall;
  listBusinessReports(argument: _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output>): grpc.ClientUnaryCall;
  listBusinessReports(argument: _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output>): grpc.ClientUnaryCall;
  
  ListGroups(argument: _siapkerja_entrepreneurship_v1_ListGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListGroups(argument: _siapkerja_entrepreneurship_v1_ListGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListGroups(argument: _siapkerja_entrepreneurship_v1_ListGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListGroups(argument: _siapkerja_entrepreneurship_v1_ListGroupsRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _siapkerja_entrepreneurship_v1_ListGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _siapkerja_entrepreneurship_v1_ListGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _siapkerja_entrepreneurship_v1_ListGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _siapkerja_entrepreneurship_v1_ListGroupsRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  
  ListMentorVisits(argument: _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output>): grpc.ClientUnaryCall;
  ListMentorVisits(argument: _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output>): grpc.ClientUnaryCall;
  ListMentorVisits(argument: _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output>): grpc.ClientUnaryCall;
  ListMentorVisits(argument: _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output>): grpc.ClientUnaryCall;
  listMentorVisits(argument: _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output>): grpc.ClientUnaryCall;
  listMentorVisits(argument: _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output>): grpc.ClientUnaryCall;
  listMentorVisits(argument: _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output>): grpc.ClientUnaryCall;
  listMentorVisits(argument: _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output>): grpc.ClientUnaryCall;
  
  ListPrograms(argument: _siapkerja_entrepreneurship_v1_ListProgramsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _siapkerja_entrepreneurship_v1_ListProgramsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _siapkerja_entrepreneurship_v1_ListProgramsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _siapkerja_entrepreneurship_v1_ListProgramsRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_entrepreneurship_v1_ListProgramsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_entrepreneurship_v1_ListProgramsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_entrepreneurship_v1_ListProgramsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_entrepreneurship_v1_ListProgramsRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  
  ListProposals(argument: _siapkerja_entrepreneurship_v1_ListProposalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProposalsResponse__Output>): grpc.ClientUnaryCall;
  ListProposals(argument: _siapkerja_entrepreneurship_v1_ListProposalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProposalsResponse__Output>): grpc.ClientUnaryCall;
  ListProposals(argument: _siapkerja_entrepreneurship_v1_ListProposalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProposalsResponse__Output>): grpc.ClientUnaryCall;
  ListProposals(argument: _siapkerja_entrepreneurship_v1_ListProposalsRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProposalsResponse__Output>): grpc.ClientUnaryCall;
  listProposals(argument: _siapkerja_entrepreneurship_v1_ListProposalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProposalsResponse__Output>): grpc.ClientUnaryCall;
  listProposals(argument: _siapkerja_entrepreneurship_v1_ListProposalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProposalsResponse__Output>): grpc.ClientUnaryCall;
  listProposals(argument: _siapkerja_entrepreneurship_v1_ListProposalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProposalsResponse__Output>): grpc.ClientUnaryCall;
  listProposals(argument: _siapkerja_entrepreneurship_v1_ListProposalsRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_ListProposalsResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveGroupMember(argument: _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  RemoveGroupMember(argument: _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  RemoveGroupMember(argument: _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  RemoveGroupMember(argument: _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  removeGroupMember(argument: _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  removeGroupMember(argument: _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  removeGroupMember(argument: _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  removeGroupMember(argument: _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  
  ReviewBusinessReport(argument: _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  ReviewBusinessReport(argument: _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  ReviewBusinessReport(argument: _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  ReviewBusinessReport(argument: _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  reviewBusinessReport(argument: _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  reviewBusinessReport(argument: _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  reviewBusinessReport(argument: _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  reviewBusinessReport(argument: _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_BusinessReport__Output>): grpc.ClientUnaryCall;
  
  SetProgramQuota(argument: _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  SetProgramQuota(argument: _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  SetProgramQuota(argument: _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  SetProgramQuota(argument: _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  setProgramQuota(argument: _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  setProgramQuota(argument: _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  setProgramQuota(argument: _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  setProgramQuota(argument: _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Program__Output>): grpc.ClientUnaryCall;
  
  StopGroup(argument: _siapkerja_entrepreneurship_v1_StopGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  StopGroup(argument: _siapkerja_entrepreneurship_v1_StopGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  StopGroup(argument: _siapkerja_entrepreneurship_v1_StopGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  StopGroup(argument: _siapkerja_entrepreneurship_v1_StopGroupRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  stopGroup(argument: _siapkerja_entrepreneurship_v1_StopGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  stopGroup(argument: _siapkerja_entrepreneurship_v1_StopGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  stopGroup(argument: _siapkerja_entrepreneurship_v1_StopGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  stopGroup(argument: _siapkerja_entrepreneurship_v1_StopGroupRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  
  SubmitProposal(argument: _siapkerja_entrepreneurship_v1_SubmitProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  SubmitProposal(argument: _siapkerja_entrepreneurship_v1_SubmitProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  SubmitProposal(argument: _siapkerja_entrepreneurship_v1_SubmitProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  SubmitProposal(argument: _siapkerja_entrepreneurship_v1_SubmitProposalRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  submitProposal(argument: _siapkerja_entrepreneurship_v1_SubmitProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  submitProposal(argument: _siapkerja_entrepreneurship_v1_SubmitProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  submitProposal(argument: _siapkerja_entrepreneurship_v1_SubmitProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  submitProposal(argument: _siapkerja_entrepreneurship_v1_SubmitProposalRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  
  VerifyProposal(argument: _siapkerja_entrepreneurship_v1_VerifyProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  VerifyProposal(argument: _siapkerja_entrepreneurship_v1_VerifyProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  VerifyProposal(argument: _siapkerja_entrepreneurship_v1_VerifyProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  VerifyProposal(argument: _siapkerja_entrepreneurship_v1_VerifyProposalRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  verifyProposal(argument: _siapkerja_entrepreneurship_v1_VerifyProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  verifyProposal(argument: _siapkerja_entrepreneurship_v1_VerifyProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  verifyProposal(argument: _siapkerja_entrepreneurship_v1_VerifyProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  verifyProposal(argument: _siapkerja_entrepreneurship_v1_VerifyProposalRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Proposal__Output>): grpc.ClientUnaryCall;
  
}

export interface EntrepreneurshipServiceHandlers extends grpc.UntypedServiceImplementation {
  AddGroupMember: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_AddGroupMemberRequest__Output, _siapkerja_entrepreneurship_v1_Group>;
  
  AssignGroupMentor: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_AssignGroupMentorRequest__Output, _siapkerja_entrepreneurship_v1_Group>;
  
  CreateBusinessReport: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_CreateBusinessReportRequest__Output, _siapkerja_entrepreneurship_v1_BusinessReport>;
  
  CreateDecree: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_CreateDecreeRequest__Output, _siapkerja_entrepreneurship_v1_Decree>;
  
  CreateGroup: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_CreateGroupRequest__Output, _siapkerja_entrepreneurship_v1_Group>;
  
  CreateMentorVisit: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_CreateMentorVisitRequest__Output, _siapkerja_entrepreneurship_v1_MentorVisit>;
  
  CreateProgram: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_CreateProgramRequest__Output, _siapkerja_entrepreneurship_v1_Program>;
  
  CreateTranche: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_CreateTrancheRequest__Output, _siapkerja_entrepreneurship_v1_Proposal>;
  
  ExportPersonData: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_ExportPersonDataRequest__Output, _siapkerja_entrepreneurship_v1_ExportPersonDataResponse>;
  
  GetDecree: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_GetDecreeRequest__Output, _siapkerja_entrepreneurship_v1_Decree>;
  
  GetGroup: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_GetGroupRequest__Output, _siapkerja_entrepreneurship_v1_Group>;
  
  GetProgram: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_GetProgramRequest__Output, _siapkerja_entrepreneurship_v1_Program>;
  
  GetProposal: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_GetProposalRequest__Output, _siapkerja_entrepreneurship_v1_Proposal>;
  
  ListBusinessReports: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_ListBusinessReportsRequest__Output, _siapkerja_entrepreneurship_v1_ListBusinessReportsResponse>;
  
  ListGroups: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_ListGroupsRequest__Output, _siapkerja_entrepreneurship_v1_ListGroupsResponse>;
  
  ListMentorVisits: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_ListMentorVisitsRequest__Output, _siapkerja_entrepreneurship_v1_ListMentorVisitsResponse>;
  
  ListPrograms: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_ListProgramsRequest__Output, _siapkerja_entrepreneurship_v1_ListProgramsResponse>;
  
  ListProposals: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_ListProposalsRequest__Output, _siapkerja_entrepreneurship_v1_ListProposalsResponse>;
  
  RemoveGroupMember: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest__Output, _siapkerja_entrepreneurship_v1_Group>;
  
  ReviewBusinessReport: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest__Output, _siapkerja_entrepreneurship_v1_BusinessReport>;
  
  SetProgramQuota: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_SetProgramQuotaRequest__Output, _siapkerja_entrepreneurship_v1_Program>;
  
  StopGroup: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_StopGroupRequest__Output, _siapkerja_entrepreneurship_v1_Group>;
  
  SubmitProposal: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_SubmitProposalRequest__Output, _siapkerja_entrepreneurship_v1_Proposal>;
  
  VerifyProposal: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_VerifyProposalRequest__Output, _siapkerja_entrepreneurship_v1_Proposal>;
  
}

export interface EntrepreneurshipServiceDefinition extends grpc.ServiceDefinition {
  AddGroupMember: MethodDefinition<_siapkerja_entrepreneurship_v1_AddGroupMemberRequest, _siapkerja_entrepreneurship_v1_Group, _siapkerja_entrepreneurship_v1_AddGroupMemberRequest__Output, _siapkerja_entrepreneurship_v1_Group__Output>
  AssignGroupMentor: MethodDefinition<_siapkerja_entrepreneurship_v1_AssignGroupMentorRequest, _siapkerja_entrepreneurship_v1_Group, _siapkerja_entrepreneurship_v1_AssignGroupMentorRequest__Output, _siapkerja_entrepreneurship_v1_Group__Output>
  CreateBusinessReport: MethodDefinition<_siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, _siapkerja_entrepreneurship_v1_BusinessReport, _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest__Output, _siapkerja_entrepreneurship_v1_BusinessReport__Output>
  CreateDecree: MethodDefinition<_siapkerja_entrepreneurship_v1_CreateDecreeRequest, _siapkerja_entrepreneurship_v1_Decree, _siapkerja_entrepreneurship_v1_CreateDecreeRequest__Output, _siapkerja_entrepreneurship_v1_Decree__Output>
  CreateGroup: MethodDefinition<_siapkerja_entrepreneurship_v1_CreateGroupRequest, _siapkerja_entrepreneurship_v1_Group, _siapkerja_entrepreneurship_v1_CreateGroupRequest__Output, _siapkerja_entrepreneurship_v1_Group__Output>
  CreateMentorVisit: MethodDefinition<_siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, _siapkerja_entrepreneurship_v1_MentorVisit, _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest__Output, _siapkerja_entrepreneurship_v1_MentorVisit__Output>
  CreateProgram: MethodDefinition<_siapkerja_entrepreneurship_v1_CreateProgramRequest, _siapkerja_entrepreneurship_v1_Program, _siapkerja_entrepreneurship_v1_CreateProgramRequest__Output, _siapkerja_entrepreneurship_v1_Program__Output>
  CreateTranche: MethodDefinition<_siapkerja_entrepreneurship_v1_CreateTrancheRequest, _siapkerja_entrepreneurship_v1_Proposal, _siapkerja_entrepreneurship_v1_CreateTrancheRequest__Output, _siapkerja_entrepreneurship_v1_Proposal__Output>
  ExportPersonData: MethodDefinition<_siapkerja_entrepreneurship_v1_ExportPersonDataRequest, _siapkerja_entrepreneurship_v1_ExportPersonDataResponse, _siapkerja_entrepreneurship_v1_ExportPersonDataRequest__Output, _siapkerja_entrepreneurship_v1_ExportPersonDataResponse__Output>
  GetDecree: MethodDefinition<_siapkerja_entrepreneurship_v1_GetDecreeRequest, _siapkerja_entrepreneurship_v1_Decree, _siapkerja_entrepreneurship_v1_GetDecreeRequest__Output, _siapkerja_entrepreneurship_v1_Decree__Output>
  GetGroup: MethodDefinition<_siapkerja_entrepreneurship_v1_GetGroupRequest, _siapkerja_entrepreneurship_v1_Group, _siapkerja_entrepreneurship_v1_GetGroupRequest__Output, _siapkerja_entrepreneurship_v1_Group__Output>
  GetProgram: MethodDefinition<_siapkerja_entrepreneurship_v1_GetProgramRequest, _siapkerja_entrepreneurship_v1_Program, _siapkerja_entrepreneurship_v1_GetProgramRequest__Output, _siapkerja_entrepreneurship_v1_Program__Output>
  GetProposal: MethodDefinition<_siapkerja_entrepreneurship_v1_GetProposalRequest, _siapkerja_entrepreneurship_v1_Proposal, _siapkerja_entrepreneurship_v1_GetProposalRequest__Output, _siapkerja_entrepreneurship_v1_Proposal__Output>
  ListBusinessReports: MethodDefinition<_siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, _siapkerja_entrepreneurship_v1_ListBusinessReportsResponse, _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest__Output, _siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output>
  ListGroups: MethodDefinition<_siapkerja_entrepreneurship_v1_ListGroupsRequest, _siapkerja_entrepreneurship_v1_ListGroupsResponse, _siapkerja_entrepreneurship_v1_ListGroupsRequest__Output, _siapkerja_entrepreneurship_v1_ListGroupsResponse__Output>
  ListMentorVisits: MethodDefinition<_siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, _siapkerja_entrepreneurship_v1_ListMentorVisitsResponse, _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest__Output, _siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output>
  ListPrograms: MethodDefinition<_siapkerja_entrepreneurship_v1_ListProgramsRequest, _siapkerja_entrepreneurship_v1_ListProgramsResponse, _siapkerja_entrepreneurship_v1_ListProgramsRequest__Output, _siapkerja_entrepreneurship_v1_ListProgramsResponse__Output>
  ListProposals: MethodDefinition<_siapkerja_entrepreneurship_v1_ListProposalsRequest, _siapkerja_entrepreneurship_v1_ListProposalsResponse, _siapkerja_entrepreneurship_v1_ListProposalsRequest__Output, _siapkerja_entrepreneurship_v1_ListProposalsResponse__Output>
  RemoveGroupMember: MethodDefinition<_siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest, _siapkerja_entrepreneurship_v1_Group, _siapkerja_entrepreneurship_v1_RemoveGroupMemberRequest__Output, _siapkerja_entrepreneurship_v1_Group__Output>
  ReviewBusinessReport: MethodDefinition<_siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, _siapkerja_entrepreneurship_v1_BusinessReport, _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest__Output, _siapkerja_entrepreneurship_v1_BusinessReport__Output>
  SetProgramQuota: MethodDefinition<_siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, _siapkerja_entrepreneurship_v1_Program, _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest__Output, _siapkerja_entrepreneurship_v1_Program__Output>
  StopGroup: MethodDefinition<_siapkerja_entrepreneurship_v1_StopGroupRequest, _siapkerja_entrepreneurship_v1_Group, _siapkerja_entrepreneurship_v1_StopGroupRequest__Output, _siapkerja_entrepreneurship_v1_Group__Output>
  SubmitProposal: MethodDefinition<_siapkerja_entrepreneurship_v1_SubmitProposalRequest, _siapkerja_entrepreneurship_v1_Proposal, _siapkerja_entrepreneurship_v1_SubmitProposalRequest__Output, _siapkerja_entrepreneurship_v1_Proposal__Output>
  VerifyProposal: MethodDefinition<_siapkerja_entrepreneurship_v1_VerifyProposalRequest, _siapkerja_entrepreneurship_v1_Proposal, _siapkerja_entrepreneurship_v1_VerifyProposalRequest__Output, _siapkerja_entrepreneurship_v1_Proposal__Output>
}
