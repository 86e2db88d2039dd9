import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Logger } from '@siapkerja/logging';
import type { GatewayConfig } from '../platform/config';

/**
 * The gateway's config and logger for the auth providers. platform/config.ts imports this
 * module's config spec from auth.module.ts, so auth files must not import platform/config at
 * load time (a require cycle); the tokens are looked up when the providers are created.
 */
@Injectable()
export class AuthPlatform {
  readonly config: GatewayConfig;
  readonly logger: Logger;

  constructor(moduleRef: ModuleRef) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { GATEWAY_CONFIG, GATEWAY_LOGGER } = require('../platform/config') as typeof import('../platform/config');
    this.config = moduleRef.get(GATEWAY_CONFIG, { strict: false });
    this.logger = moduleRef.get(GATEWAY_LOGGER, { strict: false });
  }
}
