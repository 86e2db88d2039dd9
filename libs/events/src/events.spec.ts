import { Socket } from 'node:net';
import pino from 'pino';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { openDatabase } from '@siapkerja/persistence';
import { createTestDatabase } from '@siapkerja/testing';
import { runWithContext } from '@siapkerja/logging';
import { buildEvent, defineEvent, parseEnvelope, PoisonMessageError } from './envelope';
import { InProcessEventBus } from './inprocess-bus';
import { EVENTS_MIGRATIONS } from './migration';
import { OutboxRelay, TransactionalOutbox } from './outbox';
import { InboxConsumer, on, onBatch } from './inbox';
import type { BusMessage, ConsumedMessage, EventBus, MessageHandler, SubscribeOptions } from './port';

const logger = pino({ level: 'silent' });
const Thing = defineEvent<{ n: number }>('siapkerja.test.thing.v1', 'siapkerja.test.thing.created');

/** A bus that can be switched off to simulate a broker outage. */
class RecordingBus implements EventBus {
  readonly kind = 'inprocess' as const;
  sent: BusMessage[] = [];
  down = false;
  async publish(m: BusMessage[]) {
    if (this.down) throw new Error('broker down');
    this.sent.push(...m);
  }
  async subscribe(_g: string, _t: string[], _h: MessageHandler, _o?: SubscribeOptions) {}
  async ensureTopics() {}
  async isHealthy() {
    return !this.down;
  }
  async close() {}
}

describe('envelope', () => {
  it('builds CloudEvents-compatible envelopes and rejects poison', () => {
    const e = buildEvent(Thing, '/siapkerja/test', { subject: 'agg-1', data: { n: 1 }, regionCode: '33.73' });
    expect(e).toMatchObject({
      specversion: '1.0',
      type: 'siapkerja.test.thing.created',
      source: '/siapkerja/test',
      subject: 'agg-1',
      regioncode: '33.73',
      datacontenttype: 'application/json',
    });
    expect(parseEnvelope(JSON.stringify(e))).toEqual(e);
    expect(() => parseEnvelope('not json')).toThrow(PoisonMessageError);
    expect(() => parseEnvelope(JSON.stringify({ ...e, id: undefined }))).toThrow(/id is missing/);
    expect(() => defineEvent('bad-topic', 'x')).toThrow(/topic/);
  });
});

describe('in-process bus', () => {
  it('delivers in order to each group and redelivers after a handler failure', async () => {
    const bus = new InProcessEventBus();
    const seen: string[] = [];
    let failOnce = true;
    await bus.subscribe('g1', ['t'], async (m) => {
      if (m.value === '2' && failOnce) {
        failOnce = false;
        throw new Error('boom');
      }
      seen.push(m.value);
    });
    await bus.publish(['1', '2', '3'].map((value) => ({ topic: 't', key: 'k', value, headers: {} })));
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toEqual(['1', '2', '3']);
    const late: string[] = [];
    await bus.subscribe('late-group', ['t'], async (m) => void late.push(m.value));
    await new Promise((r) => setTimeout(r, 50));
    expect(late).toEqual(['1', '2', '3']);
    await bus.close();
    await expect(bus.publish([{ topic: 't', key: 'k', value: 'x', headers: {} }])).rejects.toThrow(/closed/);
  });
});

