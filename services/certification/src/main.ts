import 'reflect-metadata';
import { runServiceMain } from '@siapkerja/service-kit';
import { certificationService } from './certification.module';

runServiceMain(certificationService);
