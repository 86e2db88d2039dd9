import 'reflect-metadata';
import { runServiceMain } from '@siapkerja/service-kit';
import { trainingService } from './training.module';

runServiceMain(trainingService);
