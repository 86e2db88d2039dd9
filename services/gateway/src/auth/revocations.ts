import { randomUUID } from 'node:crypto';
import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ClientRevoked, ClientSecretRotated, SessionEnded, type ClientChangedData, type SessionEndedData } from '@siapkerja/contracts';
import { BackgroundConsumer, type InboxConsumer } from '@siapkerja/events';
import { GatewayPlatform } from '../platform/gateway-platform';
import { IdentityClient } from './identity.client';

export interface ClientCheck {
  found: boolean;
  revoked: boolean;
  hmacRequired: boolean;
  hmacSecrets: string[];
}

/**
 * Revoked clients and ended sessions, refused by this replica within seconds: identity's ClientRevoked /
 * ClientSecretRotated / SessionEnded events are consumed by a consumer group of this replica's own (every replica gets
 * every event) and drop the cached answers at once; the answers (from identity's GetClientCredentials and CheckSession)
 * are cached for at most CACHE_MS, so even an event delayed or lost (broker outage, group joining) applies within it.
 */
@Injectable()
export class Revocations implements OnModuleInit, OnApplicationShutdown {
  static readonly CACHE_MS = 4_000;
  static readonly CACHE_SIZE = 10_000;
  readonly groupId = `gateway.revocations.${randomUUID()}`;
  private readonly clients = new Map<string, { at: number; check: Promise<ClientCheck> }>();
  private readonly sessions = new Map<string, { at: number; active: Promise<boolean> }>();
  private readonly ended = new Set<string>();
  private consumer?: BackgroundConsumer;

  constructor(
    private readonly identity: IdentityClient,
    private readonly platform: GatewayPlatform,
  ) {
    // what this replica's own calls ended (logout, password reset, erasure, a reused refresh token, a client revoked or
    // rotated) is refused here at once; the other replicas learn it from identity's events
    identity.onRevoked(({ sessionIds, clientIds }) => {
      sessionIds.forEach((s) => this.endSession(s));
      clientIds.forEach((c) => this.forgetClient(c));
    });
  }

  onModuleInit(): void {
    const { bus, logger } = this.platform;
    const topics = [ClientRevoked.topic, SessionEnded.topic];
    // a cache invalidation, not an effect to record: no inbox, only messages published after this replica joined
    const subscriber = {
      name: this.groupId,
      topics,
      deadLetterTopics: [],
      start: () =>
        bus.subscribe(
          this.groupId,
          topics,
          async (m) => {
            let event: { type?: string; data?: Partial<ClientChangedData & SessionEndedData> };
            try {
              event = JSON.parse(m.value);
            } catch {
              return;
            }
            if ((event.type === ClientRevoked.type || event.type === ClientSecretRotated.type) && event.data?.clientId)
              this.clients.delete(event.data.clientId);
            if (event.type === SessionEnded.type && event.data?.sessionId) this.endSession(event.data.sessionId);
          },
          { fromBeginning: false },
        ),
    };
    this.consumer = new BackgroundConsumer(subscriber as unknown as InboxConsumer, bus, logger);
    this.consumer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }

  /** Marks a session ended here (this replica ended it, or an event said so). */
  endSession(sessionId: string): void {
    if (this.ended.size >= Revocations.CACHE_SIZE) this.ended.clear();
    this.ended.add(sessionId);
    this.sessions.delete(sessionId);
  }

  client(clientId: string, now = Date.now()): Promise<ClientCheck> {
    const hit = this.clients.get(clientId);
    if (hit && now - hit.at < Revocations.CACHE_MS) return hit.check;
    const check = this.identity.call('getClientCredentials', { clientId }, { idempotent: true });
    if (this.clients.size >= Revocations.CACHE_SIZE) this.clients.clear();
    this.clients.set(clientId, { at: now, check });
    check.catch(() => this.clients.delete(clientId));
    return check;
  }

  /** Drops what this replica knows of a client (after it changed the client itself). */
  forgetClient(clientId: string): void {
    this.clients.delete(clientId);
  }

  sessionActive(sessionId: string, now = Date.now()): Promise<boolean> {
    if (this.ended.has(sessionId)) return Promise.resolve(false);
    const hit = this.sessions.get(sessionId);
    if (hit && now - hit.at < Revocations.CACHE_MS) return hit.active;
    const active = this.identity.call('checkSession', { sessionId }, { idempotent: true }).then((r) => r.active);
    if (this.sessions.size >= Revocations.CACHE_SIZE) this.sessions.clear();
    this.sessions.set(sessionId, { at: now, active });
    active.catch(() => this.sessions.delete(sessionId));
    return active;
  }
}
