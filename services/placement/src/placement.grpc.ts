import { Injectable } from '@nestjs/common';
import type { GrpcController } from '@siapkerja/service-kit';
import { PlacementsGrpc } from './placements/placements.grpc';
import { ReportsGrpc } from './reports/reports.grpc';

/** siapkerja.placement.v1.PlacementService */
@Injectable()
export class PlacementGrpcController implements GrpcController {
  constructor(
    private readonly reports: ReportsGrpc,
    private readonly placements: PlacementsGrpc,
  ) {}

  handlers() {
    return { ...this.reports.handlers(), ...this.placements.handlers() };
  }
}
