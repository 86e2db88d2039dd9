import 'reflect-metadata';
import { runServiceMain } from '@siapkerja/service-kit';
import { jobsService } from './jobs.module';

runServiceMain(jobsService);
