import { Module } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import { PrivacyController } from './privacy.controller';

/** This module keeps no table in the gateway database: consents, requests and the access log live in identity. */
export const privacyMigrations: (new () => MigrationInterface)[] = [];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const privacyEntities: Function[] = [];

/**
 * Personal data protection (UU 27/2022) at the edge: the personal-data export, built from every service's section (the
 * other privacy routes are generated; the services that read unmasked personal data write the access log themselves).
 */
@Module({ controllers: [PrivacyController] })
export class PrivacyModule {}
