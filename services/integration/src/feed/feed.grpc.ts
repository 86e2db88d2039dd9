import { Controller, Inject } from '@nestjs/common';
import { currentCaller } from '@siapkerja/authz';
import {
  isPersonalFeedResource,
  REGION_FILTER_RE,
  type FeedResource,
  GrpcService,
  type GrpcControllerOf,
  type integrationV1,
} from '@siapkerja/contracts';
import { DomainError, echo, invalid, Violations } from '@siapkerja/errors';
import { SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { IntegrationConfig } from '../integration.config';
import { assertCallerRegion, authorizeFeed, feedRegion, purposeOf, resourceOf } from './feed.access';
import { PersonalFeedRecords, type PersonalRecords } from './feed.personal';
import { FeedService, type FeedItem, type SnapshotRow } from './feed.service';

export const FEED_DEFAULT_LIMIT = 500;
export const FEED_MAX_LIMIT = 1000;

/** Weak comparison of an If-None-Match header with an ETag (RFC 9110 13.1.2). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(etag));
}

/**
 * An item as pages and parts answer it. A job-seekers upsert carries its record (shown as data.record) or why it is
 * withheld: its data gets "record" (null here, the view shows the record there) and "withheld" (null or the reason).
 */
function toItemMessage(i: FeedItem, personal?: PersonalRecords): integrationV1.FeedItem {
  const record = personal && i.op === 'upsert' ? personal.records.get(i.id) : undefined;
  const withheld = personal && i.op === 'upsert' && !record ? personal.withheld(i.id) : '';
  const data = personal && i.op === 'upsert' ? { ...i.data, record: null, withheld: withheld || null } : i.data;
  return {
    cursor: i.cursor,
    op: i.op,
    id: i.id,
    dataJson: data === null ? '' : JSON.stringify(data),
    regionCode: i.regionCode ?? '',
    occurTime: i.occurredAt,
    withheld,
    record,
  };
}

function toSnapshotMessage(s: SnapshotRow): integrationV1.FeedSnapshot {
  const personal = isPersonalFeedResource(s.resource);
  return {
    id: s.id,
    resource: s.resource,
    region: s.region ?? '',
    cursor: s.cursor,
    records: String(s.records),
    // a personal part gets its records when downloaded: its bytes are known only then
    parts: s.parts.map((p) =>
      personal ? { records: p.records, sha256: '', bytes: '0' } : { records: p.records, sha256: p.sha256, bytes: String(p.bytes) },
    ),
    createTime: new Date(s.created_at).toISOString(),
  };
}

/** The change feed over gRPC: who may read what is decided here, from the forwarded caller (feed.access.ts). */
@Controller()
@GrpcService('integration')
export class FeedGrpc implements GrpcControllerOf<'integration'> {
  constructor(
    private readonly feed: FeedService,
    private readonly personal: PersonalFeedRecords,
    @Inject(SERVICE_CONFIG) private readonly cfg: IntegrationConfig,
  ) {}

  /** A snapshot the caller may read: any of a public feed; of a personal feed, an officer's only inside his region. */
  private async loadSnapshot(resource: FeedResource, id: string): Promise<SnapshotRow> {
    const caller = currentCaller();
    authorizeFeed(resource, caller);
    const s = await this.feed.getSnapshot(resource, id);
    if (!s) throw new DomainError('NOT_FOUND', `No snapshot ${echo(id)}`);
    if (isPersonalFeedResource(resource)) assertCallerRegion(caller, s.region, 'snapshot region');
    return s;
  }

  async listFeedItems(req: integrationV1.ListFeedItemsRequest__Output): Promise<integrationV1.ListFeedItemsResponse> {
    const caller = currentCaller();
    const resource = resourceOf(req.resource);
    // the page size first, before who may read the feed (the REST query's limit: the edge checks its digits only)
    const pageSize = req.pageSize ?? FEED_DEFAULT_LIMIT;
    if (!(pageSize >= 1 && pageSize <= FEED_MAX_LIMIT))
      throw invalid(
        [{ field: 'limit', description: `limit must be an integer from 1 to ${FEED_MAX_LIMIT}` }],
        'The request body or parameters are invalid',
      );
    authorizeFeed(resource, caller);
    const purpose = purposeOf(resource, caller);
    new Violations()
      .check(/^\d{0,18}$/.test(req.after), 'after', 'must be a cursor (digits)')
      .check(!req.region || REGION_FILTER_RE.test(req.region), 'region', 'must be a province (NN) or regency (NN.NN) code')
      .throwIfAny();
    const region = feedRegion(resource, caller, req.region || undefined);
    const page = await this.feed.page(resource, String(BigInt(req.after || '0')), pageSize, region);
    // the request fixes resource, after, limit and region; the last cursor served then fixes the whole page
    const etag = `W/"${resource}-${page.nextCursor}"`;
    const answer = { nextCursor: page.nextCursor, hasMore: page.hasMore, etag, pageSize };
    if (matches(req.ifNoneMatch, etag)) return { ...answer, notModified: true, items: [] };
    const records = purpose ? await this.personal.read(page.items, purpose) : undefined;
    return { ...answer, notModified: false, items: page.items.map((i) => toItemMessage(i, records)) };
  }

  async createFeedSnapshot(req: integrationV1.CreateFeedSnapshotRequest__Output): Promise<integrationV1.FeedSnapshot> {
    const caller = currentCaller();
    const resource = resourceOf(req.resource);
    authorizeFeed(resource, caller);
    new Violations()
      .check(!req.region || REGION_FILTER_RE.test(req.region), 'region', 'must be a province (NN) or regency (NN.NN) code')
      .throwIfAny();
    const region = feedRegion(resource, caller, req.region || undefined);
    return toSnapshotMessage(await this.feed.createSnapshot(resource, region, this.cfg.FEED_SNAPSHOT_PART_SIZE));
  }

  async getFeedSnapshot(req: integrationV1.GetFeedSnapshotRequest__Output): Promise<integrationV1.FeedSnapshot> {
    return toSnapshotMessage(await this.loadSnapshot(resourceOf(req.resource), req.id));
  }

  async getFeedSnapshotPart(req: integrationV1.GetFeedSnapshotPartRequest__Output): Promise<integrationV1.FeedSnapshotPart> {
    const resource = resourceOf(req.resource);
    authorizeFeed(resource, currentCaller());
    // a part number is an index from 0 (the gateway sends -1 for a path segment that is not one): a bad request, not a
    // missing part; a part past the manifest's last is NOT_FOUND
    if (!(Number.isInteger(req.part) && req.part >= 0))
      throw invalid([{ field: 'part', description: 'must be a part number of the snapshot (0 or more, as the manifest lists them)' }]);
    const s = await this.loadSnapshot(resource, req.snapshotId);
    const purpose = purposeOf(resource, currentCaller());
    if (req.part >= s.parts.length) throw new DomainError('NOT_FOUND', `No part ${req.part} of snapshot ${s.id}`);
    const stored = await this.feed.partWithItems(s, req.part);
    if (!purpose) return { content: stored.body, sha256: s.parts[req.part].sha256, items: [] };
    const records = await this.personal.read(stored.items, purpose);
    return { content: Buffer.alloc(0), sha256: '', items: stored.items.map((i) => toItemMessage(i, records)) };
  }
}
