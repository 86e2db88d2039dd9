import { serviceControllers } from '@siapkerja/contracts';
import { AssessmentsGrpc } from './assessments/assessments.grpc';
import { CertificatesGrpc } from './certificates/certificates.grpc';
import { CredentialsGrpc } from './credentials/credentials.grpc';
import { LspsGrpc } from './lsps/lsps.grpc';
import { SchemesGrpc } from './schemes/schemes.grpc';

/**
 * siapkerja.certification.v1.CertificationService: the aggregates' controllers, which together implement every rpc of
 * the generated definition (checked by the type checker, and at start).
 */
export const certificationControllers = serviceControllers('certification')(
  SchemesGrpc,
  CertificatesGrpc,
  LspsGrpc,
  AssessmentsGrpc,
  CredentialsGrpc,
);
