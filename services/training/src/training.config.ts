import { address, int, type ConfigOf } from '@siapkerja/config';
import { accessLogConfigSpec } from '@siapkerja/privacy';

/** Environment variables of the training service beyond every service's (libs/service-kit serviceConfigSpec). */
export const trainingConfigSpec = {
  /** the identity service, keeper of the access log of unmasked personal data (libs/privacy AccessLog) */
  ...accessLogConfigSpec,
  /** the certification service: a program's certification scheme is checked there */
  CERTIFICATION_GRPC_URL: address({ default: '127.0.0.1:50053' }),
  GRPC_DEADLINE_MS: int({ default: 5000, min: 50, max: 60000 }),
};

export type TrainingConfig = ConfigOf<typeof trainingConfigSpec> & { CALLER_SIGNING_SECRET?: string };
