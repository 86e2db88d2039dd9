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
import type { ActivityCount as _siapkerja_placement_v1_ActivityCount, ActivityCount__Output as _siapkerja_placement_v1_ActivityCount__Output } from './siapkerja/placement/v1/ActivityCount';
import type { ApplyImportBatchRequest as _siapkerja_placement_v1_ApplyImportBatchRequest, ApplyImportBatchRequest__Output as _siapkerja_placement_v1_ApplyImportBatchRequest__Output } from './siapkerja/placement/v1/ApplyImportBatchRequest';
import type { ApplyImportBatchResponse as _siapkerja_placement_v1_ApplyImportBatchResponse, ApplyImportBatchResponse__Output as _siapkerja_placement_v1_ApplyImportBatchResponse__Output } from './siapkerja/placement/v1/ApplyImportBatchResponse';
import type { ExportPersonDataRequest as _siapkerja_placement_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_placement_v1_ExportPersonDataRequest__Output } from './siapkerja/placement/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_placement_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_placement_v1_ExportPersonDataResponse__Output } from './siapkerja/placement/v1/ExportPersonDataResponse';
import type { GetGraduateOutcomesRequest as _siapkerja_placement_v1_GetGraduateOutcomesRequest, GetGraduateOutcomesRequest__Output as _siapkerja_placement_v1_GetGraduateOutcomesRequest__Output } from './siapkerja/placement/v1/GetGraduateOutcomesRequest';
import type { GetIpkFormRequest as _siapkerja_placement_v1_GetIpkFormRequest, GetIpkFormRequest__Output as _siapkerja_placement_v1_GetIpkFormRequest__Output } from './siapkerja/placement/v1/GetIpkFormRequest';
import type { GetIpkFormsRequest as _siapkerja_placement_v1_GetIpkFormsRequest, GetIpkFormsRequest__Output as _siapkerja_placement_v1_GetIpkFormsRequest__Output } from './siapkerja/placement/v1/GetIpkFormsRequest';
import type { GetLabourMarketRequest as _siapkerja_placement_v1_GetLabourMarketRequest, GetLabourMarketRequest__Output as _siapkerja_placement_v1_GetLabourMarketRequest__Output } from './siapkerja/placement/v1/GetLabourMarketRequest';
import type { GetPersonTraceRequest as _siapkerja_placement_v1_GetPersonTraceRequest, GetPersonTraceRequest__Output as _siapkerja_placement_v1_GetPersonTraceRequest__Output } from './siapkerja/placement/v1/GetPersonTraceRequest';
import type { GetPlacementReportRequest as _siapkerja_placement_v1_GetPlacementReportRequest, GetPlacementReportRequest__Output as _siapkerja_placement_v1_GetPlacementReportRequest__Output } from './siapkerja/placement/v1/GetPlacementReportRequest';
import type { GetVacancyReportRequest as _siapkerja_placement_v1_GetVacancyReportRequest, GetVacancyReportRequest__Output as _siapkerja_placement_v1_GetVacancyReportRequest__Output } from './siapkerja/placement/v1/GetVacancyReportRequest';
import type { GraduateOutcomes as _siapkerja_placement_v1_GraduateOutcomes, GraduateOutcomes__Output as _siapkerja_placement_v1_GraduateOutcomes__Output } from './siapkerja/placement/v1/GraduateOutcomes';
import type { ImportReceipt as _siapkerja_placement_v1_ImportReceipt, ImportReceipt__Output as _siapkerja_placement_v1_ImportReceipt__Output } from './siapkerja/placement/v1/ImportReceipt';
import type { ImportRecord as _siapkerja_placement_v1_ImportRecord, ImportRecord__Output as _siapkerja_placement_v1_ImportRecord__Output } from './siapkerja/placement/v1/ImportRecord';
import type { IpkForm as _siapkerja_placement_v1_IpkForm, IpkForm__Output as _siapkerja_placement_v1_IpkForm__Output } from './siapkerja/placement/v1/IpkForm';
import type { IpkForms as _siapkerja_placement_v1_IpkForms, IpkForms__Output as _siapkerja_placement_v1_IpkForms__Output } from './siapkerja/placement/v1/IpkForms';
import type { IpkRow as _siapkerja_placement_v1_IpkRow, IpkRow__Output as _siapkerja_placement_v1_IpkRow__Output } from './siapkerja/placement/v1/IpkRow';
import type { IpkTable as _siapkerja_placement_v1_IpkTable, IpkTable__Output as _siapkerja_placement_v1_IpkTable__Output } from './siapkerja/placement/v1/IpkTable';
import type { LabourMarket as _siapkerja_placement_v1_LabourMarket, LabourMarket__Output as _siapkerja_placement_v1_LabourMarket__Output } from './siapkerja/placement/v1/LabourMarket';
import type { LabourMarketRow as _siapkerja_placement_v1_LabourMarketRow, LabourMarketRow__Output as _siapkerja_placement_v1_LabourMarketRow__Output } from './siapkerja/placement/v1/LabourMarketRow';
import type { LabourMarketTrendPoint as _siapkerja_placement_v1_LabourMarketTrendPoint, LabourMarketTrendPoint__Output as _siapkerja_placement_v1_LabourMarketTrendPoint__Output } from './siapkerja/placement/v1/LabourMarketTrendPoint';
import type { ListActivityCountsRequest as _siapkerja_placement_v1_ListActivityCountsRequest, ListActivityCountsRequest__Output as _siapkerja_placement_v1_ListActivityCountsRequest__Output } from './siapkerja/placement/v1/ListActivityCountsRequest';
import type { ListActivityCountsResponse as _siapkerja_placement_v1_ListActivityCountsResponse, ListActivityCountsResponse__Output as _siapkerja_placement_v1_ListActivityCountsResponse__Output } from './siapkerja/placement/v1/ListActivityCountsResponse';
import type { ListPlacementsRequest as _siapkerja_placement_v1_ListPlacementsRequest, ListPlacementsRequest__Output as _siapkerja_placement_v1_ListPlacementsRequest__Output } from './siapkerja/placement/v1/ListPlacementsRequest';
import type { ListPlacementsResponse as _siapkerja_placement_v1_ListPlacementsResponse, ListPlacementsResponse__Output as _siapkerja_placement_v1_ListPlacementsResponse__Output } from './siapkerja/placement/v1/ListPlacementsResponse';
import type { OutcomeCell as _siapkerja_placement_v1_OutcomeCell, OutcomeCell__Output as _siapkerja_placement_v1_OutcomeCell__Output } from './siapkerja/placement/v1/OutcomeCell';
import type { OutcomeRow as _siapkerja_placement_v1_OutcomeRow, OutcomeRow__Output as _siapkerja_placement_v1_OutcomeRow__Output } from './siapkerja/placement/v1/OutcomeRow';
import type { PersonPlacement as _siapkerja_placement_v1_PersonPlacement, PersonPlacement__Output as _siapkerja_placement_v1_PersonPlacement__Output } from './siapkerja/placement/v1/PersonPlacement';
import type { PersonTrace as _siapkerja_placement_v1_PersonTrace, PersonTrace__Output as _siapkerja_placement_v1_PersonTrace__Output } from './siapkerja/placement/v1/PersonTrace';
import type { Placement as _siapkerja_placement_v1_Placement, Placement__Output as _siapkerja_placement_v1_Placement__Output } from './siapkerja/placement/v1/Placement';
import type { PlacementCount as _siapkerja_placement_v1_PlacementCount, PlacementCount__Output as _siapkerja_placement_v1_PlacementCount__Output } from './siapkerja/placement/v1/PlacementCount';
import type { PlacementReport as _siapkerja_placement_v1_PlacementReport, PlacementReport__Output as _siapkerja_placement_v1_PlacementReport__Output } from './siapkerja/placement/v1/PlacementReport';
import type { PlacementServiceClient as _siapkerja_placement_v1_PlacementServiceClient, PlacementServiceDefinition as _siapkerja_placement_v1_PlacementServiceDefinition } from './siapkerja/placement/v1/PlacementService';
import type { RenderLabourMarketPageRequest as _siapkerja_placement_v1_RenderLabourMarketPageRequest, RenderLabourMarketPageRequest__Output as _siapkerja_placement_v1_RenderLabourMarketPageRequest__Output } from './siapkerja/placement/v1/RenderLabourMarketPageRequest';
import type { RenderedFile as _siapkerja_placement_v1_RenderedFile, RenderedFile__Output as _siapkerja_placement_v1_RenderedFile__Output } from './siapkerja/placement/v1/RenderedFile';
import type { ShortageProgram as _siapkerja_placement_v1_ShortageProgram, ShortageProgram__Output as _siapkerja_placement_v1_ShortageProgram__Output } from './siapkerja/placement/v1/ShortageProgram';
import type { TraceCertificate as _siapkerja_placement_v1_TraceCertificate, TraceCertificate__Output as _siapkerja_placement_v1_TraceCertificate__Output } from './siapkerja/placement/v1/TraceCertificate';
import type { TraceTraining as _siapkerja_placement_v1_TraceTraining, TraceTraining__Output as _siapkerja_placement_v1_TraceTraining__Output } from './siapkerja/placement/v1/TraceTraining';
import type { VacancyReport as _siapkerja_placement_v1_VacancyReport, VacancyReport__Output as _siapkerja_placement_v1_VacancyReport__Output } from './siapkerja/placement/v1/VacancyReport';
import type { VacancyReportRow as _siapkerja_placement_v1_VacancyReportRow, VacancyReportRow__Output as _siapkerja_placement_v1_VacancyReportRow__Output } from './siapkerja/placement/v1/VacancyReportRow';
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
    placement: {
      v1: {
        ActivityCount: MessageTypeDefinition<_siapkerja_placement_v1_ActivityCount, _siapkerja_placement_v1_ActivityCount__Output>
        ApplyImportBatchRequest: MessageTypeDefinition<_siapkerja_placement_v1_ApplyImportBatchRequest, _siapkerja_placement_v1_ApplyImportBatchRequest__Output>
        ApplyImportBatchResponse: MessageTypeDefinition<_siapkerja_placement_v1_ApplyImportBatchResponse, _siapkerja_placement_v1_ApplyImportBatchResponse__Output>
        ExportPersonDataRequest: MessageTypeDefinition<_siapkerja_placement_v1_ExportPersonDataRequest, _siapkerja_placement_v1_ExportPersonDataRequest__Output>
        ExportPersonDataResponse: MessageTypeDefinition<_siapkerja_placement_v1_ExportPersonDataResponse, _siapkerja_placement_v1_ExportPersonDataResponse__Output>
        GetGraduateOutcomesRequest: MessageTypeDefinition<_siapkerja_placement_v1_GetGraduateOutcomesRequest, _siapkerja_placement_v1_GetGraduateOutcomesRequest__Output>
        GetIpkFormRequest: MessageTypeDefinition<_siapkerja_placement_v1_GetIpkFormRequest, _siapkerja_placement_v1_GetIpkFormRequest__Output>
        GetIpkFormsRequest: MessageTypeDefinition<_siapkerja_placement_v1_GetIpkFormsRequest, _siapkerja_placement_v1_GetIpkFormsRequest__Output>
        GetLabourMarketRequest: MessageTypeDefinition<_siapkerja_placement_v1_GetLabourMarketRequest, _siapkerja_placement_v1_GetLabourMarketRequest__Output>
        GetPersonTraceRequest: MessageTypeDefinition<_siapkerja_placement_v1_GetPersonTraceRequest, _siapkerja_placement_v1_GetPersonTraceRequest__Output>
        GetPlacementReportRequest: MessageTypeDefinition<_siapkerja_placement_v1_GetPlacementReportRequest, _siapkerja_placement_v1_GetPlacementReportRequest__Output>
        GetVacancyReportRequest: MessageTypeDefinition<_siapkerja_placement_v1_GetVacancyReportRequest, _siapkerja_placement_v1_GetVacancyReportRequest__Output>
        GraduateOutcomes: MessageTypeDefinition<_siapkerja_placement_v1_GraduateOutcomes, _siapkerja_placement_v1_GraduateOutcomes__Output>
        ImportReceipt: MessageTypeDefinition<_siapkerja_placement_v1_ImportReceipt, _siapkerja_placement_v1_ImportReceipt__Output>
        ImportRecord: MessageTypeDefinition<_siapkerja_placement_v1_ImportRecord, _siapkerja_placement_v1_ImportRecord__Output>
        IpkForm: MessageTypeDefinition<_siapkerja_placement_v1_IpkForm, _siapkerja_placement_v1_IpkForm__Output>
        IpkForms: MessageTypeDefinition<_siapkerja_placement_v1_IpkForms, _siapkerja_placement_v1_IpkForms__Output>
        IpkRow: MessageTypeDefinition<_siapkerja_placement_v1_IpkRow, _siapkerja_placement_v1_IpkRow__Output>
        IpkTable: MessageTypeDefinition<_siapkerja_placement_v1_IpkTable, _siapkerja_placement_v1_IpkTable__Output>
        LabourMarket: MessageTypeDefinition<_siapkerja_placement_v1_LabourMarket, _siapkerja_placement_v1_LabourMarket__Output>
        LabourMarketRow: MessageTypeDefinition<_siapkerja_placement_v1_LabourMarketRow, _siapkerja_placement_v1_LabourMarketRow__Output>
        LabourMarketTrendPoint: MessageTypeDefinition<_siapkerja_placement_v1_LabourMarketTrendPoint, _siapkerja_placement_v1_LabourMarketTrendPoint__Output>
        ListActivityCountsRequest: MessageTypeDefinition<_siapkerja_placement_v1_ListActivityCountsRequest, _siapkerja_placement_v1_ListActivityCountsRequest__Output>
        ListActivityCountsResponse: MessageTypeDefinition<_siapkerja_placement_v1_ListActivityCountsResponse, _siapkerja_placement_v1_ListActivityCountsResponse__Output>
        ListPlacementsRequest: MessageTypeDefinition<_siapkerja_placement_v1_ListPlacementsRequest, _siapkerja_placement_v1_ListPlacementsRequest__Output>
        ListPlacementsResponse: MessageTypeDefinition<_siapkerja_placement_v1_ListPlacementsResponse, _siapkerja_placement_v1_ListPlacementsResponse__Output>
        OutcomeCell: MessageTypeDefinition<_siapkerja_placement_v1_OutcomeCell, _siapkerja_placement_v1_OutcomeCell__Output>
        OutcomeRow: MessageTypeDefinition<_siapkerja_placement_v1_OutcomeRow, _siapkerja_placement_v1_OutcomeRow__Output>
        PersonPlacement: MessageTypeDefinition<_siapkerja_placement_v1_PersonPlacement, _siapkerja_placement_v1_PersonPlacement__Output>
        PersonTrace: MessageTypeDefinition<_siapkerja_placement_v1_PersonTrace, _siapkerja_placement_v1_PersonTrace__Output>
        Placement: MessageTypeDefinition<_siapkerja_placement_v1_Placement, _siapkerja_placement_v1_Placement__Output>
        PlacementCount: MessageTypeDefinition<_siapkerja_placement_v1_PlacementCount, _siapkerja_placement_v1_PlacementCount__Output>
        PlacementReport: MessageTypeDefinition<_siapkerja_placement_v1_PlacementReport, _siapkerja_placement_v1_PlacementReport__Output>
        PlacementService: SubtypeConstructor<typeof grpc.Client, _siapkerja_placement_v1_PlacementServiceClient> & { service: _siapkerja_placement_v1_PlacementServiceDefinition }
        RenderLabourMarketPageRequest: MessageTypeDefinition<_siapkerja_placement_v1_RenderLabourMarketPageRequest, _siapkerja_placement_v1_RenderLabourMarketPageRequest__Output>
        RenderedFile: MessageTypeDefinition<_siapkerja_placement_v1_RenderedFile, _siapkerja_placement_v1_RenderedFile__Output>
        ShortageProgram: MessageTypeDefinition<_siapkerja_placement_v1_ShortageProgram, _siapkerja_placement_v1_ShortageProgram__Output>
        TraceCertificate: MessageTypeDefinition<_siapkerja_placement_v1_TraceCertificate, _siapkerja_placement_v1_TraceCertificate__Output>
        TraceTraining: MessageTypeDefinition<_siapkerja_placement_v1_TraceTraining, _siapkerja_placement_v1_TraceTraining__Output>
        VacancyReport: MessageTypeDefinition<_siapkerja_placement_v1_VacancyReport, _siapkerja_placement_v1_VacancyReport__Output>
        VacancyReportRow: MessageTypeDefinition<_siapkerja_placement_v1_VacancyReportRow, _siapkerja_placement_v1_VacancyReportRow__Output>
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

