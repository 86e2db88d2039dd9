import { serviceControllers } from '@siapkerja/contracts';
import { GroupsGrpc } from './groups/groups.grpc';

/**
 * siapkerja.entrepreneurship.v1.EntrepreneurshipService: the aggregates' controllers, which together implement every
 * rpc of the generated definition (checked by the type checker, and at start).
 */
export const entrepreneurshipControllers = serviceControllers('entrepreneurship')(GroupsGrpc);
