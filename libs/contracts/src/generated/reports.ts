import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { BusinessReport as _siapkerja_entrepreneurship_v1_BusinessReport, BusinessReport__Output as _siapkerja_entrepreneurship_v1_BusinessReport__Output } from './siapkerja/entrepreneurship/v1/BusinessReport';
import type { CreateBusinessReportRequest as _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, CreateBusinessReportRequest__Output as _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest__Output } from './siapkerja/entrepreneurship/v1/CreateBusinessReportRequest';
import type { CreateMentorVisitRequest as _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, CreateMentorVisitRequest__Output as _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest__Output } from './siapkerja/entrepreneurship/v1/CreateMentorVisitRequest';
import type { ListBusinessReportsRequest as _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, ListBusinessReportsRequest__Output as _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest__Output } from './siapkerja/entrepreneurship/v1/ListBusinessReportsRequest';
import type { ListBusinessReportsResponse as _siapkerja_entrepreneurship_v1_ListBusinessReportsResponse, ListBusinessReportsResponse__Output as _siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output } from './siapkerja/entrepreneurship/v1/ListBusinessReportsResponse';
import type { ListMentorVisitsRequest as _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, ListMentorVisitsRequest__Output as _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest__Output } from './siapkerja/entrepreneurship/v1/ListMentorVisitsRequest';
import type { ListMentorVisitsResponse as _siapkerja_entrepreneurship_v1_ListMentorVisitsResponse, ListMentorVisitsResponse__Output as _siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output } from './siapkerja/entrepreneurship/v1/ListMentorVisitsResponse';
import type { MentorVisit as _siapkerja_entrepreneurship_v1_MentorVisit, MentorVisit__Output as _siapkerja_entrepreneurship_v1_MentorVisit__Output } from './siapkerja/entrepreneurship/v1/MentorVisit';
import type { ReviewBusinessReportRequest as _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, ReviewBusinessReportRequest__Output as _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest__Output } from './siapkerja/entrepreneurship/v1/ReviewBusinessReportRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    entrepreneurship: {
      v1: {
        BusinessReport: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_BusinessReport, _siapkerja_entrepreneurship_v1_BusinessReport__Output>
        CreateBusinessReportRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_CreateBusinessReportRequest, _siapkerja_entrepreneurship_v1_CreateBusinessReportRequest__Output>
        CreateMentorVisitRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_CreateMentorVisitRequest, _siapkerja_entrepreneurship_v1_CreateMentorVisitRequest__Output>
        ListBusinessReportsRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListBusinessReportsRequest, _siapkerja_entrepreneurship_v1_ListBusinessReportsRequest__Output>
        ListBusinessReportsResponse: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListBusinessReportsResponse, _siapkerja_entrepreneurship_v1_ListBusinessReportsResponse__Output>
        ListMentorVisitsRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListMentorVisitsRequest, _siapkerja_entrepreneurship_v1_ListMentorVisitsRequest__Output>
        ListMentorVisitsResponse: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListMentorVisitsResponse, _siapkerja_entrepreneurship_v1_ListMentorVisitsResponse__Output>
        MentorVisit: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_MentorVisit, _siapkerja_entrepreneurship_v1_MentorVisit__Output>
        ReviewBusinessReportRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest, _siapkerja_entrepreneurship_v1_ReviewBusinessReportRequest__Output>
      }
    }
  }
}

