import { Module } from '@nestjs/common';
import { TkmGroupRegistered } from '@siapkerja/contracts';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { EntrepreneurshipGrpcController } from './entrepreneurship.grpc';
import { GroupEntity } from './groups/group.entity';
import { GroupsGrpc } from './groups/groups.grpc';
import { GroupsService } from './groups/groups.service';
import { EntrepreneurshipInitial1763800000400 } from './migrations/1763800000400-entrepreneurship-initial';

@Module({ providers: [GroupsService, GroupsGrpc, EntrepreneurshipGrpcController] })
export class EntrepreneurshipModule {}

export const entrepreneurshipService: ServiceDefinition = {
  name: 'entrepreneurship',
  module: EntrepreneurshipModule,
  entities: [GroupEntity],
  migrations: [EntrepreneurshipInitial1763800000400],
  controller: EntrepreneurshipGrpcController,
  produces: [TkmGroupRegistered.topic],
};
