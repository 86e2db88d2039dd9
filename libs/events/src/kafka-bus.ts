import { CompressionTypes, Kafka, logLevel, type Admin, type Consumer, type KafkaMessage, type Producer } from 'kafkajs';
import type { Logger } from '@siapkerja/logging';
import type { BusMessage, ConsumedMessage, EventBus, MessageHandler, SubscribeOptions } from './port';

/** Most messages handed to a batch handler at once (a long backlog goes in slices, each committed as it is done). */
const MAX_BATCH = 500;

export interface KafkaBusOptions {
  brokers: string[];
  clientId: string;
  logger: Logger;
  numPartitions?: number;
  /**
   * Put before every consumer group id: lets several deployments (or test runs) share one cluster without joining each
   * other's groups (a shared group splits the partitions, so each would miss the other's events).
   */
  groupPrefix?: string;
  /**
   * Put before every topic name on the wire (publish, subscribe, create); handlers and publishers keep the plain names.
   * Lets one cluster hold several isolated environments (a staging next to a training copy, or test files running side
   * by side): each reads only its own topics, never another's history. It is put before the consumer group ids as well.
   */
  topicPrefix?: string;
}

/**
 * Kafka adapter (kafkajs). The producer is idempotent with acks=-1 and one request in flight, so
 * one key's messages stay ordered and a retried send is not duplicated by the broker.
 */
export class KafkaEventBus implements EventBus {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private readonly probe: Kafka;
  private producer?: Producer;
  private producerConnecting?: Promise<Producer>;
  private readonly consumers: Consumer[] = [];
  private admin?: Admin;
  private closed = false;

  private readonly prefix: string;

  constructor(private readonly opts: KafkaBusOptions) {
    this.prefix = opts.topicPrefix ?? '';
    const logCreator =
      () =>
      ({ namespace, level, log }: { namespace: string; level: number; log: { message: string } & Record<string, unknown> }) => {
        if (level <= logLevel.ERROR) opts.logger.warn({ kafka: namespace, error: log.error }, log.message);
      };
    this.kafka = new Kafka({
      clientId: opts.clientId,
      brokers: opts.brokers,
      logLevel: logLevel.ERROR,
      logCreator,
      connectionTimeout: 3000,
      requestTimeout: 10000,
      retry: { initialRetryTime: 200, retries: 5, maxRetryTime: 5000 },
    });
    // a separate client for health probes: fails fast instead of retrying
    this.probe = new Kafka({
      clientId: `${opts.clientId}-probe`,
      brokers: opts.brokers,
      logLevel: logLevel.NOTHING,
      connectionTimeout: 1500,
      requestTimeout: 2000,
      retry: { retries: 0 },
    });
  }

