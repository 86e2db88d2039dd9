import 'reflect-metadata';
import { runServiceMain } from '@siapkerja/service-kit';
import { placementService } from './placement.module';

runServiceMain(placementService);
