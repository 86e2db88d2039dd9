import { serviceControllers } from '@siapkerja/contracts';
import { FeedGrpc } from './feed/feed.grpc';
import { ImportsGrpc } from './imports/imports.grpc';
import { WebhooksGrpc } from './webhooks/webhooks.grpc';

/**
 * siapkerja.integration.v1.IntegrationService: the feed's and the webhooks' controllers, which together implement every
 * rpc of the generated definition (checked by the type checker, and at start).
 */
export const integrationControllers = serviceControllers('integration')(FeedGrpc, WebhooksGrpc, ImportsGrpc);
