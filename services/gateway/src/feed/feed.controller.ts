import { createHash } from 'node:crypto';
import { Controller, ForbiddenException, Get, Headers, HttpCode, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import type { Request, Response } from 'express';
import { assertRegion, Caller, type AuthCaller } from '../auth/caller';
import { isOfficer } from '../auth/scopes';
import { ApiProblems } from '../platform/http';
import { FieldValidationException } from '../platform/problem.filter';
import { ApiPurposeHeader, resolvePurpose, type AccessPurpose } from '../privacy/purposes';
import { PersonalFeedEnricher } from './feed.personal';
import { FEED_RESOURCE_NAMES, isFeedResource, isPersonalFeedResource, REGION_FILTER_RE, type FeedResource } from './feed.resources';
import { FeedService, type FeedItem, type SnapshotRow } from './feed.service';
import { GatewayPlatform } from '../platform/gateway-platform';

/** Roles that read personal feeds (job-seekers); officers only inside their region. */
const PERSONAL_FEED_ROLES = ['DISNAKER_REGENCY', 'DISNAKER_PROVINCE', 'MINISTRY_ADMIN'];

export const FEED_DEFAULT_LIMIT = 500;
export const FEED_MAX_LIMIT = 1000;

export class FeedQueryDto {
  @ApiPropertyOptional({
    example: '0',
    description: 'Cursor to read after (the `nextCursor` of the previous page, or a snapshot cursor); 0 or absent = from the start',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,18}$/, { message: 'after must be a cursor (digits)' })
  after?: string;

  @ApiPropertyOptional({ example: '500', description: `Items per page, 1-${FEED_MAX_LIMIT} (default ${FEED_DEFAULT_LIMIT})` })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,4}$/, { message: `limit must be an integer from 1 to ${FEED_MAX_LIMIT}` })
  limit?: string;

  @ApiPropertyOptional({ example: '33', description: 'Only changes in a province (NN) or regency (NN.NN)' })
  @IsOptional()
  @IsString()
  @Matches(REGION_FILTER_RE, { message: 'region must be a province (NN) or regency (NN.NN) code' })
  region?: string;
}

export class SnapshotQueryDto {
  @ApiPropertyOptional({ example: '33', description: 'Only resources in a province (NN) or regency (NN.NN)' })
  @IsOptional()
  @IsString()
  @Matches(REGION_FILTER_RE, { message: 'region must be a province (NN) or regency (NN.NN) code' })
  region?: string;
}

class FeedItemDto {
  @ApiProperty({ example: '1042', description: 'Position of this change in the feed; read on with after=<cursor>' }) cursor: string;
  @ApiProperty({ enum: ['upsert', 'delete'] }) op: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description:
      'The public representation; null for a deletion (tombstone). For job-seekers: the fields of the change (state, regionCode, card dates) plus ' +
      '`record`, the current full job seeker record (unmasked, read at request time, written to the access log), and `withheld` ' +
      '(null, or ERASED / RESTRICTED / UNKNOWN when `record` is null)',
  })
  data: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, example: '33.73' }) regionCode: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
}

export class FeedPageDto {
  @ApiProperty({ type: [FeedItemDto] }) items: FeedItemDto[];
  @ApiProperty({ example: '1042', description: 'Read the next page (or poll for news) with after=nextCursor' }) nextCursor: string;
  @ApiProperty() hasMore: boolean;
}

class SnapshotPartDto {
  @ApiProperty({ example: '/v1/feed/vacancies/snapshots/6a0f.../parts/0' }) url: string;
  @ApiProperty() records: number;
  @ApiProperty({
    type: 'string',
    nullable: true,
    description:
      'hex SHA-256 of the part body; null for job-seekers, whose parts are assembled at download time: check the Repr-Digest header of the part response',
  })
  sha256: string | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'Size of the part body; null for job-seekers (see sha256)' }) bytes:
    number | null;
}

