// Original file: proto/siapkerja/integration/v1/integration.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AppendImportLinesRequest as _siapkerja_integration_v1_AppendImportLinesRequest, AppendImportLinesRequest__Output as _siapkerja_integration_v1_AppendImportLinesRequest__Output } from '../../../siapkerja/integration/v1/AppendImportLinesRequest';
import type { AppendImportLinesResponse as _siapkerja_integration_v1_AppendImportLinesResponse, AppendImportLinesResponse__Output as _siapkerja_integration_v1_AppendImportLinesResponse__Output } from '../../../siapkerja/integration/v1/AppendImportLinesResponse';
import type { CompleteImportRequest as _siapkerja_integration_v1_CompleteImportRequest, CompleteImportRequest__Output as _siapkerja_integration_v1_CompleteImportRequest__Output } from '../../../siapkerja/integration/v1/CompleteImportRequest';
import type { CreateFeedSnapshotRequest as _siapkerja_integration_v1_CreateFeedSnapshotRequest, CreateFeedSnapshotRequest__Output as _siapkerja_integration_v1_CreateFeedSnapshotRequest__Output } from '../../../siapkerja/integration/v1/CreateFeedSnapshotRequest';
import type { CreateWebhookSubscriptionRequest as _siapkerja_integration_v1_CreateWebhookSubscriptionRequest, CreateWebhookSubscriptionRequest__Output as _siapkerja_integration_v1_CreateWebhookSubscriptionRequest__Output } from '../../../siapkerja/integration/v1/CreateWebhookSubscriptionRequest';
import type { CreatedWebhookSubscription as _siapkerja_integration_v1_CreatedWebhookSubscription, CreatedWebhookSubscription__Output as _siapkerja_integration_v1_CreatedWebhookSubscription__Output } from '../../../siapkerja/integration/v1/CreatedWebhookSubscription';
import type { DeleteWebhookSubscriptionRequest as _siapkerja_integration_v1_DeleteWebhookSubscriptionRequest, DeleteWebhookSubscriptionRequest__Output as _siapkerja_integration_v1_DeleteWebhookSubscriptionRequest__Output } from '../../../siapkerja/integration/v1/DeleteWebhookSubscriptionRequest';
import type { DeleteWebhookSubscriptionResponse as _siapkerja_integration_v1_DeleteWebhookSubscriptionResponse, DeleteWebhookSubscriptionResponse__Output as _siapkerja_integration_v1_DeleteWebhookSubscriptionResponse__Output } from '../../../siapkerja/integration/v1/DeleteWebhookSubscriptionResponse';
import type { FeedSnapshot as _siapkerja_integration_v1_FeedSnapshot, FeedSnapshot__Output as _siapkerja_integration_v1_FeedSnapshot__Output } from '../../../siapkerja/integration/v1/FeedSnapshot';
import type { FeedSnapshotPart as _siapkerja_integration_v1_FeedSnapshotPart, FeedSnapshotPart__Output as _siapkerja_integration_v1_FeedSnapshotPart__Output } from '../../../siapkerja/integration/v1/FeedSnapshotPart';
import type { GetFeedSnapshotPartRequest as _siapkerja_integration_v1_GetFeedSnapshotPartRequest, GetFeedSnapshotPartRequest__Output as _siapkerja_integration_v1_GetFeedSnapshotPartRequest__Output } from '../../../siapkerja/integration/v1/GetFeedSnapshotPartRequest';
import type { GetFeedSnapshotRequest as _siapkerja_integration_v1_GetFeedSnapshotRequest, GetFeedSnapshotRequest__Output as _siapkerja_integration_v1_GetFeedSnapshotRequest__Output } from '../../../siapkerja/integration/v1/GetFeedSnapshotRequest';
import type { GetImportRequest as _siapkerja_integration_v1_GetImportRequest, GetImportRequest__Output as _siapkerja_integration_v1_GetImportRequest__Output } from '../../../siapkerja/integration/v1/GetImportRequest';
import type { GetWebhookDeliveryRequest as _siapkerja_integration_v1_GetWebhookDeliveryRequest, GetWebhookDeliveryRequest__Output as _siapkerja_integration_v1_GetWebhookDeliveryRequest__Output } from '../../../siapkerja/integration/v1/GetWebhookDeliveryRequest';
import type { GetWebhookSubscriptionRequest as _siapkerja_integration_v1_GetWebhookSubscriptionRequest, GetWebhookSubscriptionRequest__Output as _siapkerja_integration_v1_GetWebhookSubscriptionRequest__Output } from '../../../siapkerja/integration/v1/GetWebhookSubscriptionRequest';
import type { Import as _siapkerja_integration_v1_Import, Import__Output as _siapkerja_integration_v1_Import__Output } from '../../../siapkerja/integration/v1/Import';
import type { ListFeedItemsRequest as _siapkerja_integration_v1_ListFeedItemsRequest, ListFeedItemsRequest__Output as _siapkerja_integration_v1_ListFeedItemsRequest__Output } from '../../../siapkerja/integration/v1/ListFeedItemsRequest';
import type { ListFeedItemsResponse as _siapkerja_integration_v1_ListFeedItemsResponse, ListFeedItemsResponse__Output as _siapkerja_integration_v1_ListFeedItemsResponse__Output } from '../../../siapkerja/integration/v1/ListFeedItemsResponse';
import type { ListImportReceiptsRequest as _siapkerja_integration_v1_ListImportReceiptsRequest, ListImportReceiptsRequest__Output as _siapkerja_integration_v1_ListImportReceiptsRequest__Output } from '../../../siapkerja/integration/v1/ListImportReceiptsRequest';
import type { ListImportReceiptsResponse as _siapkerja_integration_v1_ListImportReceiptsResponse, ListImportReceiptsResponse__Output as _siapkerja_integration_v1_ListImportReceiptsResponse__Output } from '../../../siapkerja/integration/v1/ListImportReceiptsResponse';
import type { ListWebhookDeliveriesRequest as _siapkerja_integration_v1_ListWebhookDeliveriesRequest, ListWebhookDeliveriesRequest__Output as _siapkerja_integration_v1_ListWebhookDeliveriesRequest__Output } from '../../../siapkerja/integration/v1/ListWebhookDeliveriesRequest';
import type { ListWebhookDeliveriesResponse as _siapkerja_integration_v1_ListWebhookDeliveriesResponse, ListWebhookDeliveriesResponse__Output as _siapkerja_integration_v1_ListWebhookDeliveriesResponse__Output } from '../../../siapkerja/integration/v1/ListWebhookDeliveriesResponse';
import type { ListWebhookEventTypesRequest as _siapkerja_integration_v1_ListWebhookEventTypesRequest, ListWebhookEventTypesRequest__Output as _siapkerja_integration_v1_ListWebhookEventTypesRequest__Output } from '../../../siapkerja/integration/v1/ListWebhookEventTypesRequest';
import type { ListWebhookEventTypesResponse as _siapkerja_integration_v1_ListWebhookEventTypesResponse, ListWebhookEventTypesResponse__Output as _siapkerja_integration_v1_ListWebhookEventTypesResponse__Output } from '../../../siapkerja/integration/v1/ListWebhookEventTypesResponse';
import type { ListWebhookSubscriptionsRequest as _siapkerja_integration_v1_ListWebhookSubscriptionsRequest, ListWebhookSubscriptionsRequest__Output as _siapkerja_integration_v1_ListWebhookSubscriptionsRequest__Output } from '../../../siapkerja/integration/v1/ListWebhookSubscriptionsRequest';
import type { ListWebhookSubscriptionsResponse as _siapkerja_integration_v1_ListWebhookSubscriptionsResponse, ListWebhookSubscriptionsResponse__Output as _siapkerja_integration_v1_ListWebhookSubscriptionsResponse__Output } from '../../../siapkerja/integration/v1/ListWebhookSubscriptionsResponse';
import type { ReplayWebhookDeliveryRequest as _siapkerja_integration_v1_ReplayWebhookDeliveryRequest, ReplayWebhookDeliveryRequest__Output as _siapkerja_integration_v1_ReplayWebhookDeliveryRequest__Output } from '../../../siapkerja/integration/v1/ReplayWebhookDeliveryRequest';
import type { StartImportRequest as _siapkerja_integration_v1_StartImportRequest, StartImportRequest__Output as _siapkerja_integration_v1_StartImportRequest__Output } from '../../../siapkerja/integration/v1/StartImportRequest';
import type { WebhookDelivery as _siapkerja_integration_v1_WebhookDelivery, WebhookDelivery__Output as _siapkerja_integration_v1_WebhookDelivery__Output } from '../../../siapkerja/integration/v1/WebhookDelivery';
import type { WebhookSubscription as _siapkerja_integration_v1_WebhookSubscription, WebhookSubscription__Output as _siapkerja_integration_v1_WebhookSubscription__Output } from '../../../siapkerja/integration/v1/WebhookSubscription';

