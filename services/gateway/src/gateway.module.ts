import { Module, type DynamicModule } from '@nestjs/common';
import { SchemesController } from './certification/schemes.controller';
import { GroupsController } from './entrepreneurship/groups.controller';
import { EmployersController } from './jobs/employers.controller';
import { VacanciesController } from './jobs/vacancies.controller';
import { ServiceClients } from './platform/clients';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, METRICS_REGISTRY, type GatewayConfig } from './platform/config';
import { HealthController } from './platform/health.controller';
import { ReportsController } from './reports/reports.controller';
import { ProgramsController } from './training/programs.controller';
import type { Logger } from '@siapkerja/logging';
import type { Registry } from '@siapkerja/observability';

@Module({})
export class GatewayModule {
  static register(values: { config: GatewayConfig; logger: Logger; registry: Registry; clients: ServiceClients }): DynamicModule {
    return {
      module: GatewayModule,
      controllers: [HealthController, EmployersController, VacanciesController, ReportsController, ProgramsController, SchemesController, GroupsController],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: values.config },
        { provide: GATEWAY_LOGGER, useValue: values.logger },
        { provide: METRICS_REGISTRY, useValue: values.registry },
        { provide: ServiceClients, useValue: values.clients },
      ],
    };
  }
}
