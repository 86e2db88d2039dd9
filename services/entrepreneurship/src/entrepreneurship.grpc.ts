import { Injectable } from '@nestjs/common';
import type { GrpcController } from '@siapkerja/service-kit';
import { GroupsGrpc } from './groups/groups.grpc';

/** siapkerja.entrepreneurship.v1.EntrepreneurshipService: one method table assembled from the aggregates. */
@Injectable()
export class EntrepreneurshipGrpcController implements GrpcController {
  constructor(private readonly groups: GroupsGrpc) {}

  handlers() {
    return { ...this.groups.handlers() };
  }
}