describe('outbox and inbox (real PostgreSQL)', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    const db = await createTestDatabase('events');
    drop = db.drop;
    url = db.url;
    ds = await openDatabase({ url: db.url, entities: [], migrations: EVENTS_MIGRATIONS });
    await ds.query('CREATE TABLE counts (k text PRIMARY KEY, n int NOT NULL)');
  });
  afterAll(async () => {
    await ds.destroy();
    await drop();
  });

  it('commits events with the state change, or not at all', async () => {
    const outbox = new TransactionalOutbox(ds, '/siapkerja/test');
    await expect(
      outbox.run(async ({ manager, emit }) => {
        await manager.query(`INSERT INTO counts VALUES ('rolled-back', 1)`);
        emit(Thing, { subject: 'a', data: { n: 1 } });
        throw new Error('use case failed');
      }),
    ).rejects.toThrow('use case failed');
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM outbox_events`);
    expect(n).toBe(0);
    await runWithContext({ correlationId: 'corr-outbox-1' }, () =>
      outbox.run(async ({ emit }) => {
        emit(Thing, { subject: 'a', data: { n: 1 } });
      }),
    );
    const [row] = await ds.query(`SELECT topic, message_key, headers, payload FROM outbox_events`);
    expect(row).toMatchObject({
      topic: Thing.topic,
      message_key: 'a',
      headers: { 'x-correlation-id': 'corr-outbox-1', 'ce-type': Thing.type },
    });
    await ds.query('DELETE FROM outbox_events');
  });

  it('sends START TRANSACTION with the first statement and the outbox rows with the COMMIT; whatever fails, nothing of the unit is kept', async () => {
    // one connection: every unit of work runs on the same one, which must come back from each as it went
    const one = await openDatabase({ url, entities: [], migrations: [], poolSize: 1 });
    const outbox = new TransactionalOutbox(one, '/siapkerja/test');
    await one.query(`CREATE TABLE pipelined (id int NOT NULL, CONSTRAINT pipelined_once UNIQUE (id) DEFERRABLE INITIALLY DEFERRED)`);
    await one.query(`CREATE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.topic = 'siapkerja.test.refused.v1' THEN RAISE EXCEPTION 'outbox row refused'; END IF; RETURN NEW; END $$`);
    await one.query(`CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox_events FOR EACH ROW EXECUTE FUNCTION refuse_outbox()`);
    const Refused = defineEvent<{ n: number }>('siapkerja.test.refused.v1', 'siapkerja.test.refused');
    // what the connection was sent and answered, in order
    const log: string[] = [];
    // the writes the connection's socket made (each a system call, a segment and a wake-up of PostgreSQL)
    const streams = new Set<Socket>();
    let writes = 0;
    const writeGeneric = (Socket.prototype as unknown as { _writeGeneric: (...a: unknown[]) => unknown })._writeGeneric;
    const socketSpy = jest
      .spyOn(Socket.prototype as unknown as { _writeGeneric: (...a: unknown[]) => unknown }, '_writeGeneric')
      .mockImplementation(function (this: Socket, ...args: unknown[]) {
        if (streams.has(this)) writes++;
        return writeGeneric.apply(this, args);
      });
    const query = Client.prototype.query;
    const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
      const a = args[0] as string | { text: string };
      const text = (typeof a === 'string' ? a : a.text).trim().split(/\s+/).slice(0, 3).join(' ');
      log.push(`send ${text}`);
      const stream = (this as unknown as { connection?: { stream?: Socket } }).connection?.stream;
      if (stream) streams.add(stream);
      const r = (query as (...x: unknown[]) => unknown).apply(this, args);
      if (r && typeof (r as Promise<unknown>).then === 'function')
        (r as Promise<unknown>).then(
          () => log.push(`answer ${text}`),
          () => log.push(`error ${text}`),
        );
      return r;
    });
    const kept = async () => (await one.query(`SELECT count(*)::int AS n FROM pipelined`))[0].n as number;
    const events = async () => (await one.query(`SELECT count(*)::int AS n FROM outbox_events`))[0].n as number;
    try {
      await outbox.run(async ({ manager, emit }) => {
        await manager.query(`INSERT INTO pipelined VALUES (1)`);
        emit(Thing, { subject: 'p', data: { n: 1 } });
      });
      // two writes: START TRANSACTION with the first statement, then the outbox rows with the COMMIT (a third, START
      // TRANSACTION alone, woke PostgreSQL for it alone)
      expect(writes).toBe(2);
      const at = (line: string) => log.indexOf(line);
      // the first statement went before START TRANSACTION was answered; the COMMIT before the outbox rows were
      expect(at('send INSERT INTO pipelined')).toBeLessThan(at('answer START TRANSACTION'));
      expect(at('send COMMIT')).toBeLessThan(at('answer INSERT INTO outbox_events'));
      expect(at('answer COMMIT')).toBeGreaterThan(at('answer INSERT INTO outbox_events'));
      expect([await kept(), await events()]).toEqual([1, 1]);

      // an outbox row refused: the COMMIT behind it answered ROLLBACK; the row's error is the unit's
      await expect(
        outbox.run(async ({ manager, emit }) => {
          await manager.query(`INSERT INTO pipelined VALUES (2)`);
          emit(Refused, { subject: 'p', data: { n: 2 } });
        }),
      ).rejects.toThrow('outbox row refused');
      // a failure at the COMMIT itself (a deferred constraint)
      await expect(
        outbox.run(async ({ manager, emit }) => {
          await manager.query(`INSERT INTO pipelined VALUES (3), (3)`);
          emit(Thing, { subject: 'p', data: { n: 3 } });
        }),
      ).rejects.toMatchObject({ code: '23505' });
      // a statement of the work failing
      await expect(
        outbox.run(async ({ manager, emit }) => {
          emit(Thing, { subject: 'p', data: { n: 4 } });
          await manager.query(`INSERT INTO pipelined VALUES (NULL)`);
        }),
      ).rejects.toMatchObject({ code: '23502' });
      expect([await kept(), await events()]).toEqual([1, 1]);
      // the connection came back idle, out of pipeline mode, and takes the next unit
      await outbox.run(async ({ manager }) => void (await manager.query(`INSERT INTO pipelined VALUES (5)`)));
      expect(await kept()).toBe(2);
      const client = (await (
        one.driver as unknown as { master: { connect(): Promise<Client & { pipeline: boolean }> } }
      ).master.connect()) as Client & {
        pipeline: boolean;
        release(): void;
      };
      expect(client.pipeline).toBe(false);
      expect((await client.query(`SELECT 1 AS one`)).rows).toEqual([{ one: 1 }]);
      client.release();
    } finally {
      spy.mockRestore();
      socketSpy.mockRestore();
      await one.query(`DROP TRIGGER refuse_outbox ON outbox_events`);
      await one.query(`DELETE FROM outbox_events`);
      await one.destroy();
    }
  });

  it('relay keeps events while the broker is down and publishes each once, in order, when it is back', async () => {
    const bus = new RecordingBus();
    bus.down = true;
    const relay = new OutboxRelay(ds, bus, logger, { idleMs: 20, maxBackoffMs: 40 });
    const outbox = new TransactionalOutbox(ds, '/siapkerja/test', relay);
    relay.start();
    for (let i = 0; i < 25; i++) await outbox.run(async ({ emit }) => void emit(Thing, { subject: `agg-${i % 3}`, data: { n: i } }));
    await new Promise((r) => setTimeout(r, 200));
    expect(bus.sent).toHaveLength(0);
    expect(await relay.pending()).toBe(25);
    const [{ last_error }] = await ds.query(`SELECT last_error FROM outbox_events ORDER BY seq LIMIT 1`);
    expect(last_error).toContain('broker down');
    bus.down = false;
    const deadline = Date.now() + 5000;
    while ((await relay.pending()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await relay.stop();
    expect(bus.sent).toHaveLength(25);
    const ns = bus.sent.map((m) => JSON.parse(m.value).data.n);
    expect(ns).toEqual([...Array(25).keys()]);
    expect(new Set(bus.sent.map((m) => JSON.parse(m.value).id)).size).toBe(25);
  });

  function message(value: string, topic = Thing.topic): ConsumedMessage {
    return { topic, key: 'k', value, headers: {}, partition: 0, offset: '0' };
  }

  it('inbox applies an event once however often it is delivered', async () => {
    const bus = new RecordingBus();
    const consumer = new InboxConsumer({
      name: 'counter',
      ds,
      bus,
      logger,
      handlers: [
        on(
          Thing,
          async (e, m) =>
            void (await m.query(`INSERT INTO counts VALUES ('things', $1) ON CONFLICT (k) DO UPDATE SET n = counts.n + $1`, [e.data.n])),
        ),
      ],
    });
    const env = JSON.stringify(buildEvent(Thing, '/x', { subject: 's', data: { n: 5 } }));
    expect(await consumer.consume(message(env))).toBe('processed');
    expect(await consumer.consume(message(env))).toBe('duplicate');
    const [{ n }] = await ds.query(`SELECT n FROM counts WHERE k = 'things'`);
    expect(n).toBe(5);
    const other = JSON.stringify(
      buildEvent(defineEvent('siapkerja.test.thing.v1', 'siapkerja.test.thing.unknown'), '/x', { subject: 's', data: {} }),
    );
    expect(await consumer.consume(message(other))).toBe('ignored');
  });

  it('applies a batch of events once, in order, in one transaction per run; a failing run falls back to one by one', async () => {
    const bus = new RecordingBus();
    const batches: number[][] = [];
    await ds.query(`CREATE TABLE seen (consumer text, n int, pos serial)`);
    const consumer = new InboxConsumer({
      name: 'batcher',
      ds,
      bus,
      logger,
      maxAttempts: 2,
      backoffMs: 1,
      handlers: [
        onBatch(Thing, async (es, m) => {
          batches.push(es.map((e) => e.data.n));
          if (es.some((e) => e.data.n === 13)) throw new Error('unlucky');
          for (const e of es) await m.query(`INSERT INTO seen (consumer, n) VALUES ('batcher', $1)`, [e.data.n]);
        }),
      ],
    });
    const env = (n: number) => JSON.stringify(buildEvent(Thing, '/x', { subject: 's', data: { n } }));
    const first = env(1);
    const other = JSON.stringify(
      buildEvent(defineEvent('siapkerja.test.thing.v1', 'siapkerja.test.thing.unknown'), '/x', { subject: 's', data: {} }),
    );
    // 1, 2, 3 together; the unknown type splits the run; 1 again is a redelivery (skipped); 4 and 5 together
    await consumer.consumeBatch([first, env(2), env(3), other, env(4), first, env(5)].map((v) => message(v)));
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect((await ds.query(`SELECT n FROM seen WHERE consumer = 'batcher' ORDER BY pos`)).map((r: { n: number }) => r.n)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(consumer.stats).toMatchObject({ processed: 5, duplicate: 1, ignored: 1 });
    // a run with a failing event: nothing of the run stays from the batch; each is then tried alone, 13 dead-lettered
    batches.length = 0;
    await consumer.consumeBatch([env(12), env(13), env(14)].map((v) => message(v)));
    expect(batches).toEqual([[12, 13, 14], [12], [13], [13], [14]]);
    expect((await ds.query(`SELECT n FROM seen WHERE consumer = 'batcher' ORDER BY pos`)).map((r: { n: number }) => r.n)).toEqual([
      1, 2, 3, 4, 5, 12, 14,
    ]);
    expect(bus.sent.map((m) => JSON.parse(m.value).data.n)).toEqual([13]);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM inbox_events WHERE consumer = 'batcher'`);
    expect(n).toBe(7);
    // a single event through consume() takes the same path (a batch of one)
    expect(await consumer.consume(message(env(20)))).toBe('processed');
    expect(batches.at(-1)).toEqual([20]);
  });

  it('subscribes with a batch handler only when a handler takes batches', async () => {
    const calls: { batching: boolean }[] = [];
    const bus = new RecordingBus();
    bus.subscribe = async (_g, _t, _h, opts) => void calls.push({ batching: !!opts?.batchHandler });
    const plain = new InboxConsumer({ name: 'p', ds, bus, logger, handlers: [on(Thing, async () => undefined)] });
    const batching = new InboxConsumer({ name: 'b', ds, bus, logger, handlers: [onBatch(Thing, async () => undefined)] });
    await plain.start();
    await batching.start();
    expect(calls).toEqual([{ batching: false }, { batching: true }]);
  });

  it('dead-letters poison and repeatedly failing events with the error, and rolls back their effect', async () => {
    const bus = new RecordingBus();
    let calls = 0;
    const consumer = new InboxConsumer({
      name: 'failing',
      ds,
      bus,
      logger,
      maxAttempts: 3,
      backoffMs: 1,
      handlers: [
        on(Thing, async (_e, m) => {
          calls++;
          await m.query(`INSERT INTO counts VALUES ('failing', 1) ON CONFLICT (k) DO UPDATE SET n = counts.n + 1`);
          throw new Error('handler bug');
        }),
      ],
    });
    const env = JSON.stringify(buildEvent(Thing, '/x', { subject: 's', data: { n: 1 } }));
    expect(await consumer.consume(message(env))).toBe('dead-lettered');
    expect(calls).toBe(3);
    expect(bus.sent[0]).toMatchObject({
      topic: Thing.topic + '.dlt',
      headers: { 'x-dlt-error': 'handler bug', 'x-dlt-attempts': '3', 'x-dlt-consumer': 'failing' },
    });
    expect(await ds.query(`SELECT * FROM counts WHERE k = 'failing'`)).toEqual([]);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM inbox_events WHERE consumer = 'failing'`);
    expect(n).toBe(0);
    expect(await consumer.consume(message('{oops'))).toBe('dead-lettered');
    expect(bus.sent[1].headers['x-dlt-error']).toMatch(/not JSON/);
  });
});
