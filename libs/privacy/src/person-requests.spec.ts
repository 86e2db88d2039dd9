import { buildEvent, type EventEnvelope, type EventHandler } from '@siapkerja/events';
import { PersonErasureRequested, PersonProcessingRestricted } from '@siapkerja/contracts';
import { erasedNikSql, PersonRequestsConsumer, type PersonRequestTx } from './person-requests';

type Step = [string, string, Date];

class Recorder {
  readonly queries: [string, unknown[]][] = [];
  readonly m: PersonRequestTx = {
    query: async (sql: string, params?: unknown[]) => {
      this.queries.push([sql.replace(/\s+/g, ' ').trim(), params ?? []]);
      return [[], 0];
    },
  } as PersonRequestTx;
}

class Full extends PersonRequestsConsumer {
  readonly consumerName = 'full';
  protected override readonly remembersRequests = true;
  readonly steps: Step[] = [];
  protected async erase(_m: PersonRequestTx, personId: string, at: Date) {
    this.steps.push(['erase', personId, at]);
  }
  protected override async restrict(_m: PersonRequestTx, personId: string, at: Date) {
    this.steps.push(['restrict', personId, at]);
  }
}

class EraseOnly extends PersonRequestsConsumer {
  readonly consumerName = 'erase-only';
  readonly steps: Step[] = [];
  protected async erase(m: PersonRequestTx, personId: string, at: Date) {
    await m.query('UPDATE t SET person_id = NULL WHERE person_id = $1', [personId]);
    this.steps.push(['erase', personId, at]);
  }
}

const erasure = buildEvent(PersonErasureRequested, '/siapkerja/gateway', {
  subject: 'p-1',
  data: { personId: 'p-1', requestId: 'r-1', requestedAt: '2026-01-02T03:04:05.000Z' },
});
const restriction = buildEvent(PersonProcessingRestricted, '/siapkerja/gateway', {
  subject: 'p-1',
  data: { personId: 'p-1', requestId: 'r-2', restrictedAt: '2026-02-03T04:05:06.000Z' },
});

async function deliver(handlers: EventHandler<any>[], event: EventEnvelope<unknown>, m: PersonRequestTx): Promise<void> {
  const h = handlers.find((x) => x.def.type === event.type);
  if (!h) throw new Error(`no handler for ${event.type}`);
  await h.handle(event, m as never);
}

describe('PersonRequestsConsumer', () => {
  it('registers erasure and restriction, remembers each per person under the per-person lock, then runs the service step', async () => {
    const c = new Full();
    const handlers = c.handlers();
    expect(handlers.map((h) => h.def.type)).toEqual([PersonErasureRequested.type, PersonProcessingRestricted.type]);
    expect(new Set(handlers.map((h) => h.def.topic))).toEqual(new Set([PersonErasureRequested.topic]));

    const r = new Recorder();
    await deliver(handlers, erasure, r.m);
    await deliver(handlers, restriction, r.m);

    expect(c.steps).toEqual([
      ['erase', 'p-1', new Date('2026-01-02T03:04:05.000Z')],
      ['restrict', 'p-1', new Date('2026-02-03T04:05:06.000Z')],
    ]);
    expect(r.queries.map(([sql]) => sql.split(' ').slice(0, 3).join(' '))).toEqual([
      'SELECT pg_advisory_xact_lock(hashtext($1))',
      'INSERT INTO person_privacy',
      'SELECT pg_advisory_xact_lock(hashtext($1))',
      'INSERT INTO person_privacy',
    ]);
    expect(r.queries[0][1]).toEqual(['person-privacy:p-1']);
    expect(r.queries[1][0]).toContain('(person_id, erased_at)');
    expect(r.queries[1][0]).toContain('erased_at = COALESCE(person_privacy.erased_at, EXCLUDED.erased_at)');
    expect(r.queries[1][1]).toEqual(['p-1', new Date('2026-01-02T03:04:05.000Z')]);
    expect(r.queries[3][0]).toContain('(person_id, processing_restricted_at)');
    expect(r.queries[3][1]).toEqual(['p-1', new Date('2026-02-03T04:05:06.000Z')]);
  });

  it('without restrict and memory: consumes only the erasure, and runs only the service step in the inbox transaction', async () => {
    const c = new EraseOnly();
    const handlers = c.handlers();
    expect(handlers.map((h) => h.def.type)).toEqual([PersonErasureRequested.type]);
    const r = new Recorder();
    await deliver(handlers, erasure, r.m);
    expect(r.queries).toEqual([['UPDATE t SET person_id = NULL WHERE person_id = $1', ['p-1']]]);
    expect(c.steps).toEqual([['erase', 'p-1', new Date('2026-01-02T03:04:05.000Z')]]);
  });

  it('a failing step fails the handler (the inbox transaction rolls back and retries)', async () => {
    class Failing extends EraseOnly {
      protected override async erase(): Promise<void> {
        throw new Error('db down');
      }
    }
    await expect(deliver(new Failing().handlers(), erasure, new Recorder().m)).rejects.toThrow('db down');
  });

  it('the NIK stand-in is 16 characters, never digits only', () => {
    expect(erasedNikSql()).toBe(`'X' || substr(replace(id::text, '-', ''), 1, 15)`);
    expect(erasedNikSql('e.id')).toContain('replace(e.id::text');
  });
});
