import { address, int, type ConfigOf } from '@siapkerja/config';

/** Environment variables of the entrepreneurship service beyond every service's (libs/service-kit serviceConfigSpec). */
export const entrepreneurshipConfigSpec = {
  /** the identity service: a TKM group's mentor is checked there (an active account or client holding TKM_MENTOR) */
  IDENTITY_GRPC_URL: address({ default: '127.0.0.1:50056' }),
  /** the deadline of a call to identity (retries included) */
  IDENTITY_DEADLINE_MS: int({ default: 3000, min: 50, max: 60000 }),
};

export type EntrepreneurshipConfig = ConfigOf<typeof entrepreneurshipConfigSpec> & { CALLER_SIGNING_SECRET?: string };
