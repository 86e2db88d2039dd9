import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  CertificateExpired,
  CertificateIssued,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  type CertificateEventData,
  PUBLIC_EVENT_TYPES,
} from '@siapkerja/contracts';
import { buildEvent, EventsOutboxInbox1763800000000, type EventDefinition } from '@siapkerja/events';
import { openDatabase } from '@siapkerja/persistence';
import { createTestDatabase } from '@siapkerja/testing';
import { Feed1763800000600 } from '../migrations/1763800000600-feed';
import { FEED_RESOURCES, type FeedSource } from './feed.resources';
import { FeedService } from './feed.service';

/** The certificates feed: each status change is an update of the certificate's status data, never with person data (real PostgreSQL). */
describe('certificates change feed', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let feed: FeedService;
  const personId = 'p_' + 'x'.repeat(43);

  beforeAll(async () => {
    const db = await createTestDatabase('feed_certificates');
    drop = db.drop;
    ds = await openDatabase({
      url: db.url,
      entities: [],
      migrations: [EventsOutboxInbox1763800000000, Feed1763800000600],
      poolSize: 4,
    });
    feed = new FeedService(ds);
  });
  afterAll(async () => {
    await ds.destroy();
    await drop();
  });

  /** What the feed consumer does with one event: the resource's source for its type, appended in a transaction. */
  async function ingest(def: EventDefinition<CertificateEventData>, data: CertificateEventData) {
    const e = buildEvent(def, '/siapkerja/certification', { subject: data.certificateId, data });
    const source = (FEED_RESOURCES.certificates as FeedSource[]).find((s) => s.def.type === def.type)!;
    await ds.transaction((m) => feed.append(m, 'certificates', source.change(e), e));
  }
  const cert = (id: string, status: string, fromStatus: string, occurredAt: string): CertificateEventData => ({
    certificateId: id,
    number: '62090 2512 3 0001234 2026',
    schemeId: randomUUID(),
    schemeCode: 'SKM-JWD-2026',
    personId,
    competencyUnits: ['J.620100.001.01'],
    kbjiCode: '2512',
    issueDate: '2026-11-20',
    validUntil: '2029-11-19',
    fromStatus,
    status,
    occurredAt,
  });

  it('shows the issue and every status change, merged onto the certificate, without the person id', async () => {
    const id = randomUUID();
    const issued = cert(id, 'VALID', '', '2026-11-20T02:00:00.000Z');
    await ingest(CertificateIssued, issued);
    await ingest(CertificateSuspended, { ...issued, fromStatus: 'VALID', status: 'SUSPENDED', occurredAt: '2026-11-21T02:00:00.000Z' });
    await ingest(CertificateReinstated, { ...issued, fromStatus: 'SUSPENDED', status: 'VALID', occurredAt: '2026-11-22T02:00:00.000Z' });
    await ingest(CertificateRevoked, { ...issued, fromStatus: 'VALID', status: 'REVOKED', occurredAt: '2026-11-23T02:00:00.000Z' });
    const other = randomUUID();
    await ingest(CertificateIssued, cert(other, 'VALID', '', '2026-11-20T03:00:00.000Z'));
    await ingest(CertificateExpired, { ...cert(other, 'EXPIRED', 'VALID', '2029-11-20T00:00:00.000Z') });

    const page = await feed.page('certificates', '0', 100);
    const mine = page.items.filter((i) => i.id === id);
    expect(mine.map((i) => [i.op, i.data?.status, i.data?.updatedAt])).toEqual([
      ['upsert', 'VALID', '2026-11-20T02:00:00.000Z'],
      ['upsert', 'SUSPENDED', '2026-11-21T02:00:00.000Z'],
      ['upsert', 'VALID', '2026-11-22T02:00:00.000Z'],
      ['upsert', 'REVOKED', '2026-11-23T02:00:00.000Z'],
    ]);
    // every entry is the whole status data of the certificate (updates merged onto the issue)
    expect(mine[3].data).toEqual({
      id,
      number: '62090 2512 3 0001234 2026',
      schemeId: issued.schemeId,
      schemeCode: 'SKM-JWD-2026',
      competencyUnits: ['J.620100.001.01'],
      kbjiCode: '2512',
      status: 'REVOKED',
      issueDate: '2026-11-20',
      validUntil: '2029-11-19',
      createdAt: '2026-11-20T02:00:00.000Z',
      updatedAt: '2026-11-23T02:00:00.000Z',
    });
    expect(mine.every((i) => i.regionCode === null)).toBe(true);
    expect(page.items.filter((i) => i.id === other).map((i) => i.data?.status)).toEqual(['VALID', 'EXPIRED']);
    // no person data: the person id the events carry stays out of the feed
    expect(JSON.stringify(page.items)).not.toContain(personId);
    expect(JSON.stringify(page.items)).not.toContain('personId');

    // the snapshot holds the latest status of each certificate
    const snap = await feed.createSnapshot('certificates', undefined, 10);
    expect(Number(snap.records)).toBe(2);
  });

  it('keeps certificate events (they carry the person id) out of the webhook event types', () => {
    for (const def of [CertificateIssued, CertificateSuspended, CertificateReinstated, CertificateRevoked, CertificateExpired])
      expect(PUBLIC_EVENT_TYPES).not.toContain(def.type);
    expect(PUBLIC_EVENT_TYPES).toContain('siapkerja.certification.scheme.registered');
  });
});
