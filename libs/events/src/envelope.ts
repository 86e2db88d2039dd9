import { randomUUID } from 'node:crypto';

/** CloudEvents 1.0 compatible envelope shared by every event on the platform. */
export interface EventEnvelope<T = unknown> {
  specversion: '1.0';
  id: string;
  /** e.g. `siapkerja.jobs.vacancy.created` */
  type: string;
  /** producing service, e.g. `/siapkerja/jobs` */
  source: string;
  /** aggregate id the event is about */
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  /** `siapkerja:<topic>/<type>` */
  dataschema: string;
  /** Kemendagri region code, where the fact belongs to a region */
  regioncode?: string;
  data: T;
}

/** An event type: its topic, its name and (at compile time) its payload. */
export interface EventDefinition<T> {
  readonly topic: string;
  readonly type: string;
  readonly dataschema: string;
  /** phantom field: carries T for type inference only */
  readonly __data?: T;
}

export type EventData<D> = D extends EventDefinition<infer T> ? T : never;

const TOPIC_RE = /^siapkerja\.[a-z-]+\.[a-z-]+\.v\d+$/;

export function defineEvent<T>(topic: string, type: string): EventDefinition<T> {
  if (!TOPIC_RE.test(topic)) throw new Error(`topic ${topic} must look like siapkerja.<service>.<aggregate>.v<N>`);
  return { topic, type, dataschema: `siapkerja:${topic}/${type}` };
}

export interface NewEvent<T> {
  subject: string;
  data: T;
  regionCode?: string;
  id?: string;
  time?: Date;
}

export function buildEvent<T>(def: EventDefinition<T>, source: string, e: NewEvent<T>): EventEnvelope<T> {
  return {
    specversion: '1.0',
    id: e.id ?? randomUUID(),
    type: def.type,
    source,
    subject: e.subject,
    time: (e.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    dataschema: def.dataschema,
    ...(e.regionCode ? { regioncode: e.regionCode } : {}),
    data: e.data,
  };
}

export class PoisonMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PoisonMessageError';
  }
}

/** Parses and checks an envelope; anything unusable is a poison message. */
export function parseEnvelope(raw: string | Buffer | null | undefined): EventEnvelope {
  if (raw === null || raw === undefined) throw new PoisonMessageError('empty message');
  let v: unknown;
  try {
    v = JSON.parse(raw.toString());
  } catch {
    throw new PoisonMessageError('message is not JSON');
  }
  const e = v as Partial<EventEnvelope>;
  for (const f of ['id', 'type', 'source', 'subject', 'time'] as const) {
    if (typeof e?.[f] !== 'string' || !e[f]) throw new PoisonMessageError(`envelope field ${f} is missing`);
  }
  if (e.specversion !== '1.0') throw new PoisonMessageError('envelope specversion must be 1.0');
  if (typeof e.data !== 'object' || e.data === null) throw new PoisonMessageError('envelope data must be an object');
  return e as EventEnvelope;
}
