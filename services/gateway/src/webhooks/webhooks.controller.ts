import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res, UnauthorizedException } from '@nestjs/common';
import { CALLER_KEY, RequireScopes, type AuthCaller } from '../auth/caller';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { PUBLIC_EVENT_TYPES, REGION_FILTER_RE } from '../feed/feed.resources';
import { ApiProblems } from '../platform/http';
import { FieldValidationException } from '../platform/problem.filter';
import { TargetRefusedError } from './ssrf';
import { WebhooksService, type AttemptRow, type DeliveryRow, type SubscriptionRow } from './webhooks.service';

export class CreateSubscriptionDto {
  @ApiProperty({
    example: 'https://partner.example.id/hooks/siapkerja',
    description: 'http(s) URL on the public internet; loopback, private and link-local targets are refused',
  })
  @IsString()
  @Length(1, 2048)
  url: string;

  @ApiProperty({ type: [String], enum: PUBLIC_EVENT_TYPES, example: ['siapkerja.jobs.vacancy.registered'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsIn(PUBLIC_EVENT_TYPES, { each: true })
  eventTypes: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['33', '34.71'],
    description: 'Only events in these provinces (NN) or regencies (NN.NN); events without a region are then not sent',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(REGION_FILTER_RE, { each: true, message: 'each region must be a province (NN) or regency (NN.NN) code' })
  regions?: string[];

  @ApiPropertyOptional({ example: 'Portal lowongan Provinsi Jawa Tengah' }) @IsOptional() @IsString() @MaxLength(500) description?: string;
}

export class SubscriptionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty({ type: [String] }) eventTypes: string[];
  @ApiProperty({ type: [String] }) regions: string[];
  @ApiPropertyOptional({ nullable: true }) description: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CreatedSubscriptionDto extends SubscriptionDto {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'Signing secret (Standard Webhooks). Shown only in this response: store it.',
  })
  secret: string;
}

export class DeliveryQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'delivered', 'dead'] }) @IsOptional() @IsIn(['pending', 'delivered', 'dead']) status?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() subscriptionId?: string;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,18}$/, { message: 'after must be a cursor' })
  after?: string;
  @ApiPropertyOptional({ example: '100', description: '1-500, default 100' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,3}$/, { message: 'limit must be an integer from 1 to 500' })
  limit?: string;
}

class AttemptDto {
  @ApiProperty() attempt: number;
  @ApiPropertyOptional({ nullable: true }) statusCode: number | null;
  @ApiPropertyOptional({ nullable: true }) error: string | null;
  @ApiProperty() durationMs: number;
  @ApiProperty({ format: 'date-time' }) attemptedAt: string;
}

export class DeliveryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) subscriptionId: string;
  @ApiProperty({ description: 'CloudEvents id, also sent as Webhook-Id' }) eventId: string;
  @ApiProperty() eventType: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'dead'] }) status: string;
  @ApiProperty() attempt: number;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) nextAttemptAt: string | null;
  @ApiPropertyOptional({ nullable: true }) lastStatus: number | null;
  @ApiPropertyOptional({ nullable: true }) lastError: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) deliveredAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'The CloudEvent (single delivery only)' }) event?: Record<
    string,
    unknown
  >;
  @ApiPropertyOptional({ type: [AttemptDto], description: 'Every attempt (single delivery only)' }) attempts?: AttemptDto[];
}

export class DeliveryPageDto {
  @ApiProperty({ type: [DeliveryDto] }) items: DeliveryDto[];
  @ApiPropertyOptional({ nullable: true }) nextCursor: string | null;
}

