import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Logger } from '@siapkerja/logging';
import type { GatewayConfig } from '../platform/config';
import { GATEWAY_CONFIG, GATEWAY_LOGGER } from '../platform/tokens';

/** The gateway's config and logger for the auth providers. */
@Injectable()
export class AuthPlatform {
  readonly config: GatewayConfig;
  readonly logger: Logger;

  constructor(moduleRef: ModuleRef) {
    this.config = moduleRef.get(GATEWAY_CONFIG, { strict: false });
    this.logger = moduleRef.get(GATEWAY_LOGGER, { strict: false });
  }
}
