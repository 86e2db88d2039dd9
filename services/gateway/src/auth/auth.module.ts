import { Module } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';

/** Environment variables this module needs (merged into the gateway's config spec). */
export const authConfigSpec = {};

/** Migrations of this module's tables in the gateway database. */
export const authMigrations: (new () => MigrationInterface)[] = [];

/** TypeORM entities of this module (raw SQL through the DataSource is fine too). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const authEntities: Function[] = [];

@Module({})
export class AuthModule {}
