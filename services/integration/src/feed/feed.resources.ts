import {
  CertificateExpired,
  CertificateIssued,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  type CertificateEventData,
  JobSeekerCardIssued,
  JobSeekerExpired,
  JobSeekerPlaced,
  JobSeekerRegistered,
  JobSeekerRemoved,
  JobSeekerReported,
  VacancyClosed,
  VacancyExpired,
  VacancyFilled,
  VacancyPublished,
  ProgramPublished,
  ProgramWithdrawn,
  SchemeRegistered,
  BatchCancelled,
  BatchCompleted,
  BatchOpened,
  BatchScheduled,
  BatchSelectionStarted,
  ProgramUpdated,
  BatchStarted,
  type BatchEventData,
  SchemeWithdrawn,
  TkmGroupChanged,
  TkmGroupDissolved,
  TkmGroupRegistered,
  VacancyRegistered,
  VacancyWithdrawn,
} from '@siapkerja/contracts';
import type { EventDefinition, EventEnvelope } from '@siapkerja/events';
import type { FeedResource } from '@siapkerja/contracts';

/** One change of a public resource, as the feed records it. */
export interface FeedChange {
  resourceId: string;
  op: 'upsert' | 'delete';
  /** the public representation (same field names as the REST resource); null for a deletion */
  data: Record<string, unknown> | null;
  regionCode: string | null;
  /** data is a partial update, merged onto the resource's latest representation in the feed */
  patch?: boolean;
}

export interface FeedSource<T = any> {
  def: EventDefinition<T>;
  change(e: EventEnvelope<T>): FeedChange;
}

function source<T>(def: EventDefinition<T>, change: (e: EventEnvelope<T>) => FeedChange): FeedSource<T> {
  return { def, change };
}

/** A batch as the REST representation names it (the cancellation reason is free text and stays in the training service). */
function batchFeedData(d: BatchEventData): Record<string, unknown> {
  return {
    id: d.batchId,
    programId: d.programId,
    programTitle: d.programTitle,
    kbjiCode: d.kbjiCode,
    regionCode: d.regionCode,
    startDate: d.startDate,
    endDate: d.endDate,
    registrationOpens: d.registrationOpens,
    registrationCloses: d.registrationCloses,
    capacity: d.capacity,
    acceptedCount: d.acceptedCount,
    mode: d.mode,
    state: d.state,
    updatedAt: d.occurredAt,
  };
}

/** A certificate's status data for the feed: never the person id, NIK or name (the events carry the person id; the feed drops it). */
function certificateChange(e: EventEnvelope<CertificateEventData>, first: boolean): FeedChange {
  const d = e.data;
  const status = { status: d.status, issueDate: d.issueDate, validUntil: d.validUntil, updatedAt: d.occurredAt };
  return {
    resourceId: d.certificateId,
    op: 'upsert',
    regionCode: null, // certificates are national (BNSP), like their schemes
    ...(first
      ? {
          data: {
            id: d.certificateId,
            number: d.number,
            schemeId: d.schemeId,
            schemeCode: d.schemeCode,
            competencyUnits: d.competencyUnits,
            kbjiCode: d.kbjiCode ?? null,
            ...status,
            createdAt: d.occurredAt,
          },
        }
      : { patch: true, data: status }),
  };
}

/**
 * How each event of a feed resource (libs/contracts FEED_RESOURCE_EVENTS: which events, in which order) becomes a feed
 * change. Employers are not in the feed; job seekers only for officers.
 * `data` is built from the event's public fields (events carry no personal data), so ingestion does not
 * depend on the owning service being up; the field names are those of the REST representation.
 */