  private async getProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    if (!this.producerConnecting) {
      const p = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
      this.producerConnecting = p
        .connect()
        .then(() => {
          this.producer = p;
          p.on(p.events.DISCONNECT, () => {
            if (this.producer === p) this.producer = undefined;
          });
          return p;
        })
        .finally(() => {
          this.producerConnecting = undefined;
        });
    }
    return this.producerConnecting;
  }

  async publish(messages: BusMessage[]): Promise<void> {
    if (!messages.length) return;
    if (this.closed) throw new Error('event bus is closed');
    const producer = await this.getProducer();
    const byTopic = new Map<string, BusMessage[]>();
    for (const m of messages) {
      const list = byTopic.get(m.topic);
      if (list) list.push(m);
      else byTopic.set(m.topic, [m]);
    }
    try {
      await producer.sendBatch({
        acks: -1,
        compression: CompressionTypes.None,
        topicMessages: [...byTopic].map(([topic, ms]) => ({
          topic: this.prefix + topic,
          messages: ms.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
        })),
      });
    } catch (e) {
      // drop the producer so the next attempt reconnects from scratch
      if (this.producer === producer) this.producer = undefined;
      await producer.disconnect().catch(() => undefined);
      throw e;
    }
  }

  async subscribe(groupId: string, topics: string[], handler: MessageHandler, opts: SubscribeOptions = {}): Promise<void> {
    if (this.closed) return;
    const consumer = this.kafka.consumer({
      // an environment's groups are its own too: one group subscribed to two environments' topics would split them
      groupId: `${this.prefix}${this.opts.groupPrefix ?? ''}${groupId}`,
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      // gathering: the fetch waits for a full megabyte or gatherMs, whichever comes first
      ...(opts.gatherMs ? { minBytes: 1 << 20, maxWaitTimeInMs: opts.gatherMs } : {}),
      allowAutoTopicCreation: false,
      // kafkajs restarts a crashed consumer by itself; never after close()
      retry: { initialRetryTime: 300, retries: 10, maxRetryTime: 10000, restartOnFailure: async () => !this.closed },
    });
    this.consumers.push(consumer);
    // close() may run while a (re)start is in flight: never leave a consumer running after it
    const run = async () => {
      if (this.closed) return;
      await consumer.connect();
      if (this.closed) return void (await consumer.disconnect());
      await consumer.subscribe({ topics: topics.map((t) => this.prefix + t), fromBeginning: opts.fromBeginning ?? true });
      const consumed = (topic: string, partition: number, message: KafkaMessage): ConsumedMessage => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined) headers[k] = v.toString();
        return {
          topic: topic.slice(this.prefix.length),
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? '',
          value: message.value?.toString() ?? '',
          headers,
        };
      };
      const batchHandler = opts.batchHandler;
      if (batchHandler) {
        await consumer.run({
          partitionsConsumedConcurrently: 1,
          // kafkajs commits after every batch whatever its interval says, unless it is left to commit by itself: then the
          // batch asks for a commit, which its offset manager sends once the interval has passed
          ...(opts.commitIntervalMs ? { autoCommit: false, autoCommitInterval: opts.commitIntervalMs } : {}),
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }) => {
            for (let i = 0; i < batch.messages.length && isRunning() && !isStale(); i += MAX_BATCH) {
              const slice = batch.messages.slice(i, i + MAX_BATCH);
              await batchHandler(slice.map((m) => consumed(batch.topic, batch.partition, m)));
              resolveOffset(slice[slice.length - 1].offset);
              if (opts.commitIntervalMs) await commitOffsetsIfNecessary();
              await heartbeat();
            }
          },
        });
      } else {
        await consumer.run({
          partitionsConsumedConcurrently: 1,
          eachMessage: async ({ topic, partition, message }) => void (await handler(consumed(topic, partition, message))),
        });
      }
      if (this.closed) await consumer.disconnect();
    };
    consumer.on(consumer.events.CRASH, (e) => {
      const restart = (e.payload as { restart?: boolean }).restart;
      this.opts.logger.warn({ groupId, error: String(e.payload.error), restart }, 'kafka consumer crashed');
      if (!restart && !this.closed) setTimeout(() => run().catch(() => undefined), 2000).unref();
    });
    // the broker may be down at start: keep trying in the background
    const attempt = async (): Promise<void> => {
      try {
        await run();
      } catch (e) {
        if (this.closed) return;
        this.opts.logger.warn({ groupId, error: String(e) }, 'kafka consumer could not start, retrying');
        await consumer.disconnect().catch(() => undefined);
        setTimeout(() => void (this.closed || attempt()), 2000).unref();
      }
    };
    await attempt();
  }

  async ensureTopics(topics: string[]): Promise<void> {
    if (!topics.length) return;
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = [...new Set(topics.map((t) => this.prefix + t))].filter((t) => !existing.has(t));
      if (missing.length) {
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({ topic, numPartitions: this.opts.numPartitions ?? 3, replicationFactor: -1 })),
        });
      }
    } finally {
      await admin.disconnect();
    }
  }

  async isHealthy(): Promise<boolean> {
    try {
      if (!this.admin) {
        this.admin = this.probe.admin();
        await this.admin.connect();
      }
      let timer: NodeJS.Timeout | undefined;
      const cluster = await Promise.race([
        this.admin.describeCluster(),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2500))),
      ]).finally(() => clearTimeout(timer));
      return cluster.brokers.length > 0;
    } catch {
      const a = this.admin;
      this.admin = undefined;
      await a?.disconnect().catch(() => undefined);
      return false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.consumers.map((c) => c.disconnect().catch(() => undefined)));
    await this.producer?.disconnect().catch(() => undefined);
    await this.admin?.disconnect().catch(() => undefined);
  }
}
