import { Global, Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { urlencoded } from 'express';
import type { MigrationInterface } from 'typeorm';
import { AccessTokenVerifier } from './access-tokens';
import { AccountsController } from './accounts.controller';
import { AuthGuard, Authenticator } from './auth.guard';
import { GatewayNonces1763800001001 } from './hmac';
import { IdentityClient } from './identity.client';
import { Revocations } from './revocations';

export { Caller, Public, RequireScopes, Roles, asCaller, type AuthCaller } from './caller';

/** Environment variables this module needs (merged into the gateway's config spec; see auth.config.ts). */

/** Migrations of this module's edge state in the gateway database (the nonces of signed requests). */
export const authMigrations: (new () => MigrationInterface)[] = [GatewayNonces1763800001001];

/** TypeORM entities of this module (raw SQL through the DataSource is fine too). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const authEntities: Function[] = [];

/**
 * The edge of authentication: one global guard verifying identity's access tokens locally (jose, JWK Set from identity),
 * the client's revocation and HMAC request signatures, the session's end, then scopes and roles; and the login
 * route (its Retry-After); the token endpoint, people's accounts and their administration are generated routes served by
 * the identity service.
 */
@Global()
@Module({
  controllers: [AccountsController],
  providers: [IdentityClient, AccessTokenVerifier, Revocations, Authenticator, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [IdentityClient, Authenticator, Revocations],
})
export class AuthModule implements NestModule {
  /** OAuth2 token requests are form-encoded (RFC 6749); the gateway's global parser reads JSON only. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(urlencoded({ extended: false, limit: '16kb' })).forRoutes({ path: 'oauth/token', method: RequestMethod.POST });
  }
}
