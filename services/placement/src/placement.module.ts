import { Module } from '@nestjs/common';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { PlacementInitial1763800000500 } from './migrations/1763800000500-placement-initial';
import { PlacementGrpcController } from './placement.grpc';
import { ReportsConsumer } from './reports/reports.consumer';
import { ReportsGrpc } from './reports/reports.grpc';
import { ReportsService } from './reports/reports.service';

@Module({ providers: [ReportsService, ReportsGrpc, ReportsConsumer, PlacementGrpcController] })
export class PlacementModule {}

export const placementService: ServiceDefinition = {
  name: 'placement',
  module: PlacementModule,
  entities: [],
  migrations: [PlacementInitial1763800000500],
  controller: PlacementGrpcController,
  consumers: [ReportsConsumer],
};