export const FEED_RESOURCES = {
  vacancies: [
    source(VacancyRegistered, (e) => ({
      resourceId: e.data.vacancyId,
      op: 'upsert',
      regionCode: e.data.regionCode,
      data: {
        id: e.data.vacancyId,
        employerId: e.data.employerId,
        positionName: e.data.positionName,
        kbjiCode: e.data.kbjiCode,
        regionCode: e.data.regionCode,
        numberNeeded: e.data.numberNeeded,
        validFrom: e.data.validFrom,
        validUntil: e.data.validUntil,
        state: e.data.state,
        createdAt: e.data.registeredAt,
      },
    })),
    // lifecycle transitions are updates: the vacancy stays readable, its state (and what the event adds) changes
    source(VacancyPublished, (e) => ({
      resourceId: e.data.vacancyId,
      op: 'upsert',
      patch: true,
      regionCode: e.data.regionCode,
      data: {
        id: e.data.vacancyId,
        employerId: e.data.employerId,
        positionName: e.data.positionName,
        kbjiCode: e.data.kbjiCode,
        kbliCode: e.data.kbliCode,
        regionCode: e.data.regionCode,
        numberNeeded: e.data.numberNeeded,
        validFrom: e.data.validFrom,
        validUntil: e.data.validUntil,
        sexRequirement: e.data.sexRequirement,
        minEducation: e.data.minEducation,
        employmentType: e.data.employmentType,
        overseas: e.data.overseas,
        ...(e.data.destinationCountry ? { destinationCountry: e.data.destinationCountry } : {}),
        state: e.data.state,
        publishedAt: e.data.publishedAt,
        updatedAt: e.data.publishedAt,
      },
    })),
    source(VacancyClosed, (e) => ({
      resourceId: e.data.vacancyId,
      op: 'upsert',
      patch: true,
      regionCode: e.data.regionCode,
      data: { state: e.data.state, updatedAt: e.data.closedAt },
    })),
    source(VacancyFilled, (e) => ({
      resourceId: e.data.vacancyId,
      op: 'upsert',
      patch: true,
      regionCode: e.data.regionCode,
      data: { state: e.data.state, numberHired: e.data.numberHired, updatedAt: e.data.filledAt },
    })),
    source(VacancyExpired, (e) => ({
      resourceId: e.data.vacancyId,
      op: 'upsert',
      patch: true,
      regionCode: e.data.regionCode,
      data: { state: e.data.state, updatedAt: e.data.expiredAt },
    })),
    source(VacancyWithdrawn, (e) => ({
      resourceId: e.data.vacancyId,
      op: 'delete',
      regionCode: e.data.regionCode ?? e.regioncode ?? null,
      data: null,
    })),
  ],
  'training-programs': [
    source(ProgramPublished, (e) => ({
      resourceId: e.data.programId,
      op: 'upsert',
      regionCode: e.data.regionCode,
      data: {
        id: e.data.programId,
        title: e.data.title,
        regionCode: e.data.regionCode,
        kbjiCode: e.data.kbjiCode,
        competencyUnits: e.data.competencyUnits,
        capacity: e.data.capacity,
        createdAt: e.data.publishedAt,
      },
    })),
    // a published program's catalogue fields changed: the event is the whole current view
    source(ProgramUpdated, (e) => ({
      resourceId: e.data.programId,
      op: 'upsert',
      patch: true,
      regionCode: e.data.regionCode,
      data: {
        title: e.data.title,
        regionCode: e.data.regionCode,
        kbjiCode: e.data.kbjiCode,
        competencyUnits: e.data.competencyUnits,
        capacity: e.data.capacity,
        mode: e.data.mode,
        updatedAt: e.data.updatedAt,
      },
    })),
    source(ProgramWithdrawn, (e) => ({
      resourceId: e.data.programId,
      op: 'delete',
      regionCode: e.data.regionCode ?? e.regioncode ?? null,
      data: null,
    })),
  ],
  'certification-schemes': [
    source(SchemeRegistered, (e) => ({
      resourceId: e.data.schemeId,
      op: 'upsert',
      regionCode: null, // schemes are national (BNSP)
      data: {
        id: e.data.schemeId,
        code: e.data.code,
        schemeType: e.data.schemeType,
        kkniLevel: e.data.kkniLevel,
        competencyUnits: e.data.competencyUnits,
        createdAt: e.data.registeredAt,
      },
    })),
    source(SchemeWithdrawn, (e) => ({ resourceId: e.data.schemeId, op: 'delete', regionCode: null, data: null })),
  ],
  'tkm-groups': [
    source(TkmGroupRegistered, (e) => ({
      resourceId: e.data.groupId,
      op: 'upsert',
      regionCode: e.data.regionCode,
      data: {
        id: e.data.groupId,
        programKind: e.data.programKind,
        regionCode: e.data.regionCode,
        memberCount: e.data.memberCount,
        createdAt: e.data.registeredAt,
      },
    })),
    // members joining or leaving, a mentor, the business status: counts only, no member is named
    source(TkmGroupChanged, (e) => ({
      resourceId: e.data.groupId,
      op: 'upsert',
      patch: true,
      regionCode: e.data.regionCode,
      data: {
        programKind: e.data.programCode,
        memberCount: e.data.memberCount,
        status: e.data.status,
        mentorAssigned: e.data.mentorAssigned,
        updatedAt: e.data.occurredAt,
      },
    })),
    source(TkmGroupDissolved, (e) => ({
      resourceId: e.data.groupId,
      op: 'delete',
      regionCode: e.data.regionCode ?? e.regioncode ?? null,
      data: null,
    })),
  ],
  /**
   * Not public (see PERSONAL_FEED_RESOURCES): Disnaker officers and the ministry only. The feed stores what the events carry
   * that is not personal (state, regency, card dates); the personal record is added at read time (feed.personal.ts).
   */
  'job-seekers': [
    source(JobSeekerRegistered, (e) => ({
      resourceId: e.data.jobSeekerId,
      op: 'upsert',
      regionCode: e.data.regionCode,
      data: {
        id: e.data.jobSeekerId,
        regionCode: e.data.regionCode,
        state: e.data.state,
        cardIssued: e.data.cardIssued,
        createdAt: e.data.registeredAt,
        updatedAt: e.data.registeredAt,
      },
    })),
    source(JobSeekerCardIssued, (e) => ({
      resourceId: e.data.jobSeekerId,
      op: 'upsert',
      patch: true,
      regionCode: e.data.regionCode,
      data: {
        regionCode: e.data.regionCode,
        state: e.data.state,
        cardIssued: true,
        card: { issuingRegionCode: e.data.issuingRegionCode, issueDate: e.data.issueDate, validUntil: e.data.validUntil },
        updatedAt: e.data.issuedAt,
      },
    })),
    source(JobSeekerReported, (e) => ({
      resourceId: e.data.jobSeekerId,
      op: 'upsert',
      patch: true,
      regionCode: e.data.regionCode,
      data: { regionCode: e.data.regionCode, state: e.data.state, lastReportedPeriod: e.data.period, updatedAt: e.data.reportedAt },
    })),
    source(JobSeekerPlaced, (e) => ({
      resourceId: e.data.jobSeekerId,
      op: 'upsert',
      patch: true,
      regionCode: e.data.regionCode,
      data: { regionCode: e.data.regionCode, state: e.data.state, updatedAt: e.data.placedAt },
    })),
    source(JobSeekerRemoved, (e) => ({
      resourceId: e.data.jobSeekerId,
      op: 'upsert',
      patch: true,
      regionCode: e.data.regionCode,
      data: { regionCode: e.data.regionCode, state: e.data.state, updatedAt: e.data.removedAt },
    })),
    source(JobSeekerExpired, (e) => ({
      resourceId: e.data.jobSeekerId,
      op: 'upsert',
      patch: true,
      regionCode: e.data.regionCode,
      data: { regionCode: e.data.regionCode, state: e.data.state, updatedAt: e.data.expiredAt },
    })),
  ],
  /**
   * Batches of training programs: scheduled, then every transition updates the state (and what the event repeats). A
   * CANCELLED batch stays readable with state CANCELLED: it is an update, not a tombstone (batches are never deleted).
   * Last in this table: a resource's position is its append-lock id (feed.service.ts), so existing ones keep theirs.
   */
  'training-batches': [
    source(BatchScheduled, (e) => ({
      resourceId: e.data.batchId,
      op: 'upsert',
      regionCode: e.data.regionCode,
      data: { ...batchFeedData(e.data), createdAt: e.data.occurredAt },
    })),
    ...[BatchOpened, BatchSelectionStarted, BatchStarted, BatchCompleted, BatchCancelled].map((def) =>
      source(def, (e) => ({
        resourceId: e.data.batchId,
        op: 'upsert',
        patch: true,
        regionCode: e.data.regionCode,
        data: batchFeedData(e.data),
      })),
    ),
  ],
  /**
   * Status of competency certificates (verification by number and code tells the rest): no person id, NIK or name. Last in
   * this table: a resource's position keys its append lock (feed.service.ts).
   */
  certificates: [
    source(CertificateIssued, (e) => certificateChange(e, true)),
    source(CertificateSuspended, (e) => certificateChange(e, false)),
    source(CertificateReinstated, (e) => certificateChange(e, false)),
    source(CertificateRevoked, (e) => certificateChange(e, false)),
    source(CertificateExpired, (e) => certificateChange(e, false)),
  ],
} satisfies Record<FeedResource, FeedSource[]>;
