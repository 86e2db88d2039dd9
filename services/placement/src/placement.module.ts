import { Module } from '@nestjs/common';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { PlacementInitial1763800000500 } from './migrations/1763800000500-placement-initial';
import { Placements1763800000510 } from './migrations/1763800000510-placements';
import { PersonErasures1763800000520 } from './migrations/1763800000520-person-erasures';
import { LinkAndMatch1763800000600 } from './migrations/1763800000600-link-and-match';
import { IpkCells1763800000700 } from './migrations/1763800000700-ipk-cells';
import { PersonWriterRows1763800000800 } from './migrations/1763800000800-person-writer-rows';
import { ArchiveLz41763800000810 } from './migrations/1763800000810-archive-lz4';
import { ArchiveText1763800000820 } from './migrations/1763800000820-archive-text';
import { DropImportReceipts1763800000830 } from './migrations/1763800000830-drop-import-receipts';
import { SourceFactHash1763800000840 } from './migrations/1763800000840-source-fact-hash';
import { ImportsService } from './imports/imports.service';
import { IpkConsumer } from './ipk/ipk.consumer';
import { IpkService } from './ipk/ipk.service';
import { LmiService } from './lmi/lmi.service';
import { OutcomesConsumer } from './outcomes/outcomes.consumer';
import { OutcomesService } from './outcomes/outcomes.service';
import { PlacementsListService } from './placements/placements.list';
import { PlacementsPersonData, PlacementsPrivacyConsumer } from './privacy/placements.privacy';
import { placementConfigSpec } from './placement.config';
import { placementControllers } from './placement.grpc';
import { PlacementsConsumer } from './placements/placements.consumer';
import { PlacementsService } from './placements/placements.service';
import { ReportsConsumer } from './reports/reports.consumer';
import { ReportsService } from './reports/reports.service';

@Module({
  controllers: placementControllers,
  providers: [
    ReportsService,
    ReportsConsumer,
    PlacementsService,
    PlacementsConsumer,
    PlacementsPersonData,
    PlacementsPrivacyConsumer,
    PlacementsListService,
    ImportsService,
    IpkConsumer,
    IpkService,
    OutcomesConsumer,
    OutcomesService,
    LmiService,
  ],
})
export class PlacementModule {}

export const placementService: ServiceDefinition = {
  name: 'placement',
  module: PlacementModule,
  entities: [],
  migrations: [
    PlacementInitial1763800000500,
    Placements1763800000510,
    PersonErasures1763800000520,
    LinkAndMatch1763800000600,
    IpkCells1763800000700,
    PersonWriterRows1763800000800,
    ArchiveLz41763800000810,
    ArchiveText1763800000820,
    DropImportReceipts1763800000830,
    SourceFactHash1763800000840,
  ],
  controllers: placementControllers,
  config: placementConfigSpec,
  consumers: [ReportsConsumer, PlacementsConsumer, IpkConsumer, OutcomesConsumer, PlacementsPrivacyConsumer],
};
