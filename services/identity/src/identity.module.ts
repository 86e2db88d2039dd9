import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { identityControllers } from './identity.grpc';
import { ClientRevoked, PersonErasureRequested, SessionEnded } from '@siapkerja/contracts';
import type { Logger } from '@siapkerja/logging';
import { LOGGER, SERVICE_CONFIG, type ServiceDefinition } from '@siapkerja/service-kit';
import { AccountsService } from './accounts/accounts.service';
import { DevIdentityVerifier, DevVerificationSender, IDENTITY_VERIFIER, VERIFICATION_SENDER } from './accounts/verification';
import { ClientsService } from './clients/clients.service';
import { identityConfigSpec, type IdentityConfig } from './identity.config';
import { signingKeyKeyring } from './keys/signing-key-encryption';
import { SigningKeys } from './keys/signing-keys.service';
import { IdentityInitial1763800000600 } from './migrations/1763800000600-identity-initial';
import { IdentityPrivacy1763800000610 } from './migrations/1763800000610-identity-privacy';
import { OrganizationBinding1763800000620 } from './migrations/1763800000620-organization-binding';
import { LoginAttemptsWindow1763800000640 } from './migrations/1763800000640-login-attempts-window';
import { sealedSigningKeysMigration } from './migrations/1763800000630-sealed-signing-keys';
import { AccessLog } from './privacy/access-log.service';
import { PrivacyService } from './privacy/privacy.service';
import { SubjectsService } from './subjects/subjects.service';

@Module({
  controllers: identityControllers,
  providers: [
    SigningKeys,
    AccountsService,
    ClientsService,
    AccessLog,
    PrivacyService,
    SubjectsService,
    { provide: IDENTITY_VERIFIER, useClass: DevIdentityVerifier },
    { provide: VERIFICATION_SENDER, inject: [LOGGER], useFactory: (logger: Logger) => new DevVerificationSender(logger) },
  ],
})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly keys: SigningKeys,
    private readonly clients: ClientsService,
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
  ) {}

  /** A signing key, the sandbox clients (SANDBOX=true) and the bootstrap administrator exist before the first call. */
  async onModuleInit(): Promise<void> {
    await this.keys.init();
    if (this.config.SANDBOX) await this.clients.seedSandbox();
    await this.clients.seedBootstrapAdmin();
  }
}

export const identityService: ServiceDefinition = {
  name: 'identity',
  module: IdentityModule,
  entities: [],
  migrations: [
    IdentityInitial1763800000600,
    IdentityPrivacy1763800000610,
    OrganizationBinding1763800000620,
    LoginAttemptsWindow1763800000640,
  ],
  // sealing the private signing keys needs the key-encryption key of the configuration
  configuredMigrations: (config: IdentityConfig) => [sealedSigningKeysMigration(signingKeyKeyring(config))],
  controllers: identityControllers,
  produces: [ClientRevoked.topic, SessionEnded.topic, PersonErasureRequested.topic],
  config: identityConfigSpec,
};
