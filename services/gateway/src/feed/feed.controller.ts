import { Controller, Get, Headers, HttpCode, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import type { Response } from 'express';
import { RequireScopes } from '../auth/caller';
import { ApiProblems } from '../platform/http';
import { FieldValidationException } from '../platform/problem.filter';
import { FEED_RESOURCE_NAMES, isFeedResource, REGION_FILTER_RE, type FeedResource } from './feed.resources';
import { FeedService, type SnapshotRow } from './feed.service';
import { GatewayPlatform } from '../platform/gateway-platform';

export const FEED_DEFAULT_LIMIT = 500;
export const FEED_MAX_LIMIT = 1000;

export class FeedQueryDto {
  @ApiPropertyOptional({ example: '0', description: 'Cursor to read after (the `nextCursor` of the previous page, or a snapshot cursor); 0 or absent = from the start' })
  @IsOptional() @IsString() @Matches(/^\d{1,18}$/, { message: 'after must be a cursor (digits)' }) after?: string;

  @ApiPropertyOptional({ example: '500', description: `Items per page, 1-${FEED_MAX_LIMIT} (default ${FEED_DEFAULT_LIMIT})` })
  @IsOptional() @IsString() @Matches(/^\d{1,4}$/, { message: `limit must be an integer from 1 to ${FEED_MAX_LIMIT}` }) limit?: string;

  @ApiPropertyOptional({ example: '33', description: 'Only changes in a province (NN) or regency (NN.NN)' })
  @IsOptional() @IsString() @Matches(REGION_FILTER_RE, { message: 'region must be a province (NN) or regency (NN.NN) code' }) region?: string;
}

export class SnapshotQueryDto {
  @ApiPropertyOptional({ example: '33', description: 'Only resources in a province (NN) or regency (NN.NN)' })
  @IsOptional() @IsString() @Matches(REGION_FILTER_RE, { message: 'region must be a province (NN) or regency (NN.NN) code' }) region?: string;
}

class FeedItemDto {
  @ApiProperty({ example: '1042', description: 'Position of this change in the feed; read on with after=<cursor>' }) cursor: string;
  @ApiProperty({ enum: ['upsert', 'delete'] }) op: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'The public representation; null for a deletion (tombstone)' }) data: Record<string, unknown> | null;
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
  @ApiProperty({ description: 'hex SHA-256 of the part body' }) sha256: string;
  @ApiProperty() bytes: number;
}

