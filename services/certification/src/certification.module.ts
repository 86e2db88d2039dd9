import { Module } from '@nestjs/common';
import { CertificateIssued, SchemeRegistered } from '@siapkerja/contracts';
import { AccessLog } from '@siapkerja/privacy';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { AssessmentsService } from './assessments/assessments.service';
import { AssessmentEntity } from './assessments/assessment.entity';
import { TrainingsConsumer } from './assessments/trainings.consumer';
import { CertificateExpiryJob } from './certificates/certificate-expiry.job';
import { CertificateEntity, CertificateStatusChangeEntity } from './certificates/certificate.entity';
import { CertificatesPrivacyConsumer } from './certificates/certificates.privacy';
import { CertificatesService } from './certificates/certificates.service';
import { CertificatesPersonDataService } from './certificates/person-data';
import { certificationConfigSpec, type CertificationConfig } from './certification.config';
import { certificationControllers } from './certification.grpc';
import { CredentialSigner } from './credentials/credential-signer';
import { IssuerKeyKeyring } from './credentials/issuer-key-encryption';
import { IssuerKeyEntity } from './credentials/issuer-key.entity';
import { IssuerKeysService } from './credentials/issuer-keys.service';
import { StatusListsService } from './credentials/status-lists.service';
import { VerificationService } from './credentials/verification.service';
import { AssessorEntity, LspEntity, TukEntity } from './lsps/lsp.entity';
import { LspsService } from './lsps/lsps.service';
import { CertificationInitial1763800000300 } from './migrations/1763800000300-certification-initial';
import { Certificates1763800000400 } from './migrations/1763800000400-certificates';
import { PersonPrivacy1763800000410 } from './migrations/1763800000410-person-privacy';
import { ScopedRequestIds1763800000500 } from './migrations/1763800000500-scoped-request-ids';
import { LspsAssessmentsCredentials1763800000600 } from './migrations/1763800000600-lsps-assessments-credentials';
import { sealedIssuerKeysMigration } from './migrations/1763800000700-sealed-issuer-keys';
import { RequestHashes1763800000800 } from './migrations/1763800000800-request-hashes';
import { CaseInsensitiveCodes1763800000900 } from './migrations/1763800000900-case-insensitive-codes';
import { SchemeEntity } from './schemes/scheme.entity';
import { SchemesService } from './schemes/schemes.service';

@Module({
  controllers: certificationControllers,
  providers: [
    SchemesService,
    CertificatesService,
    CertificatesPersonDataService,
    CertificateExpiryJob,
    CertificatesPrivacyConsumer,
    LspsService,
    AssessmentsService,
    TrainingsConsumer,
    IssuerKeysService,
    CredentialSigner,
    StatusListsService,
    VerificationService,
    AccessLog,
  ],
})
export class CertificationModule {}

export const certificationService: ServiceDefinition = {
  name: 'certification',
  module: CertificationModule,
  entities: [
    SchemeEntity,
    CertificateEntity,
    CertificateStatusChangeEntity,
    LspEntity,
    TukEntity,
    AssessorEntity,
    AssessmentEntity,
    IssuerKeyEntity,
  ],
  migrations: [
    CertificationInitial1763800000300,
    Certificates1763800000400,
    PersonPrivacy1763800000410,
    ScopedRequestIds1763800000500,
    LspsAssessmentsCredentials1763800000600,
    RequestHashes1763800000800,
    CaseInsensitiveCodes1763800000900,
  ],
  // sealing the issuer's private keys needs the key-encryption key of the configuration
  configuredMigrations: (config: CertificationConfig) => [sealedIssuerKeysMigration(IssuerKeyKeyring.fromConfig(config))],
  controllers: certificationControllers,
  consumers: [CertificatesPrivacyConsumer, TrainingsConsumer],
  // every certificate event (issued, suspended, reinstated, revoked, expired) travels on CertificateIssued.topic
  produces: [SchemeRegistered.topic, CertificateIssued.topic],
  config: certificationConfigSpec,
};
