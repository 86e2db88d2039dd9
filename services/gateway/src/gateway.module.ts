import { Global, Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EventBus } from '@siapkerja/events';
import { AuthModule } from './auth/auth.module';
import { GatewayPlatform } from './platform/gateway-platform';
import { FeedModule } from './feed/feed.module';
import { ImportsModule } from './imports/imports.module';
import { PrivacyModule } from './privacy/privacy.module';
import { TrafficModule } from './traffic/traffic.module';
import { CertificatesController } from './certification/certificates.controller';
import { VerificationController } from './certification/verification.controller';
import { SEARCH_ROUTE, VacanciesController } from './jobs/vacancies.controller';
import { SearchCache } from './jobs/search-cache';
import { SearchFastPath } from './jobs/search-fast-path';
import { VacancyWrites } from './jobs/vacancy-writes';
import { ServiceClients } from './platform/clients';
import { GATEWAY_CONFIG, GATEWAY_EVENT_BUS, GATEWAY_LOGGER, METRICS_REGISTRY, type GatewayConfig } from './platform/config';
import { HealthController } from './platform/health.controller';
import { PlacementsController } from './placements/placements.controller';
import { CERTIFICATION_ROUTES } from './generated/certification.routes';
import { ENTREPRENEURSHIP_ROUTES } from './generated/entrepreneurship.routes';
import { IDENTITY_ROUTES } from './generated/identity.routes';
import { INTEGRATION_ROUTES } from './generated/integration.routes';
import { JOBS_ROUTES } from './generated/jobs.routes';
import { PLACEMENT_ROUTES } from './generated/placement.routes';
import { TRAINING_ROUTES } from './generated/training.routes';
import type { Logger } from '@siapkerja/logging';
import type { Registry } from '@siapkerja/observability';

/** Platform values every gateway module may inject. */
@Global()
@Module({})
export class GatewayPlatformModule {
  static register(values: {
    config: GatewayConfig;
    logger: Logger;
    registry: Registry;
    clients: ServiceClients;
    ds: DataSource;
    bus: EventBus;
  }): DynamicModule {
    const providers = [
      { provide: GATEWAY_CONFIG, useValue: values.config },
      { provide: GATEWAY_LOGGER, useValue: values.logger },
      { provide: METRICS_REGISTRY, useValue: values.registry },
      { provide: ServiceClients, useValue: values.clients },
      { provide: DataSource, useValue: values.ds },
      { provide: GATEWAY_EVENT_BUS, useValue: values.bus },
    ];
    return {
      module: GatewayPlatformModule,
      providers: [...providers, GatewayPlatform],
      exports: [...providers.map((p) => p.provide), GatewayPlatform],
    };
  }
}

@Module({})
export class GatewayModule implements NestModule {
  static register(values: {
    config: GatewayConfig;
    logger: Logger;
    registry: Registry;
    clients: ServiceClients;
    ds: DataSource;
    bus: EventBus;
  }): DynamicModule {
    return {
      module: GatewayModule,
      imports: [GatewayPlatformModule.register(values), AuthModule, TrafficModule, FeedModule, PrivacyModule, ImportsModule],
      providers: [SearchCache, VacancyWrites],
      controllers: [
        HealthController,
        VacanciesController,
        PlacementsController,
        CertificatesController,
        VerificationController,
        // routes generated from proto/ (tools/gen-rest-views.js), after the hand-written ones: a hand-written static path
        // is matched before a generated path with a parameter
        ...JOBS_ROUTES,
        ...TRAINING_ROUTES,
        ...CERTIFICATION_ROUTES,
        ...PLACEMENT_ROUTES,
        ...ENTREPRENEURSHIP_ROUTES,
        ...IDENTITY_ROUTES,
        ...INTEGRATION_ROUTES,
      ],
    };
  }

  /** Stored vacancy search answers are served ahead of the pipeline, by its own decisions (jobs/search-fast-path.ts). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SearchFastPath).forRoutes({ path: SEARCH_ROUTE, method: RequestMethod.GET });
  }
}
