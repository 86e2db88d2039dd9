// Original file: proto/siapkerja/placement/v1/placement.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApplyImportBatchRequest as _siapkerja_placement_v1_ApplyImportBatchRequest, ApplyImportBatchRequest__Output as _siapkerja_placement_v1_ApplyImportBatchRequest__Output } from '../../../siapkerja/placement/v1/ApplyImportBatchRequest';
import type { ApplyImportBatchResponse as _siapkerja_placement_v1_ApplyImportBatchResponse, ApplyImportBatchResponse__Output as _siapkerja_placement_v1_ApplyImportBatchResponse__Output } from '../../../siapkerja/placement/v1/ApplyImportBatchResponse';
import type { ExportPersonDataRequest as _siapkerja_placement_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_placement_v1_ExportPersonDataRequest__Output } from '../../../siapkerja/placement/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_placement_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_placement_v1_ExportPersonDataResponse__Output } from '../../../siapkerja/placement/v1/ExportPersonDataResponse';
import type { GetGraduateOutcomesRequest as _siapkerja_placement_v1_GetGraduateOutcomesRequest, GetGraduateOutcomesRequest__Output as _siapkerja_placement_v1_GetGraduateOutcomesRequest__Output } from '../../../siapkerja/placement/v1/GetGraduateOutcomesRequest';
import type { GetIpkFormRequest as _siapkerja_placement_v1_GetIpkFormRequest, GetIpkFormRequest__Output as _siapkerja_placement_v1_GetIpkFormRequest__Output } from '../../../siapkerja/placement/v1/GetIpkFormRequest';
import type { GetIpkFormsRequest as _siapkerja_placement_v1_GetIpkFormsRequest, GetIpkFormsRequest__Output as _siapkerja_placement_v1_GetIpkFormsRequest__Output } from '../../../siapkerja/placement/v1/GetIpkFormsRequest';
import type { GetLabourMarketRequest as _siapkerja_placement_v1_GetLabourMarketRequest, GetLabourMarketRequest__Output as _siapkerja_placement_v1_GetLabourMarketRequest__Output } from '../../../siapkerja/placement/v1/GetLabourMarketRequest';
import type { GetPersonTraceRequest as _siapkerja_placement_v1_GetPersonTraceRequest, GetPersonTraceRequest__Output as _siapkerja_placement_v1_GetPersonTraceRequest__Output } from '../../../siapkerja/placement/v1/GetPersonTraceRequest';
import type { GetPlacementReportRequest as _siapkerja_placement_v1_GetPlacementReportRequest, GetPlacementReportRequest__Output as _siapkerja_placement_v1_GetPlacementReportRequest__Output } from '../../../siapkerja/placement/v1/GetPlacementReportRequest';
import type { GetVacancyReportRequest as _siapkerja_placement_v1_GetVacancyReportRequest, GetVacancyReportRequest__Output as _siapkerja_placement_v1_GetVacancyReportRequest__Output } from '../../../siapkerja/placement/v1/GetVacancyReportRequest';
import type { GraduateOutcomes as _siapkerja_placement_v1_GraduateOutcomes, GraduateOutcomes__Output as _siapkerja_placement_v1_GraduateOutcomes__Output } from '../../../siapkerja/placement/v1/GraduateOutcomes';
import type { IpkForm as _siapkerja_placement_v1_IpkForm, IpkForm__Output as _siapkerja_placement_v1_IpkForm__Output } from '../../../siapkerja/placement/v1/IpkForm';
import type { IpkForms as _siapkerja_placement_v1_IpkForms, IpkForms__Output as _siapkerja_placement_v1_IpkForms__Output } from '../../../siapkerja/placement/v1/IpkForms';
import type { LabourMarket as _siapkerja_placement_v1_LabourMarket, LabourMarket__Output as _siapkerja_placement_v1_LabourMarket__Output } from '../../../siapkerja/placement/v1/LabourMarket';
import type { ListActivityCountsRequest as _siapkerja_placement_v1_ListActivityCountsRequest, ListActivityCountsRequest__Output as _siapkerja_placement_v1_ListActivityCountsRequest__Output } from '../../../siapkerja/placement/v1/ListActivityCountsRequest';
import type { ListActivityCountsResponse as _siapkerja_placement_v1_ListActivityCountsResponse, ListActivityCountsResponse__Output as _siapkerja_placement_v1_ListActivityCountsResponse__Output } from '../../../siapkerja/placement/v1/ListActivityCountsResponse';
import type { ListPlacementsRequest as _siapkerja_placement_v1_ListPlacementsRequest, ListPlacementsRequest__Output as _siapkerja_placement_v1_ListPlacementsRequest__Output } from '../../../siapkerja/placement/v1/ListPlacementsRequest';
import type { ListPlacementsResponse as _siapkerja_placement_v1_ListPlacementsResponse, ListPlacementsResponse__Output as _siapkerja_placement_v1_ListPlacementsResponse__Output } from '../../../siapkerja/placement/v1/ListPlacementsResponse';
import type { PersonTrace as _siapkerja_placement_v1_PersonTrace, PersonTrace__Output as _siapkerja_placement_v1_PersonTrace__Output } from '../../../siapkerja/placement/v1/PersonTrace';
import type { PlacementReport as _siapkerja_placement_v1_PlacementReport, PlacementReport__Output as _siapkerja_placement_v1_PlacementReport__Output } from '../../../siapkerja/placement/v1/PlacementReport';
import type { RenderLabourMarketPageRequest as _siapkerja_placement_v1_RenderLabourMarketPageRequest, RenderLabourMarketPageRequest__Output as _siapkerja_placement_v1_RenderLabourMarketPageRequest__Output } from '../../../siapkerja/placement/v1/RenderLabourMarketPageRequest';
import type { RenderedFile as _siapkerja_placement_v1_RenderedFile, RenderedFile__Output as _siapkerja_placement_v1_RenderedFile__Output } from '../../../siapkerja/placement/v1/RenderedFile';
import type { VacancyReport as _siapkerja_placement_v1_VacancyReport, VacancyReport__Output as _siapkerja_placement_v1_VacancyReport__Output } from '../../../siapkerja/placement/v1/VacancyReport';

