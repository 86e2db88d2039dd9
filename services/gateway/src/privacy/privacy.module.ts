import { Global, Module } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import { AccessAudit } from './access-audit';
import { GatewayOutbox } from './gateway-outbox';
import { PrivacyController } from './privacy.controller';
import { PrivacyTables1763800006100 } from './privacy.migration';
import { PrivacyService } from './privacy.service';

export { AccessAudit, type AccessRecord } from './access-audit';
export { GatewayOutbox } from './gateway-outbox';
export {
  ACCESS_PURPOSES,
  ApiPurposeHeader,
  CONSENT_PURPOSES,
  Purpose,
  PURPOSE_HEADER,
  resolvePurpose,
  type AccessPurpose,
} from './purposes';

/** Migrations of this module's tables in the gateway database. */
export const privacyMigrations: (new () => MigrationInterface)[] = [PrivacyTables1763800006100];

/** TypeORM entities of this module (raw SQL through the DataSource). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const privacyEntities: Function[] = [];

/**
 * Personal data protection (UU 27/2022): the append-only access log (AccessAudit, injectable in every
 * gateway module), consents, data-subject requests, and the gateway's transactional outbox that
 * carries PersonErasureRequested / PersonProcessingRestricted to the services.
 */
@Global()
@Module({
  controllers: [PrivacyController],
  providers: [AccessAudit, GatewayOutbox, PrivacyService],
  exports: [AccessAudit, GatewayOutbox],
})
export class PrivacyModule {}
