import { Module } from '@nestjs/common';
import { PrivacyController } from './privacy.controller';

/**
 * Personal data protection (UU 27/2022) at the edge: the personal-data export, built from every service's section (the
 * other privacy routes are generated; the services that read unmasked personal data write the access log themselves).
 */
@Module({ controllers: [PrivacyController] })
export class PrivacyModule {}
