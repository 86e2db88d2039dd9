import { Module } from '@nestjs/common';
import { SchemeRegistered } from '@siapkerja/contracts';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { CertificationGrpcController } from './certification.grpc';
import { CertificationInitial1763800000300 } from './migrations/1763800000300-certification-initial';
import { SchemeEntity } from './schemes/scheme.entity';
import { SchemesGrpc } from './schemes/schemes.grpc';
import { SchemesService } from './schemes/schemes.service';

@Module({ providers: [SchemesService, SchemesGrpc, CertificationGrpcController] })
export class CertificationModule {}

export const certificationService: ServiceDefinition = {
  name: 'certification',
  module: CertificationModule,
  entities: [SchemeEntity],
  migrations: [CertificationInitial1763800000300],
  controller: CertificationGrpcController,
  produces: [SchemeRegistered.topic],
};
