import type { DataSource } from 'typeorm';
import type { Caller } from '@siapkerja/authz';
import type { DomainError } from '@siapkerja/errors';
import { openDatabase } from '@siapkerja/persistence';
import { createTestDatabase } from '@siapkerja/testing';
import type { IntegrationConfig } from '../integration.config';
import { Imports1763800000620 } from '../migrations/1763800000620-imports';
import { ImportOrder1763800000630 } from '../migrations/1763800000630-import-order';
import type { ImportBatchClients } from './import-batch.clients';
import { ImportOrder } from './import-order';
import type { ParsedRecord, RawLine } from './imports.rules';
import { importOrderKey, ImportsService } from './imports.service';

const partner: Caller = { sub: 'client:pintar', roles: ['PARTNER'], clientId: 'pintar' };
const other: Caller = { sub: 'client:other', roles: ['PARTNER'], clientId: 'other' };
const lineOf = (line: number, rec: Record<string, unknown>): RawLine => {
  const data = Buffer.from(JSON.stringify(rec));
  return { line, data, size: data.length };
};
/** Lines `from`..`to`: attendance of enrolment e-1 (every chunk shares it with every other). */
const chunk = (from: number, to: number): RawLine[] =>
  Array.from({ length: to - from + 1 }, (_, i) =>
    lineOf(from + i, { kind: 'attendance', key: `a-${from + i}`, enrolmentKey: 'e-1', sessionNumber: from + i, present: true }),
  );