export interface IntegrationServiceClient extends grpc.Client {
  AppendImportLines(argument: _siapkerja_integration_v1_AppendImportLinesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_AppendImportLinesResponse__Output>): grpc.ClientUnaryCall;
  AppendImportLines(argument: _siapkerja_integration_v1_AppendImportLinesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_AppendImportLinesResponse__Output>): grpc.ClientUnaryCall;
  AppendImportLines(argument: _siapkerja_integration_v1_AppendImportLinesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_AppendImportLinesResponse__Output>): grpc.ClientUnaryCall;
  AppendImportLines(argument: _siapkerja_integration_v1_AppendImportLinesRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_AppendImportLinesResponse__Output>): grpc.ClientUnaryCall;
  appendImportLines(argument: _siapkerja_integration_v1_AppendImportLinesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_AppendImportLinesResponse__Output>): grpc.ClientUnaryCall;
  appendImportLines(argument: _siapkerja_integration_v1_AppendImportLinesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_AppendImportLinesResponse__Output>): grpc.ClientUnaryCall;
  appendImportLines(argument: _siapkerja_integration_v1_AppendImportLinesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_AppendImportLinesResponse__Output>): grpc.ClientUnaryCall;
  appendImportLines(argument: _siapkerja_integration_v1_AppendImportLinesRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_AppendImportLinesResponse__Output>): grpc.ClientUnaryCall;
  