function toSubscription(s: SubscriptionRow): SubscriptionDto {
  return {
    id: s.id,
    url: s.url,
    eventTypes: s.event_types,
    regions: s.regions,
    description: s.description,
    active: s.active,
    createdAt: new Date(s.created_at).toISOString(),
  };
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function toDelivery(d: DeliveryRow & { attempts?: AttemptRow[] }): DeliveryDto {
  return {
    id: d.id,
    subscriptionId: d.subscription_id,
    eventId: d.event_id,
    eventType: d.event_type,
    status: d.status,
    attempt: d.attempt,
    nextAttemptAt: d.status === 'pending' ? iso(d.next_attempt_at) : null,
    lastStatus: d.last_status,
    lastError: d.last_error,
    deliveredAt: iso(d.delivered_at),
    createdAt: iso(d.created_at)!,
    ...(d.event ? { event: d.event } : {}),
    ...(d.attempts
      ? {
          attempts: d.attempts.map((a) => ({
            attempt: a.attempt,
            statusCode: a.status_code,
            error: a.error,
            durationMs: a.duration_ms,
            attemptedAt: iso(a.attempted_at)!,
          })),
        }
      : {}),
  };
}

/** The calling partner (its OAuth client id), or the account for people; the auth guard always sets one here. */
function ownerOf(req: Request): string {
  const caller = (req as unknown as Record<string, AuthCaller | undefined>)[CALLER_KEY];
  if (!caller) throw new UnauthorizedException('Authentication required');
  return caller.clientId ?? `account:${caller.sub}`;
}

@ApiTags('Webhooks')
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @RequireScopes('webhooks:read')
  @Get('event-types')
  @ApiOperation({ summary: 'Event types a subscription may ask for' })
  eventTypes(): { items: string[] } {
    return { items: PUBLIC_EVENT_TYPES };
  }

  @RequireScopes('webhooks:write')
  @Post('subscriptions')
  @ApiOperation({
    summary: 'Subscribe to events',
    description:
      'Deliveries are CloudEvents JSON (structured mode, application/cloudevents+json) POSTed with Webhook-Id, Webhook-Timestamp and ' +
      'Webhook-Signature: v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")> where key is the base64 part of the secret (Standard Webhooks). ' +
      'Any 2xx within 5 s is success; otherwise retried with exponential backoff, then moved to the dead-letter list (GET deliveries?status=dead), from where it can be replayed.',
  })
  @ApiCreatedResponse({ type: CreatedSubscriptionDto })
  @ApiProblems(400, 409)
  async create(
    @Body() body: CreateSubscriptionDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreatedSubscriptionDto> {
    try {
      const s = await this.webhooks.subscribe(ownerOf(req), body);
      res.location(`/v1/webhooks/subscriptions/${s.id}`);
      return { ...toSubscription(s), secret: s.secret };
    } catch (e) {
      if (e instanceof TargetRefusedError) throw new FieldValidationException([{ field: 'url', description: e.message }]);
      throw e;
    }
  }

  @RequireScopes('webhooks:read')
  @Get('subscriptions')
  @ApiOperation({ summary: 'Your subscriptions' })
  @ApiOkResponse({
    schema: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/SubscriptionDto' } } } },
  })
  async list(@Req() req: Request): Promise<{ items: SubscriptionDto[] }> {
    return { items: (await this.webhooks.list(ownerOf(req))).map(toSubscription) };
  }

  @RequireScopes('webhooks:read')
  @Get('subscriptions/:id')
  @ApiOperation({ summary: 'One of your subscriptions' })
  @ApiOkResponse({ type: SubscriptionDto })
  @ApiProblems(404)
  async get(@Param('id') id: string, @Req() req: Request): Promise<SubscriptionDto> {
    return toSubscription(await this.webhooks.get(ownerOf(req), id));
  }

  @RequireScopes('webhooks:write')
  @Delete('subscriptions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unsubscribe (pending deliveries move to the dead-letter list)' })
  @ApiNoContentResponse()
  @ApiProblems(404)
  async remove(@Param('id') id: string, @Req() req: Request): Promise<void> {
    await this.webhooks.unsubscribe(ownerOf(req), id);
  }

  @RequireScopes('webhooks:read')
  @Get('deliveries')
  @ApiOperation({ summary: 'Your deliveries; status=dead is the dead-letter list' })
  @ApiOkResponse({ type: DeliveryPageDto })
  @ApiProblems(400)
  async deliveries(@Query() q: DeliveryQueryDto, @Req() req: Request): Promise<DeliveryPageDto> {
    const limit = q.limit === undefined ? 100 : Number(q.limit);
    if (!(limit >= 1 && limit <= 500))
      throw new FieldValidationException([{ field: 'limit', description: 'limit must be an integer from 1 to 500' }]);
    const page = await this.webhooks.deliveries(ownerOf(req), {
      status: q.status,
      subscriptionId: q.subscriptionId,
      after: q.after,
      limit,
    });
    return { items: page.items.map(toDelivery), nextCursor: page.nextCursor };
  }

  @RequireScopes('webhooks:read')
  @Get('deliveries/:id')
  @ApiOperation({ summary: 'One delivery with its event and every attempt' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiProblems(404)
  async delivery(@Param('id') id: string, @Req() req: Request): Promise<DeliveryDto> {
    return toDelivery(await this.webhooks.delivery(ownerOf(req), id));
  }

  @RequireScopes('webhooks:write')
  @Post('deliveries/:id/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a dead (or delivered) delivery again' })
  @ApiAcceptedResponse({ type: DeliveryDto })
  @ApiProblems(404, 409)
  async replay(@Param('id') id: string, @Req() req: Request): Promise<DeliveryDto> {
    return toDelivery(await this.webhooks.replay(ownerOf(req), id));
  }
}
