import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { PUBLIC_EVENT_TYPES } from '@siapkerja/contracts';
import { RequireScopes } from '../auth/caller';
import { ApiProblems, ApiQueryStringProblem } from '../platform/http';

export class EventTypesDto {
  @ApiProperty({ type: [String], enum: PUBLIC_EVENT_TYPES, description: 'Event types a subscription may ask for' }) items: string[];
}

/**
 * Partner webhooks, kept by the integration service; subscriptions and deliveries belong to the caller (its client or account).
 * Subscriptions and deliveries are generated routes (WebhooksRoutes); here the event types a subscription may ask for.
 */
@ApiTags('Webhooks')
@Controller('v1/webhooks')
export class WebhooksController {
  @RequireScopes('webhooks:read')
  @Get('event-types')
  @ApiOperation({ summary: 'Event types a subscription may ask for' })
  @ApiOkResponse({ type: EventTypesDto })
  @ApiQueryStringProblem()
  @ApiProblems(401, 403)
  eventTypes(): EventTypesDto {
    return { items: PUBLIC_EVENT_TYPES };
  }
}
