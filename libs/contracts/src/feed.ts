import type { EventDefinition } from '@siapkerja/events';
import {
  BatchCancelled,
  BatchCompleted,
  BatchOpened,
  BatchScheduled,
  BatchStarted,
  CertificateExpired,
  CertificateIssued,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  JobSeekerCardIssued,
  JobSeekerExpired,
  JobSeekerPlaced,
  JobSeekerRegistered,
  JobSeekerRemoved,
  JobSeekerReported,
  ProgramPublished,
  ProgramWithdrawn,
  SchemeRegistered,
  SchemeWithdrawn,
  TkmGroupDissolved,
  TkmGroupRegistered,
  VacancyClosed,
  VacancyExpired,
  VacancyFilled,
  VacancyPublished,
  VacancyRegistered,
  VacancyWithdrawn,
} from './events';
import { TKM_PROPOSAL_DECISION_EVENTS, TkmGroupChanged } from './entrepreneurship-events';
import { BatchSelectionStarted, ProgramUpdated } from './training-events';

/**
 * The resources of the change feed and the events that change each (the integration service projects them; the gateway
 * serves them). A resource's position is its append-lock id in the integration service: append new resources at the end.
 */
export const FEED_RESOURCE_EVENTS = {
  vacancies: [VacancyRegistered, VacancyPublished, VacancyClosed, VacancyFilled, VacancyExpired, VacancyWithdrawn],
  'training-programs': [ProgramPublished, ProgramUpdated, ProgramWithdrawn],
  'certification-schemes': [SchemeRegistered, SchemeWithdrawn],
  'tkm-groups': [TkmGroupRegistered, TkmGroupChanged, TkmGroupDissolved],
  'job-seekers': [JobSeekerRegistered, JobSeekerCardIssued, JobSeekerReported, JobSeekerPlaced, JobSeekerRemoved, JobSeekerExpired],
  'training-batches': [BatchScheduled, BatchOpened, BatchSelectionStarted, BatchStarted, BatchCompleted, BatchCancelled],
  certificates: [CertificateIssued, CertificateSuspended, CertificateReinstated, CertificateRevoked, CertificateExpired],
} satisfies Record<string, EventDefinition<any>[]>;

export type FeedResource = keyof typeof FEED_RESOURCE_EVENTS;
export const FEED_RESOURCE_NAMES = Object.keys(FEED_RESOURCE_EVENTS) as FeedResource[];

export function isFeedResource(s: string): s is FeedResource {
  return Object.prototype.hasOwnProperty.call(FEED_RESOURCE_EVENTS, s);
}

/**
 * Feeds of people's records: read only by Disnaker officers (inside their region) and the ministry, with the jobs:read
 * scope and an X-Purpose, every record served written to the personal-data access log; never offered to partners
 * (their events are not public, so no webhook carries them).
 */
export const PERSONAL_FEED_RESOURCES: readonly FeedResource[] = ['job-seekers'];

export function isPersonalFeedResource(r: FeedResource): boolean {
  return PERSONAL_FEED_RESOURCES.includes(r);
}

/**
 * Public feeds whose events carry a person id (the feed keeps only the status data): their events are not offered to webhooks,
 * which deliver whole events.
 */
export const PERSON_KEYED_FEED_RESOURCES: readonly FeedResource[] = ['certificates'];

/**
 * Public events that webhooks announce although no feed resource projects them: the decisions on TKM proposals (verified,
 * rejected, approved in a decree), which carry ids, amounts and the decree number, never a person.
 */
export const WEBHOOK_ONLY_EVENT_DEFINITIONS: EventDefinition<unknown>[] = [...TKM_PROPOSAL_DECISION_EVENTS] as EventDefinition<unknown>[];

/** Every event type a partner may see (feed and webhooks): the events of public resources, unless they carry a person id. */
export const PUBLIC_EVENT_DEFINITIONS: EventDefinition<unknown>[] = [
  ...FEED_RESOURCE_NAMES.filter((r) => !isPersonalFeedResource(r) && !PERSON_KEYED_FEED_RESOURCES.includes(r)).flatMap(
    (r) => FEED_RESOURCE_EVENTS[r] as EventDefinition<unknown>[],
  ),
  ...WEBHOOK_ONLY_EVENT_DEFINITIONS,
];
export const PUBLIC_EVENT_TYPES: string[] = PUBLIC_EVENT_DEFINITIONS.map((d) => d.type);

/** `region` filter of feeds and webhook subscriptions: a province (NN) matches its regencies (NN.NN) too. */
export const REGION_FILTER_RE = /^\d{2}(\.\d{2})?$/;
