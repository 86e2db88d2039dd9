import 'reflect-metadata';
import { runServiceMain } from '@siapkerja/service-kit';
import { integrationService } from './integration.module';

runServiceMain(integrationService);
