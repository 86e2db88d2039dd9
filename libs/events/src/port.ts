/** A message as the event port carries it (value is the JSON envelope). */
export interface BusMessage {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

export interface ConsumedMessage extends BusMessage {
  partition: number;
  offset: string;
}

export interface SubscribeOptions {
  /** default true */
  fromBeginning?: boolean;
  /**
   * Messages that arrive together on one partition handed over together, in partition order (at most a few hundred at a
   * time), instead of one by one to the handler; the batch's offsets are committed once it resolves. A bus that cannot
   * batch (in-process) keeps using the handler. See commitIntervalMs.
   */
  batchHandler?: (messages: ConsumedMessage[]) => Promise<void>;
  /**
   * For consumers that may lag a little (a cache invalidation): the broker gathers messages for up to this many ms before
   * it answers a fetch, so a stream of events costs a few fetches and offset commits a second instead of one of each per
   * event or two. Default: every message as soon as it arrives.
   */
  gatherMs?: number;
  /**
   * Commit the consumed offsets at most this often (ms) instead of after every batch. For a group whose offsets matter
   * only to itself while it runs (a cache invalidation's group of one process, named afresh by each process, read from
   * now on): its commits are read back only after one of its own rebalances, and committing every batch was most of the
   * requests such a consumer sends the broker (a fetch's three partitions, three commits). Default: after every batch.
   * Kafka consumers with a batchHandler only; others commit as before.
   */
  commitIntervalMs?: number;
}

export type MessageHandler = (message: ConsumedMessage) => Promise<void>;

/**
 * The project's own event port. Kafka (kafkajs) and the in-process bus implement it;
 * nothing outside libs/events knows which one runs.
 */
export interface EventBus {
  readonly kind: 'kafka' | 'inprocess';
  /** Resolves once the batch is durably accepted (acks=all for Kafka); rejects otherwise. */
  publish(messages: BusMessage[]): Promise<void>;
  /** Starts delivering the topics' messages to handler, one at a time per partition; a handler that
   * rejects gets the same message again later (at-least-once). A new group reads from the beginning of
   * the topics unless fromBeginning is false (then only messages published after it joined: a
   * per-instance group that reacts to changes, such as a cache invalidation). */
  subscribe(groupId: string, topics: string[], handler: MessageHandler, opts?: SubscribeOptions): Promise<void>;
  ensureTopics(topics: string[]): Promise<void>;
  isHealthy(): Promise<boolean>;
  close(): Promise<void>;
}
