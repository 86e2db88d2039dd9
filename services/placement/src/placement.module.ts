import { Module } from '@nestjs/common';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { PlacementInitial1763800000500 } from './migrations/1763800000500-placement-initial';
import { Placements1763800000510 } from './migrations/1763800000510-placements';
import { PersonErasures1763800000520 } from './migrations/1763800000520-person-erasures';
import { PlacementsPersonData, PlacementsPrivacyConsumer } from './privacy/placements.privacy';
import { PlacementGrpcController } from './placement.grpc';
import { PlacementsConsumer } from './placements/placements.consumer';
import { PlacementsGrpc } from './placements/placements.grpc';
import { PlacementsService } from './placements/placements.service';
import { ReportsConsumer } from './reports/reports.consumer';
import { ReportsGrpc } from './reports/reports.grpc';
import { ReportsService } from './reports/reports.service';

@Module({
  providers: [
    ReportsService,
    ReportsGrpc,
    ReportsConsumer,
    PlacementsService,
    PlacementsGrpc,
    PlacementsConsumer,
    PlacementsPersonData,
    PlacementsPrivacyConsumer,
    PlacementGrpcController,
  ],
})
export class PlacementModule {}

export const placementService: ServiceDefinition = {
  name: 'placement',
  module: PlacementModule,
  entities: [],
  migrations: [PlacementInitial1763800000500, Placements1763800000510, PersonErasures1763800000520],
  controller: PlacementGrpcController,
  consumers: [ReportsConsumer, PlacementsConsumer, PlacementsPrivacyConsumer],
};
