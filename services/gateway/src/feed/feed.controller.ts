import { createHash } from 'node:crypto';
import { Controller, ForbiddenException, Get, Headers, HttpCode, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import type { Request, Response } from 'express';
import {
  FEED_RESOURCE_NAMES,
  isFeedResource,
  isPersonalFeedResource,
  REGION_FILTER_RE,
  type FeedResource,
  type integrationV1,
} from '@siapkerja/contracts';
import { asCaller, Caller, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { GatewayPlatform } from '../platform/gateway-platform';
import { ApiProblems } from '../platform/http';
import { FieldValidationException } from '../platform/problem.filter';
import { toJobSeekerDto } from '../job-seekers/job-seekers.controller';
import { AccessAudit } from '../privacy/access-audit';
import { ApiPurposeHeader, PURPOSE_HEADER, type AccessPurpose } from '../privacy/purposes';

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

export class FeedItemDto {
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
  @ApiProperty({ type: String, nullable: true, example: '33.73' }) regionCode: string | null;
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
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty({ example: '1042', description: 'The feed cursor the snapshot is consistent with: follow the feed with after=cursor' })
  cursor: string;
  @ApiProperty() records: number;
  @ApiProperty({ type: [SnapshotPartDto] }) parts: SnapshotPartDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** The fields of a job seeker's record that are personal data (written to the access log with each record served). */
const JOB_SEEKER_PERSONAL_FIELDS = ['nik', 'birthDate', 'phone', 'email', 'address', 'religion'];

type JobSeeker = integrationV1.FeedSnapshotPart__Output['jobSeekers'][number];

/** A feed item as the API writes it; job-seekers items get their record (or why it is withheld) from the answer's records. */
function toItem(i: integrationV1.FeedItem__Output, seekers?: Map<string, JobSeeker>): FeedItemDto {
  let data = i.dataJson ? (JSON.parse(i.dataJson) as Record<string, unknown>) : null;
  if (seekers && i.op === 'upsert') {
    const s = seekers.get(i.id);
    data = { ...data, record: s ? toJobSeekerDto(s, true) : null, withheld: s ? null : i.withheld || 'UNKNOWN' };
  }
  return { cursor: i.cursor, op: i.op, id: i.id, data, regionCode: i.regionCode || null, occurredAt: i.occurTime };
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
    private readonly audit: AccessAudit,
  ) {}

  private url(path: string): string {
    return `${this.platform.config.PUBLIC_BASE_URL ?? ''}${path}`;
  }

  private manifest(s: integrationV1.FeedSnapshot__Output): SnapshotManifestDto {
    return {
      snapshotId: s.id,
      resource: s.resource,
      region: s.region || null,
      cursor: s.cursor,
      records: Number(s.records),
      parts: s.parts.map((p, i) => ({
        url: this.url(`/v1/feed/${s.resource}/snapshots/${s.id}/parts/${i}`),
        records: p.records,
        // a job-seekers part gets its records when downloaded: its bytes are known only then (Repr-Digest of the response)
        ...(p.sha256 ? { sha256: p.sha256, bytes: Number(p.bytes) } : { sha256: null, bytes: null }),
      })),
      createdAt: s.createTime,
    };
  }

  /** Every job-seeker record served is in the access log, with the purpose, before the answer leaves. */
  private async served(seekers: JobSeeker[], caller: AuthCaller, req: Request): Promise<Map<string, JobSeeker>> {
    const purpose = String(req.header(PURPOSE_HEADER)).trim().toUpperCase() as AccessPurpose;
    await this.audit.recordMany(
      seekers.map((s) => ({
        caller,
        resourceType: 'job-seeker',
        resourceId: s.id,
        fields: JOB_SEEKER_PERSONAL_FIELDS,
        subjectPersonId: s.personId,
        purpose,
      })),
    );
    return new Map(seekers.map((s) => [s.id, s]));
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
    @Req() req: Request,
    @Res() res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<void> {
    const resource = resourceOf(raw);
    requireScope(resource, caller, res);
    const limit = q.limit === undefined ? FEED_DEFAULT_LIMIT : Number(q.limit);
    if (!(limit >= 1 && limit <= FEED_MAX_LIMIT))
      throw new FieldValidationException([{ field: 'limit', description: `limit must be an integer from 1 to ${FEED_MAX_LIMIT}` }]);
    const page = await this.clients.integration.listFeedItems(
      {
        resource,
        after: q.after ?? '0',
        pageSize: limit,
        region: q.region ?? '',
        purpose: req.header(PURPOSE_HEADER) ?? '',
        ifNoneMatch: ifNoneMatch ?? '',
      },
      asCaller(caller, { idempotent: true }),
    );
    const personal = isPersonalFeedResource(resource);
    const next = new URLSearchParams({ after: page.nextCursor, limit: String(limit), ...(q.region ? { region: q.region } : {}) });
    res.setHeader('ETag', page.etag);
    res.setHeader('Link', `<${this.url(`/v1/feed/${resource}?${next}`)}>; rel="next"`);
    res.setHeader('Cache-Control', personal ? 'private, no-cache' : 'no-cache');
    if (page.notModified) {
      res.status(304).end();
      return;
    }
    const seekers = personal ? await this.served(page.jobSeekers, caller, req) : undefined;
    const body: FeedPageDto = { items: page.items.map((i) => toItem(i, seekers)), nextCursor: page.nextCursor, hasMore: page.hasMore };
    res.status(200).json(body);
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
    const s = await this.clients.integration.createFeedSnapshot({ resource, region: q.region ?? '' }, asCaller(caller));
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
    @Req() req: Request,
    @Res() res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<void> {
    const resource = resourceOf(raw);
    requireScope(resource, caller, res);
    const p = await this.clients.integration.getFeedSnapshotPart(
      { resource, snapshotId: id, part: /^\d{1,6}$/.test(partRaw) ? Number(partRaw) : -1, purpose: req.header(PURPOSE_HEADER) ?? '' },
      asCaller(caller, { idempotent: true }),
    );
    const personal = isPersonalFeedResource(resource);
    let body = p.content;
    let sha = p.sha256;
    if (personal) {
      const seekers = await this.served(p.jobSeekers, caller, req);
      body = Buffer.from(p.items.map((i) => JSON.stringify(toItem(i, seekers)) + '\n').join(''), 'utf8');
      sha = createHash('sha256').update(body).digest('hex');
    }
    res.status(200);
    res.setHeader('Content-Type', 'application/x-ndjson');
    res.setHeader('Content-Length', String(body.length));
    res.setHeader('ETag', `"${sha}"`);
    res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(sha, 'hex').toString('base64')}:`);
    res.setHeader('Cache-Control', personal ? 'private, no-store' : 'public, max-age=86400, immutable');
    res.end(body);
  }
}