  CompleteImport(argument: _siapkerja_integration_v1_CompleteImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  CompleteImport(argument: _siapkerja_integration_v1_CompleteImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  CompleteImport(argument: _siapkerja_integration_v1_CompleteImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  CompleteImport(argument: _siapkerja_integration_v1_CompleteImportRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  completeImport(argument: _siapkerja_integration_v1_CompleteImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  completeImport(argument: _siapkerja_integration_v1_CompleteImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  completeImport(argument: _siapkerja_integration_v1_CompleteImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  completeImport(argument: _siapkerja_integration_v1_CompleteImportRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  
  CreateFeedSnapshot(argument: _siapkerja_integration_v1_CreateFeedSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  CreateFeedSnapshot(argument: _siapkerja_integration_v1_CreateFeedSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  CreateFeedSnapshot(argument: _siapkerja_integration_v1_CreateFeedSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  CreateFeedSnapshot(argument: _siapkerja_integration_v1_CreateFeedSnapshotRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  createFeedSnapshot(argument: _siapkerja_integration_v1_CreateFeedSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  createFeedSnapshot(argument: _siapkerja_integration_v1_CreateFeedSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  createFeedSnapshot(argument: _siapkerja_integration_v1_CreateFeedSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  createFeedSnapshot(argument: _siapkerja_integration_v1_CreateFeedSnapshotRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  
  CreateWebhookSubscription(argument: _siapkerja_integration_v1_CreateWebhookSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_CreatedWebhookSubscription__Output>): grpc.ClientUnaryCall;
  CreateWebhookSubscription(argument: _siapkerja_integration_v1_CreateWebhookSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_CreatedWebhookSubscription__Output>): grpc.ClientUnaryCall;
  CreateWebhookSubscription(argument: _siapkerja_integration_v1_CreateWebhookSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_CreatedWebhookSubscription__Output>): grpc.ClientUnaryCall;
  CreateWebhookSubscription(argument: _siapkerja_integration_v1_CreateWebhookSubscriptionRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_CreatedWebhookSubscription__Output>): grpc.ClientUnaryCall;
  createWebhookSubscription(argument: _siapkerja_integration_v1_CreateWebhookSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_CreatedWebhookSubscription__Output>): grpc.ClientUnaryCall;
  createWebhookSubscription(argument: _siapkerja_integration_v1_CreateWebhookSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_CreatedWebhookSubscription__Output>): grpc.ClientUnaryCall;
  createWebhookSubscription(argument: _siapkerja_integration_v1_CreateWebhookSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_CreatedWebhookSubscription__Output>): grpc.ClientUnaryCall;
  createWebhookSubscription(argument: _siapkerja_integration_v1_CreateWebhookSubscriptionRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_CreatedWebhookSubscription__Output>): grpc.ClientUnaryCall;
  
  DeleteWebhookSubscription(argument: _siapkerja_integration_v1_DeleteWebhookSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_DeleteWebhookSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  DeleteWebhookSubscription(argument: _siapkerja_integration_v1_DeleteWebhookSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_DeleteWebhookSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  DeleteWebhookSubscription(argument: _siapkerja_integration_v1_DeleteWebhookSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_DeleteWebhookSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  DeleteWebhookSubscription(argument: _siapkerja_integration_v1_DeleteWebhookSubscriptionRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_DeleteWebhookSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  deleteWebhookSubscription(argument: _siapkerja_integration_v1_DeleteWebhookSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_DeleteWebhookSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  deleteWebhookSubscription(argument: _siapkerja_integration_v1_DeleteWebhookSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_DeleteWebhookSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  deleteWebhookSubscription(argument: _siapkerja_integration_v1_DeleteWebhookSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_DeleteWebhookSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  deleteWebhookSubscription(argument: _siapkerja_integration_v1_DeleteWebhookSubscriptionRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_DeleteWebhookSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  
  GetFeedSnapshot(argument: _siapkerja_integration_v1_GetFeedSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  GetFeedSnapshot(argument: _siapkerja_integration_v1_GetFeedSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  GetFeedSnapshot(argument: _siapkerja_integration_v1_GetFeedSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  GetFeedSnapshot(argument: _siapkerja_integration_v1_GetFeedSnapshotRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  getFeedSnapshot(argument: _siapkerja_integration_v1_GetFeedSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  getFeedSnapshot(argument: _siapkerja_integration_v1_GetFeedSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  getFeedSnapshot(argument: _siapkerja_integration_v1_GetFeedSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  getFeedSnapshot(argument: _siapkerja_integration_v1_GetFeedSnapshotRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshot__Output>): grpc.ClientUnaryCall;
  
  GetFeedSnapshotPart(argument: _siapkerja_integration_v1_GetFeedSnapshotPartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshotPart__Output>): grpc.ClientUnaryCall;
  GetFeedSnapshotPart(argument: _siapkerja_integration_v1_GetFeedSnapshotPartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshotPart__Output>): grpc.ClientUnaryCall;
  GetFeedSnapshotPart(argument: _siapkerja_integration_v1_GetFeedSnapshotPartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshotPart__Output>): grpc.ClientUnaryCall;
  GetFeedSnapshotPart(argument: _siapkerja_integration_v1_GetFeedSnapshotPartRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshotPart__Output>): grpc.ClientUnaryCall;
  getFeedSnapshotPart(argument: _siapkerja_integration_v1_GetFeedSnapshotPartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshotPart__Output>): grpc.ClientUnaryCall;
  getFeedSnapshotPart(argument: _siapkerja_integration_v1_GetFeedSnapshotPartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshotPart__Output>): grpc.ClientUnaryCall;
  getFeedSnapshotPart(argument: _siapkerja_integration_v1_GetFeedSnapshotPartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshotPart__Output>): grpc.ClientUnaryCall;
  getFeedSnapshotPart(argument: _siapkerja_integration_v1_GetFeedSnapshotPartRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_FeedSnapshotPart__Output>): grpc.ClientUnaryCall;
  
  GetImport(argument: _siapkerja_integration_v1_GetImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  GetImport(argument: _siapkerja_integration_v1_GetImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  GetImport(argument: _siapkerja_integration_v1_GetImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  GetImport(argument: _siapkerja_integration_v1_GetImportRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  getImport(argument: _siapkerja_integration_v1_GetImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  getImport(argument: _siapkerja_integration_v1_GetImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  getImport(argument: _siapkerja_integration_v1_GetImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  getImport(argument: _siapkerja_integration_v1_GetImportRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  
  GetWebhookDelivery(argument: _siapkerja_integration_v1_GetWebhookDeliveryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  GetWebhookDelivery(argument: _siapkerja_integration_v1_GetWebhookDeliveryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  GetWebhookDelivery(argument: _siapkerja_integration_v1_GetWebhookDeliveryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  GetWebhookDelivery(argument: _siapkerja_integration_v1_GetWebhookDeliveryRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  getWebhookDelivery(argument: _siapkerja_integration_v1_GetWebhookDeliveryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  getWebhookDelivery(argument: _siapkerja_integration_v1_GetWebhookDeliveryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  getWebhookDelivery(argument: _siapkerja_integration_v1_GetWebhookDeliveryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  getWebhookDelivery(argument: _siapkerja_integration_v1_GetWebhookDeliveryRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  
  GetWebhookSubscription(argument: _siapkerja_integration_v1_GetWebhookSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookSubscription__Output>): grpc.ClientUnaryCall;
  GetWebhookSubscription(argument: _siapkerja_integration_v1_GetWebhookSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookSubscription__Output>): grpc.ClientUnaryCall;
  GetWebhookSubscription(argument: _siapkerja_integration_v1_GetWebhookSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookSubscription__Output>): grpc.ClientUnaryCall;
  GetWebhookSubscription(argument: _siapkerja_integration_v1_GetWebhookSubscriptionRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookSubscription__Output>): grpc.ClientUnaryCall;
  getWebhookSubscription(argument: _siapkerja_integration_v1_GetWebhookSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookSubscription__Output>): grpc.ClientUnaryCall;
  getWebhookSubscription(argument: _siapkerja_integration_v1_GetWebhookSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookSubscription__Output>): grpc.ClientUnaryCall;
  getWebhookSubscription(argument: _siapkerja_integration_v1_GetWebhookSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookSubscription__Output>): grpc.ClientUnaryCall;
  getWebhookSubscription(argument: _siapkerja_integration_v1_GetWebhookSubscriptionRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookSubscription__Output>): grpc.ClientUnaryCall;
  
  ListFeedItems(argument: _siapkerja_integration_v1_ListFeedItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListFeedItemsResponse__Output>): grpc.ClientUnaryCall;
  ListFeedItems(argument: _siapkerja_integration_v1_ListFeedItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_ListFeedItemsResponse__Output>): grpc.ClientUnaryCall;
  ListFeedItems(argument: _siapkerja_integration_v1_ListFeedItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListFeedItemsResponse__Output>): grpc.ClientUnaryCall;
  ListFeedItems(argument: _siapkerja_integration_v1_ListFeedItemsRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_ListFeedItemsResponse__Output>): grpc.ClientUnaryCall;
  listFeedItems(argument: _siapkerja_integration_v1_ListFeedItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListFeedItemsResponse__Output>): grpc.ClientUnaryCall;
  listFeedItems(argument: _siapkerja_integration_v1_ListFeedItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_ListFeedItemsResponse__Output>): grpc.ClientUnaryCall;
  listFeedItems(argument: _siapkerja_integration_v1_ListFeedItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListFeedItemsResponse__Output>): grpc.ClientUnaryCall;
  listFeedItems(argument: _siapkerja_integration_v1_ListFeedItemsRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_ListFeedItemsResponse__Output>): grpc.ClientUnaryCall;
  
  ListImportReceipts(argument: _siapkerja_integration_v1_ListImportReceiptsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListImportReceiptsResponse__Output>): grpc.ClientUnaryCall;
  ListImportReceipts(argument: _siapkerja_integration_v1_ListImportReceiptsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_ListImportReceiptsResponse__Output>): grpc.ClientUnaryCall;
  ListImportReceipts(argument: _siapkerja_integration_v1_ListImportReceiptsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListImportReceiptsResponse__Output>): grpc.ClientUnaryCall;
  ListImportReceipts(argument: _siapkerja_integration_v1_ListImportReceiptsRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_ListImportReceiptsResponse__Output>): grpc.ClientUnaryCall;
  listImportReceipts(argument: _siapkerja_integration_v1_ListImportReceiptsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListImportReceiptsResponse__Output>): grpc.ClientUnaryCall;
  listImportReceipts(argument: _siapkerja_integration_v1_ListImportReceiptsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_ListImportReceiptsResponse__Output>): grpc.ClientUnaryCall;
  listImportReceipts(argument: _siapkerja_integration_v1_ListImportReceiptsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListImportReceiptsResponse__Output>): grpc.ClientUnaryCall;
  listImportReceipts(argument: _siapkerja_integration_v1_ListImportReceiptsRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_ListImportReceiptsResponse__Output>): grpc.ClientUnaryCall;
  
  ListWebhookDeliveries(argument: _siapkerja_integration_v1_ListWebhookDeliveriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookDeliveries(argument: _siapkerja_integration_v1_ListWebhookDeliveriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookDeliveries(argument: _siapkerja_integration_v1_ListWebhookDeliveriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookDeliveries(argument: _siapkerja_integration_v1_ListWebhookDeliveriesRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listWebhookDeliveries(argument: _siapkerja_integration_v1_ListWebhookDeliveriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listWebhookDeliveries(argument: _siapkerja_integration_v1_ListWebhookDeliveriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listWebhookDeliveries(argument: _siapkerja_integration_v1_ListWebhookDeliveriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listWebhookDeliveries(argument: _siapkerja_integration_v1_ListWebhookDeliveriesRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  
  ListWebhookEventTypes(argument: _siapkerja_integration_v1_ListWebhookEventTypesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookEventTypesResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookEventTypes(argument: _siapkerja_integration_v1_ListWebhookEventTypesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookEventTypesResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookEventTypes(argument: _siapkerja_integration_v1_ListWebhookEventTypesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookEventTypesResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookEventTypes(argument: _siapkerja_integration_v1_ListWebhookEventTypesRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookEventTypesResponse__Output>): grpc.ClientUnaryCall;
  listWebhookEventTypes(argument: _siapkerja_integration_v1_ListWebhookEventTypesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookEventTypesResponse__Output>): grpc.ClientUnaryCall;
  listWebhookEventTypes(argument: _siapkerja_integration_v1_ListWebhookEventTypesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookEventTypesResponse__Output>): grpc.ClientUnaryCall;
  listWebhookEventTypes(argument: _siapkerja_integration_v1_ListWebhookEventTypesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookEventTypesResponse__Output>): grpc.ClientUnaryCall;
  listWebhookEventTypes(argument: _siapkerja_integration_v1_ListWebhookEventTypesRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookEventTypesResponse__Output>): grpc.ClientUnaryCall;
  
  ListWebhookSubscriptions(argument: _siapkerja_integration_v1_ListWebhookSubscriptionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookSubscriptions(argument: _siapkerja_integration_v1_ListWebhookSubscriptionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookSubscriptions(argument: _siapkerja_integration_v1_ListWebhookSubscriptionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookSubscriptions(argument: _siapkerja_integration_v1_ListWebhookSubscriptionsRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  listWebhookSubscriptions(argument: _siapkerja_integration_v1_ListWebhookSubscriptionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  listWebhookSubscriptions(argument: _siapkerja_integration_v1_ListWebhookSubscriptionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  listWebhookSubscriptions(argument: _siapkerja_integration_v1_ListWebhookSubscriptionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  listWebhookSubscriptions(argument: _siapkerja_integration_v1_ListWebhookSubscriptionsRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_ListWebhookSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  
  ReplayWebhookDelivery(argument: _siapkerja_integration_v1_ReplayWebhookDeliveryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  ReplayWebhookDelivery(argument: _siapkerja_integration_v1_ReplayWebhookDeliveryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  ReplayWebhookDelivery(argument: _siapkerja_integration_v1_ReplayWebhookDeliveryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  ReplayWebhookDelivery(argument: _siapkerja_integration_v1_ReplayWebhookDeliveryRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  replayWebhookDelivery(argument: _siapkerja_integration_v1_ReplayWebhookDeliveryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  replayWebhookDelivery(argument: _siapkerja_integration_v1_ReplayWebhookDeliveryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  replayWebhookDelivery(argument: _siapkerja_integration_v1_ReplayWebhookDeliveryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  replayWebhookDelivery(argument: _siapkerja_integration_v1_ReplayWebhookDeliveryRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  
  StartImport(argument: _siapkerja_integration_v1_StartImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  StartImport(argument: _siapkerja_integration_v1_StartImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  StartImport(argument: _siapkerja_integration_v1_StartImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  StartImport(argument: _siapkerja_integration_v1_StartImportRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  startImport(argument: _siapkerja_integration_v1_StartImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  startImport(argument: _siapkerja_integration_v1_StartImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  startImport(argument: _siapkerja_integration_v1_StartImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  startImport(argument: _siapkerja_integration_v1_StartImportRequest, callback: grpc.requestCallback<_siapkerja_integration_v1_Import__Output>): grpc.ClientUnaryCall;
  
}

export interface IntegrationServiceHandlers extends grpc.UntypedServiceImplementation {
  AppendImportLines: grpc.handleUnaryCall<_siapkerja_integration_v1_AppendImportLinesRequest__Output, _siapkerja_integration_v1_AppendImportLinesResponse>;
  
  CompleteImport: grpc.handleUnaryCall<_siapkerja_integration_v1_CompleteImportRequest__Output, _siapkerja_integration_v1_Import>;
  
  CreateFeedSnapshot: grpc.handleUnaryCall<_siapkerja_integration_v1_CreateFeedSnapshotRequest__Output, _siapkerja_integration_v1_FeedSnapshot>;
  
  CreateWebhookSubscription: grpc.handleUnaryCall<_siapkerja_integration_v1_CreateWebhookSubscriptionRequest__Output, _siapkerja_integration_v1_CreatedWebhookSubscription>;
  
  DeleteWebhookSubscription: grpc.handleUnaryCall<_siapkerja_integration_v1_DeleteWebhookSubscriptionRequest__Output, _siapkerja_integration_v1_DeleteWebhookSubscriptionResponse>;
  
  GetFeedSnapshot: grpc.handleUnaryCall<_siapkerja_integration_v1_GetFeedSnapshotRequest__Output, _siapkerja_integration_v1_FeedSnapshot>;
  
  GetFeedSnapshotPart: grpc.handleUnaryCall<_siapkerja_integration_v1_GetFeedSnapshotPartRequest__Output, _siapkerja_integration_v1_FeedSnapshotPart>;
  
  GetImport: grpc.handleUnaryCall<_siapkerja_integration_v1_GetImportRequest__Output, _siapkerja_integration_v1_Import>;
  
  GetWebhookDelivery: grpc.handleUnaryCall<_siapkerja_integration_v1_GetWebhookDeliveryRequest__Output, _siapkerja_integration_v1_WebhookDelivery>;
  
  GetWebhookSubscription: grpc.handleUnaryCall<_siapkerja_integration_v1_GetWebhookSubscriptionRequest__Output, _siapkerja_integration_v1_WebhookSubscription>;
  
  ListFeedItems: grpc.handleUnaryCall<_siapkerja_integration_v1_ListFeedItemsRequest__Output, _siapkerja_integration_v1_ListFeedItemsResponse>;
  
  ListImportReceipts: grpc.handleUnaryCall<_siapkerja_integration_v1_ListImportReceiptsRequest__Output, _siapkerja_integration_v1_ListImportReceiptsResponse>;
  
  ListWebhookDeliveries: grpc.handleUnaryCall<_siapkerja_integration_v1_ListWebhookDeliveriesRequest__Output, _siapkerja_integration_v1_ListWebhookDeliveriesResponse>;
  
  ListWebhookEventTypes: grpc.handleUnaryCall<_siapkerja_integration_v1_ListWebhookEventTypesRequest__Output, _siapkerja_integration_v1_ListWebhookEventTypesResponse>;
  
  ListWebhookSubscriptions: grpc.handleUnaryCall<_siapkerja_integration_v1_ListWebhookSubscriptionsRequest__Output, _siapkerja_integration_v1_ListWebhookSubscriptionsResponse>;
  
  ReplayWebhookDelivery: grpc.handleUnaryCall<_siapkerja_integration_v1_ReplayWebhookDeliveryRequest__Output, _siapkerja_integration_v1_WebhookDelivery>;
  
  StartImport: grpc.handleUnaryCall<_siapkerja_integration_v1_StartImportRequest__Output, _siapkerja_integration_v1_Import>;
  
}

export interface IntegrationServiceDefinition extends grpc.ServiceDefinition {
  AppendImportLines: MethodDefinition<_siapkerja_integration_v1_AppendImportLinesRequest, _siapkerja_integration_v1_AppendImportLinesResponse, _siapkerja_integration_v1_AppendImportLinesRequest__Output, _siapkerja_integration_v1_AppendImportLinesResponse__Output>
  CompleteImport: MethodDefinition<_siapkerja_integration_v1_CompleteImportRequest, _siapkerja_integration_v1_Import, _siapkerja_integration_v1_CompleteImportRequest__Output, _siapkerja_integration_v1_Import__Output>
  CreateFeedSnapshot: MethodDefinition<_siapkerja_integration_v1_CreateFeedSnapshotRequest, _siapkerja_integration_v1_FeedSnapshot, _siapkerja_integration_v1_CreateFeedSnapshotRequest__Output, _siapkerja_integration_v1_FeedSnapshot__Output>
  CreateWebhookSubscription: MethodDefinition<_siapkerja_integration_v1_CreateWebhookSubscriptionRequest, _siapkerja_integration_v1_CreatedWebhookSubscription, _siapkerja_integration_v1_CreateWebhookSubscriptionRequest__Output, _siapkerja_integration_v1_CreatedWebhookSubscription__Output>
  DeleteWebhookSubscription: MethodDefinition<_siapkerja_integration_v1_DeleteWebhookSubscriptionRequest, _siapkerja_integration_v1_DeleteWebhookSubscriptionResponse, _siapkerja_integration_v1_DeleteWebhookSubscriptionRequest__Output, _siapkerja_integration_v1_DeleteWebhookSubscriptionResponse__Output>
  GetFeedSnapshot: MethodDefinition<_siapkerja_integration_v1_GetFeedSnapshotRequest, _siapkerja_integration_v1_FeedSnapshot, _siapkerja_integration_v1_GetFeedSnapshotRequest__Output, _siapkerja_integration_v1_FeedSnapshot__Output>
  GetFeedSnapshotPart: MethodDefinition<_siapkerja_integration_v1_GetFeedSnapshotPartRequest, _siapkerja_integration_v1_FeedSnapshotPart, _siapkerja_integration_v1_GetFeedSnapshotPartRequest__Output, _siapkerja_integration_v1_FeedSnapshotPart__Output>
  GetImport: MethodDefinition<_siapkerja_integration_v1_GetImportRequest, _siapkerja_integration_v1_Import, _siapkerja_integration_v1_GetImportRequest__Output, _siapkerja_integration_v1_Import__Output>
  GetWebhookDelivery: MethodDefinition<_siapkerja_integration_v1_GetWebhookDeliveryRequest, _siapkerja_integration_v1_WebhookDelivery, _siapkerja_integration_v1_GetWebhookDeliveryRequest__Output, _siapkerja_integration_v1_WebhookDelivery__Output>
  GetWebhookSubscription: MethodDefinition<_siapkerja_integration_v1_GetWebhookSubscriptionRequest, _siapkerja_integration_v1_WebhookSubscription, _siapkerja_integration_v1_GetWebhookSubscriptionRequest__Output, _siapkerja_integration_v1_WebhookSubscription__Output>
  ListFeedItems: MethodDefinition<_siapkerja_integration_v1_ListFeedItemsRequest, _siapkerja_integration_v1_ListFeedItemsResponse, _siapkerja_integration_v1_ListFeedItemsRequest__Output, _siapkerja_integration_v1_ListFeedItemsResponse__Output>
  ListImportReceipts: MethodDefinition<_siapkerja_integration_v1_ListImportReceiptsRequest, _siapkerja_integration_v1_ListImportReceiptsResponse, _siapkerja_integration_v1_ListImportReceiptsRequest__Output, _siapkerja_integration_v1_ListImportReceiptsResponse__Output>
  ListWebhookDeliveries: MethodDefinition<_siapkerja_integration_v1_ListWebhookDeliveriesRequest, _siapkerja_integration_v1_ListWebhookDeliveriesResponse, _siapkerja_integration_v1_ListWebhookDeliveriesRequest__Output, _siapkerja_integration_v1_ListWebhookDeliveriesResponse__Output>
  ListWebhookEventTypes: MethodDefinition<_siapkerja_integration_v1_ListWebhookEventTypesRequest, _siapkerja_integration_v1_ListWebhookEventTypesResponse, _siapkerja_integration_v1_ListWebhookEventTypesRequest__Output, _siapkerja_integration_v1_ListWebhookEventTypesResponse__Output>
  ListWebhookSubscriptions: MethodDefinition<_siapkerja_integration_v1_ListWebhookSubscriptionsRequest, _siapkerja_integration_v1_ListWebhookSubscriptionsResponse, _siapkerja_integration_v1_ListWebhookSubscriptionsRequest__Output, _siapkerja_integration_v1_ListWebhookSubscriptionsResponse__Output>
  ReplayWebhookDelivery: MethodDefinition<_siapkerja_integration_v1_ReplayWebhookDeliveryRequest, _siapkerja_integration_v1_WebhookDelivery, _siapkerja_integration_v1_ReplayWebhookDeliveryRequest__Output, _siapkerja_integration_v1_WebhookDelivery__Output>
  StartImport: MethodDefinition<_siapkerja_integration_v1_StartImportRequest, _siapkerja_integration_v1_Import, _siapkerja_integration_v1_StartImportRequest__Output, _siapkerja_integration_v1_Import__Output>
}
