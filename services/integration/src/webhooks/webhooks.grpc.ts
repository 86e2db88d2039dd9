import { Controller } from '@nestjs/common';
import { currentCaller } from '@siapkerja/authz';
import { PUBLIC_EVENT_TYPES, REGION_FILTER_RE, GrpcService, type GrpcControllerOf, type integrationV1 } from '@siapkerja/contracts';
import { DomainError, invalid, Violations } from '@siapkerja/errors';
import { TargetRefusedError } from './ssrf';
import { WebhooksService, type AttemptRow, type DeliveryRow, type SubscriptionRow } from './webhooks.service';

const STATUSES = ['pending', 'delivered', 'dead'];
const DELIVERIES_PAGE = 100;
const DELIVERIES_MAX_PAGE = 500;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : '');

/** The owner of subscriptions: the calling partner's OAuth client id, or the account for people. */
function owner(): string {
  const caller = currentCaller();
  if (!caller) throw new DomainError('UNAUTHENTICATED', 'Authentication required');
  return caller.clientId ?? `account:${caller.sub}`;
}

function toSubscriptionMessage(s: SubscriptionRow): integrationV1.WebhookSubscription {
  return {
    id: s.id,
    url: s.url,
    eventTypes: s.event_types,
    regions: s.regions,
    description: s.description ?? '',
    active: s.active,
    createTime: iso(s.created_at),
  };
}

function toDeliveryMessage(d: DeliveryRow & { attempts?: AttemptRow[] }): integrationV1.WebhookDelivery {
  return {
    id: d.id,
    subscriptionId: d.subscription_id,
    eventId: d.event_id,
    eventType: d.event_type,
    status: d.status,
    attempt: d.attempt,
    nextAttemptTime: d.status === 'pending' ? iso(d.next_attempt_at) : '',
    lastStatus: d.last_status ?? 0,
    lastError: d.last_error ?? '',
    deliverTime: iso(d.delivered_at),
    createTime: iso(d.created_at),
    eventJson: d.event ? JSON.stringify(d.event) : '',
    attempts: (d.attempts ?? []).map((a) => ({
      attempt: a.attempt,
      statusCode: a.status_code ?? 0,
      error: a.error ?? '',
      durationMs: a.duration_ms,
      attemptTime: iso(a.attempted_at),
    })),
  };
}

/** Webhook subscriptions and deliveries over gRPC, each scoped to the forwarded caller. */
@Controller()
@GrpcService('integration')
export class WebhooksGrpc implements GrpcControllerOf<'integration'> {
  constructor(private readonly webhooks: WebhooksService) {}

  /** The event types a subscription may ask for (the public events). */
  async listWebhookEventTypes(): Promise<integrationV1.ListWebhookEventTypesResponse> {
    return { eventTypes: PUBLIC_EVENT_TYPES };
  }

  async createWebhookSubscription(
    req: integrationV1.CreateWebhookSubscriptionRequest__Output,
  ): Promise<integrationV1.CreatedWebhookSubscription> {
    const who = owner();
    new Violations()
      .check(req.url.length >= 1 && req.url.length <= 2048, 'url', 'must be 1 to 2048 characters')
      .check(
        req.eventTypes.length >= 1 && req.eventTypes.length <= 50 && req.eventTypes.every((t) => PUBLIC_EVENT_TYPES.includes(t)),
        'eventTypes',
        `must be 1 to 50 of ${PUBLIC_EVENT_TYPES.join(', ')}`,
      )
      .check(
        req.regions.length <= 100 && req.regions.every((r) => REGION_FILTER_RE.test(r)),
        'regions',
        'each region must be a province (NN) or regency (NN.NN) code',
      )
      .check(req.description.length <= 500, 'description', 'must be at most 500 characters')
      .throwIfAny();
    try {
      const s = await this.webhooks.subscribe(who, {
        url: req.url,
        eventTypes: req.eventTypes,
        regions: req.regions,
        description: req.description || undefined,
      });
      return { subscription: toSubscriptionMessage(s), secret: s.secret };
    } catch (e) {
      if (e instanceof TargetRefusedError) throw invalid([{ field: 'url', description: e.message }]);
      throw e;
    }
  }

  async listWebhookSubscriptions(): Promise<integrationV1.ListWebhookSubscriptionsResponse> {
    return {
      subscriptions: (await this.webhooks.list(owner())).map(toSubscriptionMessage),
    };
  }

  async getWebhookSubscription(req: integrationV1.GetWebhookSubscriptionRequest__Output) {
    return toSubscriptionMessage(await this.webhooks.get(owner(), req.id));
  }

  async deleteWebhookSubscription(req: integrationV1.DeleteWebhookSubscriptionRequest__Output) {
    await this.webhooks.unsubscribe(owner(), req.id);
    return {};
  }

  async listWebhookDeliveries(
    req: integrationV1.ListWebhookDeliveriesRequest__Output,
  ): Promise<integrationV1.ListWebhookDeliveriesResponse> {
    const who = owner();
    // unset: 100 deliveries a page
    const limit = req.pageSize ?? DELIVERIES_PAGE;
    new Violations()
      .check(!req.status || STATUSES.includes(req.status), 'status', `must be one of ${STATUSES.join(', ')}`)
      .check(!req.subscriptionId || UUID_RE.test(req.subscriptionId), 'subscriptionId', 'must be a UUID')
      .check(/^\d{0,18}$/.test(req.pageToken), 'after', 'must be a cursor')
      .check(limit >= 1 && limit <= DELIVERIES_MAX_PAGE, 'limit', `limit must be an integer from 1 to ${DELIVERIES_MAX_PAGE}`)
      .throwIfAny('The request body or parameters are invalid');
    const page = await this.webhooks.deliveries(who, {
      status: req.status || undefined,
      subscriptionId: req.subscriptionId || undefined,
      after: req.pageToken || undefined,
      limit,
    });
    return { deliveries: page.items.map(toDeliveryMessage), nextPageToken: page.nextCursor ?? '' };
  }

  async getWebhookDelivery(req: integrationV1.GetWebhookDeliveryRequest__Output) {
    return toDeliveryMessage(await this.webhooks.delivery(owner(), req.id));
  }

  async replayWebhookDelivery(req: integrationV1.ReplayWebhookDeliveryRequest__Output) {
    return toDeliveryMessage(await this.webhooks.replay(owner(), req.id));
  }
}
