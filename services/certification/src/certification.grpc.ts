import { Injectable } from '@nestjs/common';
import type { GrpcController } from '@siapkerja/service-kit';
import { CertificatesGrpc } from './certificates/certificates.grpc';
import { SchemesGrpc } from './schemes/schemes.grpc';

/** siapkerja.certification.v1.CertificationService: one method table assembled from the aggregates. */
@Injectable()
export class CertificationGrpcController implements GrpcController {
  constructor(
    private readonly schemes: SchemesGrpc,
    private readonly certificates: CertificatesGrpc,
  ) {}

  handlers() {
    return { ...this.schemes.handlers(), ...this.certificates.handlers() };
  }
}