/** Which uploads ImportsService.append registers in ImportOrder (real PostgreSQL; the owning services faked). */
describe('ImportsService: chunks in ImportOrder', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let order: ImportOrder;
  let imports: ImportsService;
  const applied: number[] = [];

  beforeAll(async () => {
    const db = await createTestDatabase('imports_unit');
    drop = db.drop;
    ds = await openDatabase({ url: db.url, entities: [], migrations: [Imports1763800000620, ImportOrder1763800000630], poolSize: 5 });
    const clients = {
      apply: async (_owner: string, _importId: string, _caller: Caller | undefined, records: ParsedRecord[]) => {
        applied.push(...records.map((r) => r.line));
        return records.map((r) => ({ line: r.line, kind: r.kind, key: r.key, accepted: true, resourceId: r.key, problemJson: '' }));
      },
    } as unknown as ImportBatchClients;
    const cfg = { IMPORT_BATCH_DEADLINE_MS: 5000, IMPORT_MAX_LINE_BYTES: 65536 } as IntegrationConfig;
    order = new ImportOrder();
    imports = new ImportsService(ds, clients, order, cfg);
  });
  afterAll(async () => {
    await ds?.destroy();
    await drop?.();
  });

  it('leaves nothing of an async upload in ImportOrder: its chunks are only staged (also several in flight, and one refused)', async () => {
    const imp = await imports.start(partner, { idempotencyKey: '', async: true, allowedKinds: ['attendance'] });
    const answers = await Promise.all([
      imports.append(partner, imp.id, chunk(7, 9), 6),
      imports.append(partner, imp.id, chunk(4, 6), 3),
      imports.append(partner, imp.id, chunk(1, 3), 0),
    ]);
    expect(answers).toEqual([[], [], []]);
    expect(order.tracks(importOrderKey(partner, imp.id)!)).toBe(false);
    const [{ received }] = await ds.query(`SELECT received FROM imports WHERE id = $1`, [imp.id]);
    expect(Number(received)).toBe(9);
    // a chunk after the body ended is refused (FAILED_PRECONDITION), and leaves nothing either
    await imports.complete(partner, imp.id);
    await expect(imports.append(partner, imp.id, chunk(10, 12), 9)).rejects.toMatchObject({ kind: 'FAILED_PRECONDITION' });
    expect(order.tracks(importOrderKey(partner, imp.id)!)).toBe(false);
    expect(applied).toEqual([]);
  });

  it('registers a synchronous chunk before anything is awaited, and applies it after the chunk before it that arrives later', async () => {
    const imp = await imports.start(partner, { idempotencyKey: '', async: false, allowedKinds: ['attendance'] });
    const second = imports.append(partner, imp.id, chunk(4, 6), 3);
    expect(order.tracks(importOrderKey(partner, imp.id)!)).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(applied).toEqual([]);
    const first = imports.append(partner, imp.id, chunk(1, 3), 0);
    const receipts = [...(await first), ...(await second)];
    expect(receipts.map((r) => [r.line, r.accepted])).toEqual([1, 2, 3, 4, 5, 6].map((l) => [l, true]));
    expect(applied).toEqual([1, 2, 3, 4, 5, 6]);
    const [{ applied_through }] = await ds.query(`SELECT applied_through FROM imports WHERE id = $1`, [imp.id]);
    expect(Number(applied_through)).toBe(6);
  });

  it("keeps another client's chunk out of an upload's order: sent for someone else's import id, it fails alone", async () => {
    const imp = await imports.start(partner, { idempotencyKey: '', async: false, allowedKinds: ['attendance'] });
    // the uploader's second chunk arrives first and waits for the lines before it
    const second = imports.append(partner, imp.id, chunk(4, 6), 3);
    second.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 50));
    // another client sends a chunk ending at the line the second waits for: refused, and it must not stand in for it
    await expect(imports.append(other, imp.id, chunk(1, 3), 0)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    await expect(imports.append(other, imp.id.toUpperCase(), chunk(1, 3), 0)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    expect(order.tracks(importOrderKey(other, imp.id)!)).toBe(true); // its own failed chunk, remembered apart
    const first = imports.append(partner, imp.id, chunk(1, 3), 0);
    const receipts = [...(await first), ...(await second)];
    expect(receipts.map((r) => [r.line, r.accepted])).toEqual([1, 2, 3, 4, 5, 6].map((l) => [l, true]));
    // an id that is not a UUID (or a call without a caller) takes no place in any order
    await expect(imports.append(partner, 'x'.repeat(1000), chunk(1, 3), 0)).rejects.toMatchObject({ kind: 'INVALID_ARGUMENT' });
    await expect(imports.append(undefined, imp.id, chunk(1, 3), 0)).rejects.toMatchObject({ kind: 'UNAUTHENTICATED' });
    expect(importOrderKey(partner, 'x'.repeat(1000))).toBeUndefined();
    expect(importOrderKey(undefined, imp.id)).toBeUndefined();
  });

  it('refuses a line whose size is not its size in bytes (negative, below the bytes sent, past 2^53) by name, staging nothing', async () => {
    for (const isAsync of [true, false]) {
      const imp = await imports.start(partner, { idempotencyKey: '', async: isAsync, allowedKinds: ['attendance'] });
      for (const size of [-5, 1, Number('9223372036854775807'), NaN]) {
        const [line] = chunk(1, 1);
        const e = await imports.append(partner, imp.id, [{ ...line, size }], 0).catch((x: DomainError) => x);
        expect(e).toMatchObject({ kind: 'INVALID_ARGUMENT', violations: [{ field: 'lines[0].size', description: expect.any(String) }] });
      }
      const [{ received }] = await ds.query(`SELECT received FROM imports WHERE id = $1`, [imp.id]);
      expect(Number(received)).toBe(0);
    }
  });

  it('parses a large chunk in slices: the event loop turns (other chunks go on) before the chunk waits for its turn', async () => {
    let turned = false;
    setImmediate(() => (turned = true));
    let turnedBeforeItsTurn: boolean | undefined;
    const receipts = await imports.process('slices', new Set(['attendance']), partner, chunk(1, 2000), async () => {
      turnedBeforeItsTurn = turned;
    });
    expect(receipts).toHaveLength(2000);
    expect(turnedBeforeItsTurn).toBe(true);
  });
});
