import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';

/** Bulk uploads over HTTP (/v1/imports), received and fanned out by the integration service. */
@Module({ controllers: [ImportsController] })
export class ImportsModule {}
