// Original file: proto/siapkerja/placement/v1/placement.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ExportPersonDataRequest as _siapkerja_placement_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_placement_v1_ExportPersonDataRequest__Output } from '../../../siapkerja/placement/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_placement_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_placement_v1_ExportPersonDataResponse__Output } from '../../../siapkerja/placement/v1/ExportPersonDataResponse';
import type { GetPlacementReportRequest as _siapkerja_placement_v1_GetPlacementReportRequest, GetPlacementReportRequest__Output as _siapkerja_placement_v1_GetPlacementReportRequest__Output } from '../../../siapkerja/placement/v1/GetPlacementReportRequest';
import type { GetVacancyReportRequest as _siapkerja_placement_v1_GetVacancyReportRequest, GetVacancyReportRequest__Output as _siapkerja_placement_v1_GetVacancyReportRequest__Output } from '../../../siapkerja/placement/v1/GetVacancyReportRequest';
import type { ListActivityCountsRequest as _siapkerja_placement_v1_ListActivityCountsRequest, ListActivityCountsRequest__Output as _siapkerja_placement_v1_ListActivityCountsRequest__Output } from '../../../siapkerja/placement/v1/ListActivityCountsRequest';
import type { ListActivityCountsResponse as _siapkerja_placement_v1_ListActivityCountsResponse, ListActivityCountsResponse__Output as _siapkerja_placement_v1_ListActivityCountsResponse__Output } from '../../../siapkerja/placement/v1/ListActivityCountsResponse';
import type { PlacementReport as _siapkerja_placement_v1_PlacementReport, PlacementReport__Output as _siapkerja_placement_v1_PlacementReport__Output } from '../../../siapkerja/placement/v1/PlacementReport';
import type { VacancyReport as _siapkerja_placement_v1_VacancyReport, VacancyReport__Output as _siapkerja_placement_v1_VacancyReport__Output } from '../../../siapkerja/placement/v1/VacancyReport';

export interface PlacementServiceClient extends grpc.Client {
  ExportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_placement_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_placement_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  
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
  
}

export interface PlacementServiceHandlers extends grpc.UntypedServiceImplementation {
  ExportPersonData: grpc.handleUnaryCall<_siapkerja_placement_v1_ExportPersonDataRequest__Output, _siapkerja_placement_v1_ExportPersonDataResponse>;
  
  GetPlacementReport: grpc.handleUnaryCall<_siapkerja_placement_v1_GetPlacementReportRequest__Output, _siapkerja_placement_v1_PlacementReport>;
  
  GetVacancyReport: grpc.handleUnaryCall<_siapkerja_placement_v1_GetVacancyReportRequest__Output, _siapkerja_placement_v1_VacancyReport>;
  
  ListActivityCounts: grpc.handleUnaryCall<_siapkerja_placement_v1_ListActivityCountsRequest__Output, _siapkerja_placement_v1_ListActivityCountsResponse>;
  
}

export interface PlacementServiceDefinition extends grpc.ServiceDefinition {
  ExportPersonData: MethodDefinition<_siapkerja_placement_v1_ExportPersonDataRequest, _siapkerja_placement_v1_ExportPersonDataResponse, _siapkerja_placement_v1_ExportPersonDataRequest__Output, _siapkerja_placement_v1_ExportPersonDataResponse__Output>
  GetPlacementReport: MethodDefinition<_siapkerja_placement_v1_GetPlacementReportRequest, _siapkerja_placement_v1_PlacementReport, _siapkerja_placement_v1_GetPlacementReportRequest__Output, _siapkerja_placement_v1_PlacementReport__Output>
  GetVacancyReport: MethodDefinition<_siapkerja_placement_v1_GetVacancyReportRequest, _siapkerja_placement_v1_VacancyReport, _siapkerja_placement_v1_GetVacancyReportRequest__Output, _siapkerja_placement_v1_VacancyReport__Output>
  ListActivityCounts: MethodDefinition<_siapkerja_placement_v1_ListActivityCountsRequest, _siapkerja_placement_v1_ListActivityCountsResponse, _siapkerja_placement_v1_ListActivityCountsRequest__Output, _siapkerja_placement_v1_ListActivityCountsResponse__Output>
}