export class SnapshotManifestDto {
  @ApiProperty({ format: 'uuid' }) snapshotId: string;
  @ApiProperty({ enum: FEED_RESOURCE_NAMES }) resource: string;
  @ApiProperty({ nullable: true }) region: string | null;
  @ApiProperty({ example: '1042', description: 'The feed cursor the snapshot is consistent with: follow the feed with after=cursor' }) cursor: string;
  @ApiProperty() records: number;
  @ApiProperty({ type: [SnapshotPartDto] }) parts: SnapshotPartDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
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
      parts: s.parts.map((p, i) => ({ url: this.url(`/v1/feed/${s.resource}/snapshots/${s.id}/parts/${i}`), records: p.records, sha256: p.sha256, bytes: p.bytes })),
      createdAt: new Date(s.created_at).toISOString(),
    };
  }

  @RequireScopes('feed:read')
  @Get(':resource')
  @ApiOperation({
    summary: 'Changes of a public resource after a cursor',
    description:
      'Every create, update and deletion (op `delete`, data null) in commit order. Page on with `after=nextCursor` as far as you like; ' +
      'an empty page means you are up to date: poll again with the same cursor and `If-None-Match` (304 while nothing is new). ' +
      'No change is ever inserted below a cursor already served, so following the feed has no gaps.',
  })
  @ApiParam({ name: 'resource', enum: FEED_RESOURCE_NAMES })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiOkResponse({ type: FeedPageDto, headers: { ETag: { schema: { type: 'string' } }, Link: { schema: { type: 'string' }, description: '<...>; rel="next"' } } })
  @ApiResponse({ status: 304, description: 'Nothing new since the ETag you sent' })
  @ApiProblems(400, 404)
  async list(@Param('resource') raw: string, @Query() q: FeedQueryDto, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() res: Response): Promise<void> {
    const resource = resourceOf(raw);
    const limit = q.limit === undefined ? FEED_DEFAULT_LIMIT : Number(q.limit);
    if (!(limit >= 1 && limit <= FEED_MAX_LIMIT)) throw new FieldValidationException([{ field: 'limit', description: `limit must be an integer from 1 to ${FEED_MAX_LIMIT}` }]);
    const after = String(BigInt(q.after ?? '0'));
    const page = await this.feed.page(resource, after, limit, q.region);
    // the URL fixes resource, after, limit and region; the last cursor served then fixes the whole page
    const etag = `W/"${resource}-${page.nextCursor}"`;
    const next = new URLSearchParams({ after: page.nextCursor, limit: String(limit), ...(q.region ? { region: q.region } : {}) });
    res.setHeader('ETag', etag);
    res.setHeader('Link', `<${this.url(`/v1/feed/${resource}?${next}`)}>; rel="next"`);
    res.setHeader('Cache-Control', 'no-cache');
    if (matches(ifNoneMatch, etag)) {
      res.status(304).end();
      return;
    }
    res.status(200).json(page);
  }

  @RequireScopes('feed:read')
  @Post(':resource/snapshots')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Take a snapshot to start from zero',
    description:
      'The latest state of every live resource, as NDJSON parts with SHA-256 checksums, consistent with `cursor`: ' +
      'load the parts, then follow GET /v1/feed/{resource}?after=<cursor>; nothing is missed and nothing is repeated.',
  })
  @ApiParam({ name: 'resource', enum: FEED_RESOURCE_NAMES })
  @ApiResponse({ status: 201, type: SnapshotManifestDto })
  @ApiProblems(400, 404)
  async snapshot(@Param('resource') raw: string, @Query() q: SnapshotQueryDto, @Res({ passthrough: true }) res: Response): Promise<SnapshotManifestDto> {
    const resource = resourceOf(raw);
    const s = await this.feed.createSnapshot(resource, q.region, this.platform.config.FEED_SNAPSHOT_PART_SIZE);
    res.location(`/v1/feed/${resource}/snapshots/${s.id}`);
    return this.manifest(s);
  }

  @RequireScopes('feed:read')
  @Get(':resource/snapshots/:id')
  @ApiOperation({ summary: 'A snapshot manifest' })
  @ApiParam({ name: 'resource', enum: FEED_RESOURCE_NAMES })
  @ApiOkResponse({ type: SnapshotManifestDto })
  @ApiProblems(404)
  async getSnapshot(@Param('resource') raw: string, @Param('id') id: string): Promise<SnapshotManifestDto> {
    const s = await this.feed.getSnapshot(resourceOf(raw), id);
    if (!s) throw new NotFoundException(`No snapshot ${id}`);
    return this.manifest(s);
  }

  @RequireScopes('feed:read')
  @Get(':resource/snapshots/:id/parts/:part')
  @ApiOperation({ summary: 'One NDJSON part of a snapshot (one feed item per line, op upsert); its SHA-256 is in the manifest' })
  @ApiParam({ name: 'resource', enum: FEED_RESOURCE_NAMES })
  @ApiResponse({ status: 200, content: { 'application/x-ndjson': { schema: { type: 'string' } } } })
  @ApiProblems(404)
  async part(@Param('resource') raw: string, @Param('id') id: string, @Param('part') partRaw: string, @Res() res: Response): Promise<void> {
    const s = await this.feed.getSnapshot(resourceOf(raw), id);
    const index = /^\d{1,6}$/.test(partRaw) ? Number(partRaw) : -1;
    if (!s || index < 0 || index >= s.parts.length) throw new NotFoundException(`No part ${partRaw} of snapshot ${id}`);
    const body = await this.feed.part(s, index);
    const sha = s.parts[index].sha256;
    res.status(200);
    res.setHeader('Content-Type', 'application/x-ndjson');
    res.setHeader('Content-Length', String(body.length));
    res.setHeader('ETag', `"${sha}"`);
    res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(sha, 'hex').toString('base64')}:`);
    res.setHeader('Cache-Control', 'public, max-age=86400, immutable');
    res.end(body);
  }
}
