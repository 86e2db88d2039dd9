import 'reflect-metadata';
import { runServiceMain } from '@siapkerja/service-kit';
import { identityService } from './identity.module';

runServiceMain(identityService);