export class SnapshotManifestDto {
  @ApiProperty({ format: 'uuid' }) snapshotId: string;
  @ApiProperty({ enum: FEED_RESOURCE_NAMES }) resource: string;
  @ApiProperty({ nullable: true }) region: string | null;
  @ApiProperty({ example: '1042', description: 'The feed cursor the snapshot is consistent with: follow the feed with after=cursor' })
  cursor: string;
  @ApiProperty() records: number;
  @ApiProperty({ type: [SnapshotPartDto] }) parts: SnapshotPartDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/**
 * Who may read a feed. Public resources: the feed:read scope. Personal resources (job-seekers): the jobs:read scope (the
 * scope of /v1/job-seekers, which officers' accounts carry) and a Disnaker officer or ministry role; partners are refused.
 */
function authorize(resource: FeedResource, caller: AuthCaller, res: Response): void {
  const scope = isPersonalFeedResource(resource) ? 'jobs:read' : 'feed:read';
  if (!caller.scopes.includes(scope)) {
    res.setHeader('WWW-Authenticate', `Bearer realm="siapkerja", error="insufficient_scope", scope="${scope}"`);
    throw new ForbiddenException(`The token lacks the scope ${scope}`);
  }
  if (isPersonalFeedResource(resource) && !caller.roles.some((r) => PERSONAL_FEED_ROLES.includes(r))) {
    throw new ForbiddenException(
      `The ${resource} feed carries personal data: only Disnaker officers (their region) and the ministry read it`,
    );
  }
}

/** The region a personal feed is read in: an officer's own region unless he names a part of it (anything else is 403). */
function personalRegion(resource: FeedResource, caller: AuthCaller, region: string | undefined): string | undefined {
  if (!isPersonalFeedResource(resource)) return region;
  const effective = region ?? (isOfficer(caller.roles) ? caller.regionCode : undefined);
  assertRegion(caller, effective, 'region');
  return effective;
}

function resourceOf(raw: string): FeedResource {
  if (!isFeedResource(raw)) throw new NotFoundException(`No feed for ${raw}; feeds: ${FEED_RESOURCE_NAMES.join(', ')}`);
  return raw;
}

/** Weak comparison of an If-None-Match header with an ETag (RFC 9110 13.1.2). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(etag));
}

@ApiTags('Change feed')
@Controller('v1/feed')
export class FeedController {
  constructor(
    private readonly feed: FeedService,
    private readonly platform: GatewayPlatform,
    private readonly personal: PersonalFeedEnricher,
  ) {}

  private url(path: string): string {
    return `${this.platform.config.PUBLIC_BASE_URL ?? ''}${path}`;
  }

  private manifest(s: SnapshotRow): SnapshotManifestDto {
    return {
      snapshotId: s.id,
      resource: s.resource,
      region: s.region,
      cursor: s.cursor,
      records: Number(s.records),
      parts: s.parts.map((p, i) => ({
        url: this.url(`/v1/feed/${s.resource}/snapshots/${s.id}/parts/${i}`),
        records: p.records,
        // a personal part is enriched when downloaded: its bytes are known only then (Repr-Digest of the response)
        ...(isPersonalFeedResource(s.resource) ? { sha256: null, bytes: null } : { sha256: p.sha256, bytes: p.bytes }),
      })),
      createdAt: new Date(s.created_at).toISOString(),
    };
  }

  @Get(':resource')
  @ApiOperation({
    summary: 'Changes of a resource after a cursor',
    description:
      'Every create, update and deletion (op `delete`, data null) in commit order. Page on with `after=nextCursor` as far as you like; ' +
      'an empty page means you are up to date: poll again with the same cursor and `If-None-Match` (304 while nothing is new). ' +
      'No change is ever inserted below a cursor already served, so following the feed has no gaps. Scope feed:read. ' +
      '`job-seekers` is for Disnaker officers and the ministry only (scope jobs:read, X-Purpose required): an officer reads his region ' +
      '(the default) or a part of it, each item carries the full record and every record served is written to the access log.',
  })
  @ApiParam({ name: 'resource', enum: FEED_RESOURCE_NAMES })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiPurposeHeader()
  @ApiOkResponse({
    type: FeedPageDto,
    headers: { ETag: { schema: { type: 'string' } }, Link: { schema: { type: 'string' }, description: '<...>; rel="next"' } },
  })
  @ApiResponse({ status: 304, description: 'Nothing new since the ETag you sent' })
  @ApiProblems(400, 403, 404)
  async list(
    @Param('resource') raw: string,
    @Query() q: FeedQueryDto,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<void> {
    const resource = resourceOf(raw);
    authorize(resource, caller, res);
    const purpose = this.purposeOf(resource, req, caller);
    const region = personalRegion(resource, caller, q.region);
    const limit = q.limit === undefined ? FEED_DEFAULT_LIMIT : Number(q.limit);
    if (!(limit >= 1 && limit <= FEED_MAX_LIMIT))
      throw new FieldValidationException([{ field: 'limit', description: `limit must be an integer from 1 to ${FEED_MAX_LIMIT}` }]);
    const after = String(BigInt(q.after ?? '0'));
    const page = await this.feed.page(resource, after, limit, region);
    // the URL fixes resource, after, limit and region; the last cursor served then fixes the whole page
    const etag = `W/"${resource}-${page.nextCursor}"`;
    const next = new URLSearchParams({ after: page.nextCursor, limit: String(limit), ...(q.region ? { region: q.region } : {}) });
    res.setHeader('ETag', etag);
    res.setHeader('Link', `<${this.url(`/v1/feed/${resource}?${next}`)}>; rel="next"`);
    res.setHeader('Cache-Control', purpose ? 'private, no-cache' : 'no-cache');
    if (matches(ifNoneMatch, etag)) {
      res.status(304).end();
      return;
    }
    if (purpose) page.items = await this.personal.enrich(page.items, caller, purpose);
    res.status(200).json(page);
  }

  @Post(':resource/snapshots')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Take a snapshot to start from zero',
    description:
      'The latest state of every live resource, as NDJSON parts with SHA-256 checksums, consistent with `cursor`: ' +
      'load the parts, then follow GET /v1/feed/{resource}?after=<cursor>; nothing is missed and nothing is repeated. ' +
      "job-seekers: officers and the ministry only, an officer's snapshot covers his region (or a part of it); the parts get the records at download time.",
  })
  @ApiParam({ name: 'resource', enum: FEED_RESOURCE_NAMES })
  @ApiResponse({ status: 201, type: SnapshotManifestDto })
  @ApiProblems(400, 403, 404)
  async snapshot(
    @Param('resource') raw: string,
    @Query() q: SnapshotQueryDto,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<SnapshotManifestDto> {
    const resource = resourceOf(raw);
    authorize(resource, caller, res);
    const s = await this.feed.createSnapshot(
      resource,
      personalRegion(resource, caller, q.region),
      this.platform.config.FEED_SNAPSHOT_PART_SIZE,
    );
    res.location(`/v1/feed/${resource}/snapshots/${s.id}`);
    return this.manifest(s);
  }

  @Get(':resource/snapshots/:id')
  @ApiOperation({ summary: 'A snapshot manifest' })
  @ApiParam({ name: 'resource', enum: FEED_RESOURCE_NAMES })
  @ApiOkResponse({ type: SnapshotManifestDto })
  @ApiProblems(403, 404)
  async getSnapshot(
    @Param('resource') raw: string,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<SnapshotManifestDto> {
    return this.manifest(await this.loadSnapshot(resourceOf(raw), id, caller, res));
  }

  @Get(':resource/snapshots/:id/parts/:part')
  @ApiOperation({
    summary: 'One NDJSON part of a snapshot (one feed item per line, op upsert); its SHA-256 is in the manifest and the Repr-Digest header',
    description:
      'job-seekers (X-Purpose required): the items get their records when the part is downloaded, so the bytes differ from one download to the next; ' +
      "the manifest has no checksum for them and the response's Repr-Digest (RFC 9530) and Content-Length describe exactly the bytes served.",
  })
  @ApiParam({ name: 'resource', enum: FEED_RESOURCE_NAMES })
  @ApiPurposeHeader()
  @ApiResponse({
    status: 200,
    content: { 'application/x-ndjson': { schema: { type: 'string' } } },
    headers: { 'Repr-Digest': { schema: { type: 'string' }, description: 'sha-256=:<base64>: of the body' } },
  })
  @ApiProblems(400, 403, 404)
  async part(
    @Param('resource') raw: string,
    @Param('id') id: string,
    @Param('part') partRaw: string,
    @Req() req: Request,
    @Res() res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<void> {
    const resource = resourceOf(raw);
    const s = await this.loadSnapshot(resource, id, caller, res);
    const purpose = this.purposeOf(resource, req, caller);
    const index = /^\d{1,6}$/.test(partRaw) ? Number(partRaw) : -1;
    if (index < 0 || index >= s.parts.length) throw new NotFoundException(`No part ${partRaw} of snapshot ${id}`);
    const stored = await this.feed.partWithItems(s, index);
    let body = stored.body;
    let sha = s.parts[index].sha256;
    if (purpose) {
      body = ndjson(await this.personal.enrich(stored.items, caller, purpose));
      sha = createHash('sha256').update(body).digest('hex');
    }
    res.status(200);
    res.setHeader('Content-Type', 'application/x-ndjson');
    res.setHeader('Content-Length', String(body.length));
    res.setHeader('ETag', `"${sha}"`);
    res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(sha, 'hex').toString('base64')}:`);
    res.setHeader('Cache-Control', purpose ? 'private, no-store' : 'public, max-age=86400, immutable');
    res.end(body);
  }

  /** The X-Purpose of a read of a personal feed (required: 400 without it); undefined for public feeds. */
  private purposeOf(resource: FeedResource, req: Request, caller: AuthCaller): AccessPurpose | undefined {
    return isPersonalFeedResource(resource) ? resolvePurpose(req, caller, { required: true }) : undefined;
  }

  /** A snapshot the caller may read: any for public feeds; for personal feeds an officer's only inside his region. */
  private async loadSnapshot(resource: FeedResource, id: string, caller: AuthCaller, res: Response): Promise<SnapshotRow> {
    authorize(resource, caller, res);
    const s = await this.feed.getSnapshot(resource, id);
    if (!s) throw new NotFoundException(`No snapshot ${id}`);
    if (isPersonalFeedResource(resource)) assertRegion(caller, s.region, 'snapshot region');
    return s;
  }
}

function ndjson(items: FeedItem[]): Buffer {
  return Buffer.from(items.map((i) => JSON.stringify(i) + '\n').join(''), 'utf8');
}
