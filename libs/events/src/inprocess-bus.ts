import type { BusMessage, ConsumedMessage, EventBus, MessageHandler, SubscribeOptions } from './port';

interface Group {
  topics: Set<string>;
  handler: MessageHandler;
  queue: ConsumedMessage[];
  running: boolean;
}

/**
 * In-process event bus for the embedded start: same port, same envelope, at-least-once delivery,
 * one consumer per group, messages delivered in publish order. A handler that rejects gets the
 * message again after a backoff, as with Kafka.
 */
export class InProcessEventBus implements EventBus {
  readonly kind = 'inprocess' as const;
  private readonly groups = new Map<string, Group>();
  /** every topic's messages since the process started, so a group that subscribes late reads from the beginning (as Kafka's fromBeginning) */
  private readonly log = new Map<string, ConsumedMessage[]>();
  private closed = false;
  private static instance?: InProcessEventBus;

  /** One bus per process, shared by every service hosted in it. */
  static shared(): InProcessEventBus {
    if (!this.instance || this.instance.closed) this.instance = new InProcessEventBus();
    return this.instance;
  }

  async publish(messages: BusMessage[]): Promise<void> {
    if (this.closed) throw new Error('event bus is closed');
    for (const m of messages) {
      const topicLog = this.log.get(m.topic) ?? [];
      this.log.set(m.topic, topicLog);
      const consumed: ConsumedMessage = { ...m, headers: { ...m.headers }, partition: 0, offset: String(topicLog.length) };
      topicLog.push(consumed);
      for (const g of this.groups.values()) {
        if (!g.topics.has(m.topic)) continue;
        g.queue.push(consumed);
        this.drain(g);
      }
    }
  }

  async subscribe(groupId: string, topics: string[], handler: MessageHandler, opts: SubscribeOptions = {}): Promise<void> {
    let g = this.groups.get(groupId);
    if (!g) {
      g = { topics: new Set(), handler, queue: [], running: false };
      this.groups.set(groupId, g);
    }
    for (const t of topics) {
      if (g.topics.has(t)) continue;
      g.topics.add(t);
      if (opts.fromBeginning ?? true) g.queue.push(...(this.log.get(t) ?? []));
    }
    this.drain(g);
  }

  async ensureTopics(): Promise<void> {}

  async isHealthy(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private drain(g: Group): void {
    if (g.running) return;
    g.running = true;
    setImmediate(async () => {
      let backoff = 100;
      while (g.queue.length && !this.closed) {
        try {
          await g.handler(g.queue[0]);
          g.queue.shift();
          backoff = 100;
        } catch {
          await new Promise((r) => setTimeout(r, backoff));
          backoff = Math.min(backoff * 2, 5000);
        }
      }
      g.running = false;
    });
  }
}
