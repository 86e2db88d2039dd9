import { serviceControllers } from '@siapkerja/contracts';
import { CertificatesGrpc } from './certificates/certificates.grpc';
import { SchemesGrpc } from './schemes/schemes.grpc';

/**
 * siapkerja.certification.v1.CertificationService: the aggregates' controllers, which together implement every rpc of
 * the generated definition (checked by the type checker, and at start).
 */
export const certificationControllers = serviceControllers('certification')(SchemesGrpc, CertificatesGrpc);
