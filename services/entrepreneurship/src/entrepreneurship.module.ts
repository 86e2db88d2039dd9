import { Module } from '@nestjs/common';
import {
  SelfEmploymentPlacementRecorded,
  TkmBusinessReportSubmitted,
  TkmGroupRegistered,
  TkmProgramDefined,
  TkmProposalSubmitted,
} from '@siapkerja/contracts';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { entrepreneurshipConfigSpec } from './entrepreneurship.config';
import { entrepreneurshipControllers } from './entrepreneurship.grpc';
import { CompletedTrainingEntity, GroupEntity, GroupMemberEntity } from './groups/group.entity';
import { GroupsService } from './groups/groups.service';
import { TkmMembersPrivacyConsumer } from './groups/members.privacy';
import { IdentityClient } from './identity.client';
import { CompletedTrainingsConsumer } from './groups/trainings.consumer';
import { EntrepreneurshipInitial1763800000400 } from './migrations/1763800000400-entrepreneurship-initial';
import { ScopedRequestIds1763800000500 } from './migrations/1763800000500-scoped-request-ids';
import { TkmComplete1763800000600 } from './migrations/1763800000600-tkm-complete';
import { MemberErasure1763800000700 } from './migrations/1763800000700-member-erasure';
import { RequestHashes1763800000800 } from './migrations/1763800000800-request-hashes';
import { ProgramEntity, ProgramQuotaEntity } from './programs/program.entity';
import { ProgramsService } from './programs/programs.service';
import { DecreeEntity, HistoryEntity, ProposalEntity, TrancheEntity } from './proposals/proposal.entity';
import { ProposalsService } from './proposals/proposals.service';
import { BusinessReportEntity, MentorVisitEntity, TkmPlacementEntity } from './reports/report.entity';
import { ReportsService } from './reports/reports.service';

@Module({
  controllers: entrepreneurshipControllers,
  providers: [
    IdentityClient,
    ProgramsService,
    GroupsService,
    ProposalsService,
    ReportsService,
    CompletedTrainingsConsumer,
    TkmMembersPrivacyConsumer,
  ],
})
export class EntrepreneurshipModule {}

export const entrepreneurshipService: ServiceDefinition = {
  name: 'entrepreneurship',
  module: EntrepreneurshipModule,
  entities: [
    ProgramEntity,
    ProgramQuotaEntity,
    GroupEntity,
    GroupMemberEntity,
    CompletedTrainingEntity,
    ProposalEntity,
    DecreeEntity,
    TrancheEntity,
    HistoryEntity,
    MentorVisitEntity,
    BusinessReportEntity,
    TkmPlacementEntity,
  ],
  migrations: [
    EntrepreneurshipInitial1763800000400,
    ScopedRequestIds1763800000500,
    TkmComplete1763800000600,
    MemberErasure1763800000700,
    RequestHashes1763800000800,
  ],
  controllers: entrepreneurshipControllers,
  consumers: [CompletedTrainingsConsumer, TkmMembersPrivacyConsumer],
  // where identity listens (a group's mentor is checked there)
  config: entrepreneurshipConfigSpec,
  // group events (registered, changed, dissolved) travel on TkmGroupRegistered.topic, proposal events on TkmProposalSubmitted.topic
  produces: [
    TkmProgramDefined.topic,
    TkmGroupRegistered.topic,
    TkmProposalSubmitted.topic,
    TkmBusinessReportSubmitted.topic,
    SelfEmploymentPlacementRecorded.topic,
  ],
};
