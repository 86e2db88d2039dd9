import { Module } from '@nestjs/common';
import { TkmGroupRegistered } from '@siapkerja/contracts';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { entrepreneurshipControllers } from './entrepreneurship.grpc';
import { GroupEntity } from './groups/group.entity';
import { GroupsService } from './groups/groups.service';
import { EntrepreneurshipInitial1763800000400 } from './migrations/1763800000400-entrepreneurship-initial';
import { ScopedRequestIds1763800000500 } from './migrations/1763800000500-scoped-request-ids';

@Module({ controllers: entrepreneurshipControllers, providers: [GroupsService] })
export class EntrepreneurshipModule {}

export const entrepreneurshipService: ServiceDefinition = {
  name: 'entrepreneurship',
  module: EntrepreneurshipModule,
  entities: [GroupEntity],
  migrations: [EntrepreneurshipInitial1763800000400, ScopedRequestIds1763800000500],
  controllers: entrepreneurshipControllers,
  produces: [TkmGroupRegistered.topic],
};
