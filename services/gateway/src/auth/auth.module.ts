import { Module, RequestMethod, type MiddlewareConsumer, type NestModule, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { urlencoded } from 'express';
import type { MigrationInterface } from 'typeorm';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { AdminController } from './admin.controller';
import { AuthGuard, Authenticator } from './auth.guard';
import { ClientsService } from './clients.service';
import { AuthTables1763800001000 } from './db';
import { OAuthController } from './oauth.controller';
import { GatewayPlatform } from '../platform/gateway-platform';
import { DevIdentityVerifier, DevVerificationSender, IDENTITY_VERIFIER, VERIFICATION_SENDER } from './ports';
import { AccessTokens, signerProvider } from './tokens';

export { Caller, Public, RequireScopes, Roles, assertRegion, asCaller, type AuthCaller } from './caller';

/** Environment variables this module needs (merged into the gateway's config spec; see auth.config.ts). */
export { authConfigSpec } from './auth.config';

/** Migrations of this module's tables in the gateway database. */
export const authMigrations: (new () => MigrationInterface)[] = [AuthTables1763800001000];

/** TypeORM entities of this module (raw SQL through the DataSource is fine too). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const authEntities: Function[] = [];

/**
 * Authentication and authorization of the gateway: OAuth2 client credentials for partners and
 * Disnaker systems (optionally HMAC-signed requests), password accounts for people, one global
 * guard (bearer token, scopes, roles) and the officer region check used by the controllers.
 */
@Module({
  controllers: [OAuthController, AccountsController, AdminController],
  providers: [
    signerProvider(),
    AccessTokens,
    ClientsService,
    AccountsService,
    { provide: IDENTITY_VERIFIER, useClass: DevIdentityVerifier },
    { provide: VERIFICATION_SENDER, inject: [GatewayPlatform], useFactory: (p: GatewayPlatform) => new DevVerificationSender(p.logger) },
    Authenticator,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [ClientsService, AccessTokens, Authenticator],
})
export class AuthModule implements NestModule, OnModuleInit {
  constructor(
    private readonly clients: ClientsService,
    private readonly platform: GatewayPlatform,
  ) {}

  /** OAuth2 token requests are form-encoded (RFC 6749); the gateway's global parser reads JSON only. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(urlencoded({ extended: false, limit: '16kb' })).forRoutes({ path: 'oauth/token', method: RequestMethod.POST });
  }

  async onModuleInit(): Promise<void> {
    if (this.platform.config.SANDBOX) await this.clients.seedSandbox();
    await this.clients.seedBootstrapAdmin();
  }
}
