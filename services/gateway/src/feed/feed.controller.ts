import { createHash } from 'node:crypto';
import { Controller, ForbiddenException, Get, Headers, HttpCode, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { FEED_RESOURCE_NAMES, isFeedResource, isPersonalFeedResource, type FeedResource, type integrationV1 } from '@siapkerja/contracts';
import { asCaller, Caller, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { GatewayPlatform } from '../platform/gateway-platform';
import { ApiProblems, ApiPurposeHeader, MAX_PATH_NUMBER, pathNumber } from '../platform/http';
import {
  FeedPageDto,
  FeedQueryDto,
  FeedSnapshotDto,
  fromFeedQueryDto,
  fromSnapshotQueryDto,
  SnapshotPartInfoDto,
  SnapshotQueryDto,
  toFeedItemDto,
  toFeedPageDto,
  toFeedSnapshotDto,
  toSnapshotPartInfoDto,
  type FeedItemDto,
} from '../generated/integration.views';
import { toJobSeekerDto } from '../generated/jobs.views';

class SnapshotPartDto extends SnapshotPartInfoDto {
  @ApiProperty({ example: '/v1/feed/vacancies/snapshots/6a0f.../parts/0' }) url: string;
}

/** A snapshot manifest: its view, each part with the URL it is downloaded from. */
export class SnapshotManifestDto extends FeedSnapshotDto {
  @ApiProperty({ type: [SnapshotPartDto] }) parts: SnapshotPartDto[];
}

/** A feed item's view; a job-seekers item shows its record (read and logged by the integration service) as data.record. */
function toItemDto(i: integrationV1.FeedItem__Output): FeedItemDto {
  const item = toFeedItemDto(i);
  return i.record ? { ...item, data: { ...item.data, record: toJobSeekerDto(i.record) } } : item;
}

/**
 * The gateway's scope check of a feed (the integration service decides the rest: roles, region, purpose). Public resources:
 * the feed:read scope. Personal resources (job-seekers): the jobs:read scope (the scope of /v1/job-seekers, which officers'
 * accounts carry).
 */
function requireScope(resource: FeedResource, caller: AuthCaller, res: Response): void {
  const scope = isPersonalFeedResource(resource) ? 'jobs:read' : 'feed:read';
  if (!caller.scopes.includes(scope)) {
    res.setHeader('WWW-Authenticate', `Bearer realm="siapkerja", error="insufficient_scope", scope="${scope}"`);
    throw new ForbiddenException(`The token lacks the scope ${scope}`);
  }
}

function resourceOf(raw: string): FeedResource {
  if (!isFeedResource(raw)) throw new NotFoundException(`No feed for ${raw}; feeds: ${FEED_RESOURCE_NAMES.join(', ')}`);
  return raw;
}

@ApiTags('Change feed')
@Controller('v1/feed')
export class FeedController {
  constructor(
    private readonly clients: ServiceClients,
    private readonly platform: GatewayPlatform,
  ) {}

  private url(path: string): string {
    return `${this.platform.config.PUBLIC_BASE_URL ?? ''}${path}`;
  }

  private manifest(s: integrationV1.FeedSnapshot__Output): SnapshotManifestDto {
    return {
      ...toFeedSnapshotDto(s),
      // a job-seekers part gets its records when downloaded: its sha256 and bytes are known only then (null; Repr-Digest of the response)
      parts: s.parts.map((p, i) => ({ url: this.url(`/v1/feed/${s.resource}/snapshots/${s.id}/parts/${i}`), ...toSnapshotPartInfoDto(p) })),
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
  @ApiResponse({
    status: 304,
    description: 'Nothing new since the ETag you sent (no body)',
    headers: { ETag: { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 401, 403, 404)
  async list(
    @Param('resource') raw: string,
    @Query() q: FeedQueryDto,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<void> {
    const resource = resourceOf(raw);
    requireScope(resource, caller, res);
    const page = await this.clients.integration.listFeedItems(
      { ...fromFeedQueryDto(q), resource, ifNoneMatch: ifNoneMatch ?? '' },
      asCaller(caller, { idempotent: true }),
    );
    const personal = isPersonalFeedResource(resource);
    const next = new URLSearchParams({ after: page.nextCursor, limit: String(page.pageSize), ...(q.region ? { region: q.region } : {}) });
    res.setHeader('ETag', page.etag);
    res.setHeader('Link', `<${this.url(`/v1/feed/${resource}?${next}`)}>; rel="next"`);
    res.setHeader('Cache-Control', personal ? 'private, no-cache' : 'no-cache');
    if (page.notModified) {
      res.status(304).end();
      return;
    }
    res.status(200).json({ ...toFeedPageDto(page), items: page.items.map(toItemDto) });
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
  @ApiResponse({ status: 201, type: SnapshotManifestDto, headers: { Location: { schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 403, 404)
  async snapshot(
    @Param('resource') raw: string,
    @Query() q: SnapshotQueryDto,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<SnapshotManifestDto> {
    const resource = resourceOf(raw);
    requireScope(resource, caller, res);
    const s = await this.clients.integration.createFeedSnapshot({ ...fromSnapshotQueryDto(q), resource }, asCaller(caller));
    res.location(`/v1/feed/${resource}/snapshots/${s.id}`);
    return this.manifest(s);
  }

  @Get(':resource/snapshots/:id')
  @ApiOperation({ summary: 'A snapshot manifest' })
  @ApiParam({ name: 'resource', enum: FEED_RESOURCE_NAMES })
  @ApiOkResponse({ type: SnapshotManifestDto })
  @ApiProblems(400, 401, 403, 404)
  async getSnapshot(
    @Param('resource') raw: string,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<SnapshotManifestDto> {
    const resource = resourceOf(raw);
    requireScope(resource, caller, res);
    return this.manifest(await this.clients.integration.getFeedSnapshot({ resource, id }, asCaller(caller, { idempotent: true })));
  }

  @Get(':resource/snapshots/:id/parts/:part')
  @ApiOperation({
    summary: 'One NDJSON part of a snapshot (one feed item per line, op upsert); its SHA-256 is in the manifest and the Repr-Digest header',
    description:
      'job-seekers (X-Purpose required): the items get their records when the part is downloaded, so the bytes differ from one download to the next; ' +
      "the manifest has no checksum for them and the response's Repr-Digest (RFC 9530) and Content-Length describe exactly the bytes served.",
  })
  @ApiParam({ name: 'resource', enum: FEED_RESOURCE_NAMES })
  @ApiParam({ name: 'part', schema: { type: 'integer', minimum: 0, maximum: MAX_PATH_NUMBER, example: 0 } })
  @ApiPurposeHeader()
  @ApiResponse({
    status: 200,
    content: { 'application/x-ndjson': { schema: { type: 'string' } } },
    headers: {
      'Repr-Digest': { schema: { type: 'string' }, description: 'sha-256=:<base64>: of the body' },
      ETag: { schema: { type: 'string' } },
      'Content-Length': { schema: { type: 'integer' } },
      'Cache-Control': { schema: { type: 'string' } },
    },
  })
  @ApiProblems(400, 401, 403, 404)
  async part(
    @Param('resource') raw: string,
    @Param('id') id: string,
    @Param('part') partRaw: string,
    @Res() res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<void> {
    const resource = resourceOf(raw);
    requireScope(resource, caller, res);
    const p = await this.clients.integration.getFeedSnapshotPart(
      { resource, snapshotId: id, part: pathNumber(partRaw, 'part', 'part') },
      asCaller(caller, { idempotent: true }),
    );
    // a job-seekers part comes as items with their records: its bytes (and their checksum) are made here
    const personal = isPersonalFeedResource(resource);
    const body = personal ? Buffer.from(p.items.map((i) => JSON.stringify(toItemDto(i)) + '\n').join(''), 'utf8') : p.content;
    const sha = personal ? createHash('sha256').update(body).digest('hex') : p.sha256;
    res.status(200);
    res.setHeader('Content-Type', 'application/x-ndjson');
    res.setHeader('Content-Length', String(body.length));
    res.setHeader('ETag', `"${sha}"`);
    res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(sha, 'hex').toString('base64')}:`);
    res.setHeader('Cache-Control', personal ? 'private, no-store' : 'public, max-age=86400, immutable');
    res.end(body);
  }
}
