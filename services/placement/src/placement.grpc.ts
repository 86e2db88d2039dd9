import { serviceControllers } from '@siapkerja/contracts';
import { LabourMarketGrpc } from './lmi/labour-market.grpc';
import { PlacementsGrpc } from './placements/placements.grpc';
import { ReportsGrpc } from './reports/reports.grpc';

/**
 * siapkerja.placement.v1.PlacementService: the aggregates' controllers, which together implement every rpc of the
 * generated definition (checked by the type checker, and at start).
 */
export const placementControllers = serviceControllers('placement')(ReportsGrpc, PlacementsGrpc, LabourMarketGrpc);
