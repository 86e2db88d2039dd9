import 'reflect-metadata';
import { runServiceMain } from '@siapkerja/service-kit';
import { entrepreneurshipService } from './entrepreneurship.module';

runServiceMain(entrepreneurshipService);