export interface PlacementServiceClient extends grpc.Client {
  ApplyImportBatch(argument: _siapkerja_placement_v1_ApplyImportBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  ApplyImportBatch(argument: _siapkerja_placement_v1_ApplyImportBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  ApplyImportBatch(argument: _siapkerja_placement_v1_ApplyImportBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  ApplyImportBatch(argument: _siapkerja_placement_v1_ApplyImportBatchRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  applyImportBatch(argument: _siapkerja_placement_v1_ApplyImportBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  applyImportBatch(argument: _siapkerja_placement_v1_ApplyImportBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  applyImportBatch(argument: _siapkerja_placement_v1_ApplyImportBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  applyImportBatch(argument: _siapkerja_placement_v1_ApplyImportBatchRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  
  ExportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  
  GetGraduateOutcomes(argument: _siapkerja_placement_v1_GetGraduateOutcomesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_GraduateOutcomes__Output>): grpc.ClientUnaryCall;
  GetGraduateOutcomes(argument: _siapkerja_placement_v1_GetGraduateOutcomesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_GraduateOutcomes__Output>): grpc.ClientUnaryCall;
  GetGraduateOutcomes(argument: _siapkerja_placement_v1_GetGraduateOutcomesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_GraduateOutcomes__Output>): grpc.ClientUnaryCall;
  GetGraduateOutcomes(argument: _siapkerja_placement_v1_GetGraduateOutcomesRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_GraduateOutcomes__Output>): grpc.ClientUnaryCall;
  getGraduateOutcomes(argument: _siapkerja_placement_v1_GetGraduateOutcomesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_GraduateOutcomes__Output>): grpc.ClientUnaryCall;
  getGraduateOutcomes(argument: _siapkerja_placement_v1_GetGraduateOutcomesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_GraduateOutcomes__Output>): grpc.ClientUnaryCall;
  getGraduateOutcomes(argument: _siapkerja_placement_v1_GetGraduateOutcomesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_GraduateOutcomes__Output>): grpc.ClientUnaryCall;
  getGraduateOutcomes(argument: _siapkerja_placement_v1_GetGraduateOutcomesRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_GraduateOutcomes__Output>): grpc.ClientUnaryCall;
  
  GetIpkForm(argument: _siapkerja_placement_v1_GetIpkFormRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForm__Output>): grpc.ClientUnaryCall;
  GetIpkForm(argument: _siapkerja_placement_v1_GetIpkFormRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForm__Output>): grpc.ClientUnaryCall;
  GetIpkForm(argument: _siapkerja_placement_v1_GetIpkFormRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForm__Output>): grpc.ClientUnaryCall;
  GetIpkForm(argument: _siapkerja_placement_v1_GetIpkFormRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForm__Output>): grpc.ClientUnaryCall;
  getIpkForm(argument: _siapkerja_placement_v1_GetIpkFormRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForm__Output>): grpc.ClientUnaryCall;
  getIpkForm(argument: _siapkerja_placement_v1_GetIpkFormRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForm__Output>): grpc.ClientUnaryCall;
  getIpkForm(argument: _siapkerja_placement_v1_GetIpkFormRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForm__Output>): grpc.ClientUnaryCall;
  getIpkForm(argument: _siapkerja_placement_v1_GetIpkFormRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForm__Output>): grpc.ClientUnaryCall;
  
  GetIpkForms(argument: _siapkerja_placement_v1_GetIpkFormsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForms__Output>): grpc.ClientUnaryCall;
  GetIpkForms(argument: _siapkerja_placement_v1_GetIpkFormsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForms__Output>): grpc.ClientUnaryCall;
  GetIpkForms(argument: _siapkerja_placement_v1_GetIpkFormsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForms__Output>): grpc.ClientUnaryCall;
  GetIpkForms(argument: _siapkerja_placement_v1_GetIpkFormsRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForms__Output>): grpc.ClientUnaryCall;
  getIpkForms(argument: _siapkerja_placement_v1_GetIpkFormsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForms__Output>): grpc.ClientUnaryCall;
  getIpkForms(argument: _siapkerja_placement_v1_GetIpkFormsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForms__Output>): grpc.ClientUnaryCall;
  getIpkForms(argument: _siapkerja_placement_v1_GetIpkFormsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForms__Output>): grpc.ClientUnaryCall;
  getIpkForms(argument: _siapkerja_placement_v1_GetIpkFormsRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_IpkForms__Output>): grpc.ClientUnaryCall;
  
  GetLabourMarket(argument: _siapkerja_placement_v1_GetLabourMarketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_LabourMarket__Output>): grpc.ClientUnaryCall;
  GetLabourMarket(argument: _siapkerja_placement_v1_GetLabourMarketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_LabourMarket__Output>): grpc.ClientUnaryCall;
  GetLabourMarket(argument: _siapkerja_placement_v1_GetLabourMarketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_LabourMarket__Output>): grpc.ClientUnaryCall;
  GetLabourMarket(argument: _siapkerja_placement_v1_GetLabourMarketRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_LabourMarket__Output>): grpc.ClientUnaryCall;
  getLabourMarket(argument: _siapkerja_placement_v1_GetLabourMarketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_LabourMarket__Output>): grpc.ClientUnaryCall;
  getLabourMarket(argument: _siapkerja_placement_v1_GetLabourMarketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_LabourMarket__Output>): grpc.ClientUnaryCall;
  getLabourMarket(argument: _siapkerja_placement_v1_GetLabourMarketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_LabourMarket__Output>): grpc.ClientUnaryCall;
  getLabourMarket(argument: _siapkerja_placement_v1_GetLabourMarketRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_LabourMarket__Output>): grpc.ClientUnaryCall;
  
  GetPersonTrace(argument: _siapkerja_placement_v1_GetPersonTraceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_PersonTrace__Output>): grpc.ClientUnaryCall;
  GetPersonTrace(argument: _siapkerja_placement_v1_GetPersonTraceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_PersonTrace__Output>): grpc.ClientUnaryCall;
  GetPersonTrace(argument: _siapkerja_placement_v1_GetPersonTraceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_PersonTrace__Output>): grpc.ClientUnaryCall;
  GetPersonTrace(argument: _siapkerja_placement_v1_GetPersonTraceRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_PersonTrace__Output>): grpc.ClientUnaryCall;
  getPersonTrace(argument: _siapkerja_placement_v1_GetPersonTraceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_PersonTrace__Output>): grpc.ClientUnaryCall;
  getPersonTrace(argument: _siapkerja_placement_v1_GetPersonTraceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_PersonTrace__Output>): grpc.ClientUnaryCall;
  getPersonTrace(argument: _siapkerja_placement_v1_GetPersonTraceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_PersonTrace__Output>): grpc.ClientUnaryCall;
  getPersonTrace(argument: _siapkerja_placement_v1_GetPersonTraceRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_PersonTrace__Output>): grpc.ClientUnaryCall;
  
  GetPlacementReport(argument: _siapkerja_placement_v1_GetPlacementReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_PlacementReport__Output>): grpc.ClientUnaryCall;
  GetPlacementReport(argument: _siapkerja_placement_v1_GetPlacementReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_PlacementReport__Output>): grpc.ClientUnaryCall;
  GetPlacementReport(argument: _siapkerja_placement_v1_GetPlacementReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_PlacementReport__Output>): grpc.ClientUnaryCall;
  GetPlacementReport(argument: _siapkerja_placement_v1_GetPlacementReportRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_PlacementReport__Output>): grpc.ClientUnaryCall;
  getPlacementReport(argument: _siapkerja_placement_v1_GetPlacementReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_PlacementReport__Output>): grpc.ClientUnaryCall;
  getPlacementReport(argument: _siapkerja_placement_v1_GetPlacementReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_PlacementReport__Output>): grpc.ClientUnaryCall;
  getPlacementReport(argument: _siapkerja_placement_v1_GetPlacementReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_PlacementReport__Output>): grpc.ClientUnaryCall;
  getPlacementReport(argument: _siapkerja_placement_v1_GetPlacementReportRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_PlacementReport__Output>): grpc.ClientUnaryCall;
  
  GetVacancyReport(argument: _siapkerja_placement_v1_GetVacancyReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_VacancyReport__Output>): grpc.ClientUnaryCall;
  GetVacancyReport(argument: _siapkerja_placement_v1_GetVacancyReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_VacancyReport__Output>): grpc.ClientUnaryCall;
  GetVacancyReport(argument: _siapkerja_placement_v1_GetVacancyReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_VacancyReport__Output>): grpc.ClientUnaryCall;
  GetVacancyReport(argument: _siapkerja_placement_v1_GetVacancyReportRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_VacancyReport__Output>): grpc.ClientUnaryCall;
  getVacancyReport(argument: _siapkerja_placement_v1_GetVacancyReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_VacancyReport__Output>): grpc.ClientUnaryCall;
  getVacancyReport(argument: _siapkerja_placement_v1_GetVacancyReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_VacancyReport__Output>): grpc.ClientUnaryCall;
  getVacancyReport(argument: _siapkerja_placement_v1_GetVacancyReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_VacancyReport__Output>): grpc.ClientUnaryCall;
  getVacancyReport(argument: _siapkerja_placement_v1_GetVacancyReportRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_VacancyReport__Output>): grpc.ClientUnaryCall;
  
  ListActivityCounts(argument: _siapkerja_placement_v1_ListActivityCountsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ListActivityCountsResponse__Output>): grpc.ClientUnaryCall;
  ListActivityCounts(argument: _siapkerja_placement_v1_ListActivityCountsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_ListActivityCountsResponse__Output>): grpc.ClientUnaryCall;
  ListActivityCounts(argument: _siapkerja_placement_v1_ListActivityCountsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ListActivityCountsResponse__Output>): grpc.ClientUnaryCall;
  ListActivityCounts(argument: _siapkerja_placement_v1_ListActivityCountsRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_ListActivityCountsResponse__Output>): grpc.ClientUnaryCall;
  listActivityCounts(argument: _siapkerja_placement_v1_ListActivityCountsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ListActivityCountsResponse__Output>): grpc.ClientUnaryCall;
  listActivityCounts(argument: _siapkerja_placement_v1_ListActivityCountsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_ListActivityCountsResponse__Output>): grpc.ClientUnaryCall;
  listActivityCounts(argument: _siapkerja_placement_v1_ListActivityCountsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ListActivityCountsResponse__Output>): grpc.ClientUnaryCall;
  listActivityCounts(argument: _siapkerja_placement_v1_ListActivityCountsRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_ListActivityCountsResponse__Output>): grpc.ClientUnaryCall;
  
  ListPlacements(argument: _siapkerja_placement_v1_ListPlacementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ListPlacementsResponse__Output>): grpc.ClientUnaryCall;
  ListPlacements(argument: _siapkerja_placement_v1_ListPlacementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_ListPlacementsResponse__Output>): grpc.ClientUnaryCall;
  ListPlacements(argument: _siapkerja_placement_v1_ListPlacementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ListPlacementsResponse__Output>): grpc.ClientUnaryCall;
  ListPlacements(argument: _siapkerja_placement_v1_ListPlacementsRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_ListPlacementsResponse__Output>): grpc.ClientUnaryCall;
  listPlacements(argument: _siapkerja_placement_v1_ListPlacementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ListPlacementsResponse__Output>): grpc.ClientUnaryCall;
  listPlacements(argument: _siapkerja_placement_v1_ListPlacementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_ListPlacementsResponse__Output>): grpc.ClientUnaryCall;
  listPlacements(argument: _siapkerja_placement_v1_ListPlacementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ListPlacementsResponse__Output>): grpc.ClientUnaryCall;
  listPlacements(argument: _siapkerja_placement_v1_ListPlacementsRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_ListPlacementsResponse__Output>): grpc.ClientUnaryCall;
  
  RenderLabourMarketPage(argument: _siapkerja_placement_v1_RenderLabourMarketPageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_RenderedFile__Output>): grpc.ClientUnaryCall;
  RenderLabourMarketPage(argument: _siapkerja_placement_v1_RenderLabourMarketPageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_RenderedFile__Output>): grpc.ClientUnaryCall;
  RenderLabourMarketPage(argument: _siapkerja_placement_v1_RenderLabourMarketPageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_RenderedFile__Output>): grpc.ClientUnaryCall;
  RenderLabourMarketPage(argument: _siapkerja_placement_v1_RenderLabourMarketPageRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_RenderedFile__Output>): grpc.ClientUnaryCall;
  renderLabourMarketPage(argument: _siapkerja_placement_v1_RenderLabourMarketPageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_RenderedFile__Output>): grpc.ClientUnaryCall;
  renderLabourMarketPage(argument: _siapkerja_placement_v1_RenderLabourMarketPageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_RenderedFile__Output>): grpc.ClientUnaryCall;
  renderLabourMarketPage(argument: _siapkerja_placement_v1_RenderLabourMarketPageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_RenderedFile__Output>): grpc.ClientUnaryCall;
  renderLabourMarketPage(argument: _siapkerja_placement_v1_RenderLabourMarketPageRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_RenderedFile__Output>): grpc.ClientUnaryCall;
  
}

export interface PlacementServiceHandlers extends grpc.UntypedServiceImplementation {
  ApplyImportBatch: grpc.handleUnaryCall<_siapkerja_placement_v1_ApplyImportBatchRequest__Output, _siapkerja_placement_v1_ApplyImportBatchResponse>;
  
  ExportPersonData: grpc.handleUnaryCall<_siapkerja_placement_v1_ExportPersonDataRequest__Output, _siapkerja_placement_v1_ExportPersonDataResponse>;
  
  GetGraduateOutcomes: grpc.handleUnaryCall<_siapkerja_placement_v1_GetGraduateOutcomesRequest__Output, _siapkerja_placement_v1_GraduateOutcomes>;
  
  GetIpkForm: grpc.handleUnaryCall<_siapkerja_placement_v1_GetIpkFormRequest__Output, _siapkerja_placement_v1_IpkForm>;
  
  GetIpkForms: grpc.handleUnaryCall<_siapkerja_placement_v1_GetIpkFormsRequest__Output, _siapkerja_placement_v1_IpkForms>;
  
  GetLabourMarket: grpc.handleUnaryCall<_siapkerja_placement_v1_GetLabourMarketRequest__Output, _siapkerja_placement_v1_LabourMarket>;
  
  GetPersonTrace: grpc.handleUnaryCall<_siapkerja_placement_v1_GetPersonTraceRequest__Output, _siapkerja_placement_v1_PersonTrace>;
  
  GetPlacementReport: grpc.handleUnaryCall<_siapkerja_placement_v1_GetPlacementReportRequest__Output, _siapkerja_placement_v1_PlacementReport>;
  
  GetVacancyReport: grpc.handleUnaryCall<_siapkerja_placement_v1_GetVacancyReportRequest__Output, _siapkerja_placement_v1_VacancyReport>;
  
  ListActivityCounts: grpc.handleUnaryCall<_siapkerja_placement_v1_ListActivityCountsRequest__Output, _siapkerja_placement_v1_ListActivityCountsResponse>;
  
  ListPlacements: grpc.handleUnaryCall<_siapkerja_placement_v1_ListPlacementsRequest__Output, _siapkerja_placement_v1_ListPlacementsResponse>;
  
  RenderLabourMarketPage: grpc.handleUnaryCall<_siapkerja_placement_v1_RenderLabourMarketPageRequest__Output, _siapkerja_placement_v1_RenderedFile>;
  
}

export interface PlacementServiceDefinition extends grpc.ServiceDefinition {
  ApplyImportBatch: MethodDefinition<_siapkerja_placement_v1_ApplyImportBatchRequest, _siapkerja_placement_v1_ApplyImportBatchResponse, _siapkerja_placement_v1_ApplyImportBatchRequest__Output, _siapkerja_placement_v1_ApplyImportBatchResponse__Output>
  ExportPersonData: MethodDefinition<_siapkerja_placement_v1_ExportPersonDataRequest, _siapkerja_placement_v1_ExportPersonDataResponse, _siapkerja_placement_v1_ExportPersonDataRequest__Output, _siapkerja_placement_v1_ExportPersonDataResponse__Output>
  GetGraduateOutcomes: MethodDefinition<_siapkerja_placement_v1_GetGraduateOutcomesRequest, _siapkerja_placement_v1_GraduateOutcomes, _siapkerja_placement_v1_GetGraduateOutcomesRequest__Output, _siapkerja_placement_v1_GraduateOutcomes__Output>
  GetIpkForm: MethodDefinition<_siapkerja_placement_v1_GetIpkFormRequest, _siapkerja_placement_v1_IpkForm, _siapkerja_placement_v1_GetIpkFormRequest__Output, _siapkerja_placement_v1_IpkForm__Output>
  GetIpkForms: MethodDefinition<_siapkerja_placement_v1_GetIpkFormsRequest, _siapkerja_placement_v1_IpkForms, _siapkerja_placement_v1_GetIpkFormsRequest__Output, _siapkerja_placement_v1_IpkForms__Output>
  GetLabourMarket: MethodDefinition<_siapkerja_placement_v1_GetLabourMarketRequest, _siapkerja_placement_v1_LabourMarket, _siapkerja_placement_v1_GetLabourMarketRequest__Output, _siapkerja_placement_v1_LabourMarket__Output>
  GetPersonTrace: MethodDefinition<_siapkerja_placement_v1_GetPersonTraceRequest, _siapkerja_placement_v1_PersonTrace, _siapkerja_placement_v1_GetPersonTraceRequest__Output, _siapkerja_placement_v1_PersonTrace__Output>
  GetPlacementReport: MethodDefinition<_siapkerja_placement_v1_GetPlacementReportRequest, _siapkerja_placement_v1_PlacementReport, _siapkerja_placement_v1_GetPlacementReportRequest__Output, _siapkerja_placement_v1_PlacementReport__Output>
  GetVacancyReport: MethodDefinition<_siapkerja_placement_v1_GetVacancyReportRequest, _siapkerja_placement_v1_VacancyReport, _siapkerja_placement_v1_GetVacancyReportRequest__Output, _siapkerja_placement_v1_VacancyReport__Output>
  ListActivityCounts: MethodDefinition<_siapkerja_placement_v1_ListActivityCountsRequest, _siapkerja_placement_v1_ListActivityCountsResponse, _siapkerja_placement_v1_ListActivityCountsRequest__Output, _siapkerja_placement_v1_ListActivityCountsResponse__Output>
  ListPlacements: MethodDefinition<_siapkerja_placement_v1_ListPlacementsRequest, _siapkerja_placement_v1_ListPlacementsResponse, _siapkerja_placement_v1_ListPlacementsRequest__Output, _siapkerja_placement_v1_ListPlacementsResponse__Output>
  RenderLabourMarketPage: MethodDefinition<_siapkerja_placement_v1_RenderLabourMarketPageRequest, _siapkerja_placement_v1_RenderedFile, _siapkerja_placement_v1_RenderLabourMarketPageRequest__Output, _siapkerja_placement_v1_RenderedFile__Output>
}
