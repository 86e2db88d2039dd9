import { Module } from '@nestjs/common';
import { CertificateIssued, SchemeRegistered } from '@siapkerja/contracts';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { CertificateExpiryJob } from './certificates/certificate-expiry.job';
import { CertificateEntity, CertificateStatusChangeEntity } from './certificates/certificate.entity';
import { CertificatesPrivacyConsumer } from './certificates/certificates.privacy';
import { CertificatesService } from './certificates/certificates.service';
import { CertificatesPersonDataService } from './certificates/person-data';
import { certificationControllers } from './certification.grpc';
import { CertificationInitial1763800000300 } from './migrations/1763800000300-certification-initial';
import { Certificates1763800000400 } from './migrations/1763800000400-certificates';
import { PersonPrivacy1763800000410 } from './migrations/1763800000410-person-privacy';
import { ScopedRequestIds1763800000500 } from './migrations/1763800000500-scoped-request-ids';
import { SchemeEntity } from './schemes/scheme.entity';
import { SchemesService } from './schemes/schemes.service';

@Module({
  controllers: certificationControllers,
  providers: [SchemesService, CertificatesService, CertificatesPersonDataService, CertificateExpiryJob, CertificatesPrivacyConsumer],
})
export class CertificationModule {}

export const certificationService: ServiceDefinition = {
  name: 'certification',
  module: CertificationModule,
  entities: [SchemeEntity, CertificateEntity, CertificateStatusChangeEntity],
  migrations: [CertificationInitial1763800000300, Certificates1763800000400, PersonPrivacy1763800000410, ScopedRequestIds1763800000500],
  controllers: certificationControllers,
  consumers: [CertificatesPrivacyConsumer],
  // every certificate event (issued, suspended, reinstated, revoked, expired) travels on CertificateIssued.topic
  produces: [SchemeRegistered.topic, CertificateIssued.topic],
};
