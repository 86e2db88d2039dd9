import { gatewayCaller as asForwarded } from '@siapkerja/testing';

/** A caller as the gateway forwards it to jobs: jobs scopes, and officers state PLACEMENT_SERVICE (libs/testing). */
export const gatewayCaller = (c: Record<string, unknown>) => asForwarded(c, 'jobs', 'PLACEMENT_SERVICE');
