import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ActivityCount as _siapkerja_placement_v1_ActivityCount, ActivityCount__Output as _siapkerja_placement_v1_ActivityCount__Output } from './siapkerja/placement/v1/ActivityCount';
import type { ExportPersonDataRequest as _siapkerja_placement_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_placement_v1_ExportPersonDataRequest__Output } from './siapkerja/placement/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_placement_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_placement_v1_ExportPersonDataResponse__Output } from './siapkerja/placement/v1/ExportPersonDataResponse';
import type { GetPlacementReportRequest as _siapkerja_placement_v1_GetPlacementReportRequest, GetPlacementReportRequest__Output as _siapkerja_placement_v1_GetPlacementReportRequest__Output } from './siapkerja/placement/v1/GetPlacementReportRequest';
import type { GetVacancyReportRequest as _siapkerja_placement_v1_GetVacancyReportRequest, GetVacancyReportRequest__Output as _siapkerja_placement_v1_GetVacancyReportRequest__Output } from './siapkerja/placement/v1/GetVacancyReportRequest';
import type { ListActivityCountsRequest as _siapkerja_placement_v1_ListActivityCountsRequest, ListActivityCountsRequest__Output as _siapkerja_placement_v1_ListActivityCountsRequest__Output } from './siapkerja/placement/v1/ListActivityCountsRequest';
import type { ListActivityCountsResponse as _siapkerja_placement_v1_ListActivityCountsResponse, ListActivityCountsResponse__Output as _siapkerja_placement_v1_ListActivityCountsResponse__Output } from './siapkerja/placement/v1/ListActivityCountsResponse';
import type { PersonPlacement as _siapkerja_placement_v1_PersonPlacement, PersonPlacement__Output as _siapkerja_placement_v1_PersonPlacement__Output } from './siapkerja/placement/v1/PersonPlacement';
import type { PlacementCount as _siapkerja_placement_v1_PlacementCount, PlacementCount__Output as _siapkerja_placement_v1_PlacementCount__Output } from './siapkerja/placement/v1/PlacementCount';
import type { PlacementReport as _siapkerja_placement_v1_PlacementReport, PlacementReport__Output as _siapkerja_placement_v1_PlacementReport__Output } from './siapkerja/placement/v1/PlacementReport';
import type { PlacementServiceClient as _siapkerja_placement_v1_PlacementServiceClient, PlacementServiceDefinition as _siapkerja_placement_v1_PlacementServiceDefinition } from './siapkerja/placement/v1/PlacementService';
import type { VacancyReport as _siapkerja_placement_v1_VacancyReport, VacancyReport__Output as _siapkerja_placement_v1_VacancyReport__Output } from './siapkerja/placement/v1/VacancyReport';
import type { VacancyReportRow as _siapkerja_placement_v1_VacancyReportRow, VacancyReportRow__Output as _siapkerja_placement_v1_VacancyReportRow__Output } from './siapkerja/placement/v1/VacancyReportRow';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    placement: {
      v1: {
        ActivityCount: MessageTypeDefinition<_siapkerja_placement_v1_ActivityCount, _siapkerja_placement_v1_ActivityCount__Output>
        ExportPersonDataRequest: MessageTypeDefinition<_siapkerja_placement_v1_ExportPersonDataRequest, _siapkerja_placement_v1_ExportPersonDataRequest__Output>
        ExportPersonDataResponse: MessageTypeDefinition<_siapkerja_placement_v1_ExportPersonDataResponse, _siapkerja_placement_v1_ExportPersonDataResponse__Output>
        GetPlacementReportRequest: MessageTypeDefinition<_siapkerja_placement_v1_GetPlacementReportRequest, _siapkerja_placement_v1_GetPlacementReportRequest__Output>
        GetVacancyReportRequest: MessageTypeDefinition<_siapkerja_placement_v1_GetVacancyReportRequest, _siapkerja_placement_v1_GetVacancyReportRequest__Output>
        ListActivityCountsRequest: MessageTypeDefinition<_siapkerja_placement_v1_ListActivityCountsRequest, _siapkerja_placement_v1_ListActivityCountsRequest__Output>
        ListActivityCountsResponse: MessageTypeDefinition<_siapkerja_placement_v1_ListActivityCountsResponse, _siapkerja_placement_v1_ListActivityCountsResponse__Output>
        PersonPlacement: MessageTypeDefinition<_siapkerja_placement_v1_PersonPlacement, _siapkerja_placement_v1_PersonPlacement__Output>
        PlacementCount: MessageTypeDefinition<_siapkerja_placement_v1_PlacementCount, _siapkerja_placement_v1_PlacementCount__Output>
        PlacementReport: MessageTypeDefinition<_siapkerja_placement_v1_PlacementReport, _siapkerja_placement_v1_PlacementReport__Output>
        PlacementService: SubtypeConstructor<typeof grpc.Client, _siapkerja_placement_v1_PlacementServiceClient> & { service: _siapkerja_placement_v1_PlacementServiceDefinition }
        VacancyReport: MessageTypeDefinition<_siapkerja_placement_v1_VacancyReport, _siapkerja_placement_v1_VacancyReport__Output>
        VacancyReportRow: MessageTypeDefinition<_siapkerja_placement_v1_VacancyReportRow, _siapkerja_placement_v1_VacancyReportRow__Output>
      }
    }
  }
}

