import { serviceControllers } from '@siapkerja/contracts';
import { GroupsGrpc } from './groups/groups.grpc';
import { ProgramsGrpc } from './programs/programs.grpc';
import { ProposalsGrpc } from './proposals/proposals.grpc';
import { ReportsGrpc } from './reports/reports.grpc';

/**
 * siapkerja.entrepreneurship.v1.EntrepreneurshipService: the aggregates' controllers, which together implement every
 * rpc of the generated definition (checked by the type checker, and at start).
 */
export const entrepreneurshipControllers = serviceControllers('entrepreneurship')(ProgramsGrpc, GroupsGrpc, ProposalsGrpc, ReportsGrpc);
