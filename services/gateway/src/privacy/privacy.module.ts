import { Global, Module } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import { AccessAudit } from './access-audit';
import { PrivacyController } from './privacy.controller';

export { AccessAudit, type AccessRecord } from './access-audit';
export {
  ACCESS_PURPOSES,
  ApiPurposeHeader,
  CONSENT_PURPOSES,
  Purpose,
  PURPOSE_HEADER,
  resolvePurpose,
  type AccessPurpose,
} from './purposes';

/** This module keeps no table in the gateway database: consents, requests and the access log live in identity. */
export const privacyMigrations: (new () => MigrationInterface)[] = [];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const privacyEntities: Function[] = [];

/**
 * Personal data protection (UU 27/2022) at the edge: the routes of consents, data-subject requests and the access log
 * (served by identity), the export's service sections, and AccessAudit (injectable in every gateway module) that logs
 * unmasked reads in identity.
 */
@Global()
@Module({
  controllers: [PrivacyController],
  providers: [AccessAudit],
  exports: [AccessAudit],
})
export class PrivacyModule {}
