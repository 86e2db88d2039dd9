import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import type { Response } from 'express';
import { PUBLIC_EVENT_TYPES, type integrationV1 } from '@siapkerja/contracts';
import {
  CreatedSubscriptionDto,
  CreateSubscriptionDto,
  DeliveryDto,
  DeliveryPageDto,
  fromCreateSubscriptionDto,
  toAttemptDto,
  toDeliveryDto,
  toDeliveryPageDto,
  toCreatedSubscriptionDto,
} from '../generated/integration.views';
import { ServiceClients } from '../platform/clients';
import { ApiProblems, ApiQueryStringProblem } from '../platform/http';
import { FieldValidationException } from '../platform/problem.filter';

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

export class EventTypesDto {
  @ApiProperty({ type: [String], enum: PUBLIC_EVENT_TYPES, description: 'Event types a subscription may ask for' }) items: string[];
}

/** One delivery read alone: with its event and every attempt (an empty list included). */
function toSingleDelivery(d: integrationV1.WebhookDelivery__Output): DeliveryDto {
  return { ...toDeliveryDto(d), attempts: d.attempts.map(toAttemptDto) };
}

/**
 * Partner webhooks, kept by the integration service; subscriptions and deliveries belong to the caller (its client or account).
 * The subscriptions' list, read and removal are generated routes (WebhooksRoutes).
 */
@ApiTags('Webhooks')
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(private readonly clients: ServiceClients) {}

  @RequireScopes('webhooks:read')
  @Get('event-types')
  @ApiOperation({ summary: 'Event types a subscription may ask for' })
  @ApiOkResponse({ type: EventTypesDto })
  @ApiQueryStringProblem()
  @ApiProblems(401, 403)
  eventTypes(): EventTypesDto {
    return { items: PUBLIC_EVENT_TYPES };
  }

  @RequireScopes('webhooks:write')
  @Post('subscriptions')
  @ApiOperation({
    summary: 'Subscribe to events',
    description:
      'Deliveries are CloudEvents JSON (structured mode, application/cloudevents+json) POSTed with Webhook-Id, Webhook-Timestamp and ' +
      'Webhook-Signature: v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")> where key is the base64 part of the secret (Standard Webhooks). ' +
      'Any 2xx within 5 s is success; otherwise retried with exponential backoff, then moved to the dead-letter list (GET deliveries?status=dead), from where it can be replayed. ' +
      'The url must reach a public address: loopback, private, link-local, CGNAT, multicast and reserved addresses (IPv4, IPv6 and IPv4-mapped IPv6) are refused (400 naming url).',
  })
  @ApiCreatedResponse({ type: CreatedSubscriptionDto, headers: { Location: { schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 403, 409)
  async create(
    @Body() body: CreateSubscriptionDto,
    @Caller() caller: AuthCaller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreatedSubscriptionDto> {
    const created = await this.clients.integration.createWebhookSubscription(fromCreateSubscriptionDto(body), asCaller(caller));
    const s = toCreatedSubscriptionDto(created);
    res.location(`/v1/webhooks/subscriptions/${s.id}`);
    return s;
  }

  @RequireScopes('webhooks:read')
  @Get('deliveries')
  @ApiOperation({ summary: 'Your deliveries; status=dead is the dead-letter list' })
  @ApiOkResponse({ type: DeliveryPageDto })
  @ApiProblems(400, 401, 403)
  async deliveries(@Query() q: DeliveryQueryDto, @Caller() caller: AuthCaller): Promise<DeliveryPageDto> {
    const limit = q.limit === undefined ? 100 : Number(q.limit);
    if (!(limit >= 1 && limit <= 500))
      throw new FieldValidationException([{ field: 'limit', description: 'limit must be an integer from 1 to 500' }]);
    const page = await this.clients.integration.listWebhookDeliveries(
      { status: q.status ?? '', subscriptionId: q.subscriptionId ?? '', pageToken: q.after ?? '', pageSize: limit },
      asCaller(caller, { idempotent: true }),
    );
    return toDeliveryPageDto(page);
  }

  @RequireScopes('webhooks:read')
  @Get('deliveries/:id')
  @ApiOperation({ summary: 'One delivery with its event and every attempt' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiProblems(400, 401, 403, 404)
  async delivery(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<DeliveryDto> {
    return toSingleDelivery(await this.clients.integration.getWebhookDelivery({ id }, asCaller(caller, { idempotent: true })));
  }

  @RequireScopes('webhooks:write')
  @Post('deliveries/:id/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a dead (or delivered) delivery again' })
  @ApiAcceptedResponse({ type: DeliveryDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async replay(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<DeliveryDto> {
    return toSingleDelivery(await this.clients.integration.replayWebhookDelivery({ id }, asCaller(caller)));
  }
}
