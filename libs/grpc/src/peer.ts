import type { OnApplicationShutdown } from '@nestjs/common';
import { CALLER_METADATA_KEY, currentCaller, type Caller } from '@siapkerja/authz';
import type { ServiceKey } from '@siapkerja/contracts';
import { createServiceClient, type CallOptions, type ServiceClient } from './client';

/** How a service reaches a peer service: its address, the deadline of a call and who signs the caller. */
export interface PeerOptions {
  address: string;
  deadlineMs: number;
  /** CALLER_SIGNING_SECRET: the forwarded caller is signed again here */
  callerSecret?: string;
  /** this service's name, the caller of calls made without one being served */
  callerName: string;
}

/**
 * Another service, called by this one with the authority of the caller being served (e.g. training asks certification
 * whether a scheme exists, jobs asks training for programs, the services write identity's access log). Closed at shutdown.
 */
export abstract class PeerClient<K extends ServiceKey> implements OnApplicationShutdown {
  protected readonly client: ServiceClient<K>;

  protected constructor(key: K, opts: PeerOptions) {
    this.client = createServiceClient(key, opts.address, opts);
  }

  /** `opts` carrying `caller` (by default the one being served; none: this service's own caller). */
  protected as(opts: CallOptions = {}, caller: Caller | undefined = currentCaller()): CallOptions {
    return caller ? { ...opts, metadata: { ...(opts.metadata ?? {}), [CALLER_METADATA_KEY]: JSON.stringify(caller) } } : opts;
  }

  onApplicationShutdown(): void {
    this.client.close();
  }
}
