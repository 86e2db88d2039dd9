import { correlationId } from '@siapkerja/logging';
import { currentCaller } from '@siapkerja/authz';
import { accountOf, isAdministrator } from '../shared/caller';
import { Controller } from '@nestjs/common';
import { type identityV1, GrpcService, type GrpcControllerOf } from '@siapkerja/contracts';
import { AccessLog, type AccessActor, type AccessLogEntry } from './access-log.service';
import { PrivacyService, type ConsentView, type RequestView } from './privacy.service';

const toConsent = (c: ConsentView): identityV1.Consent => ({
  id: c.id,
  purpose: c.purpose,
  policyVersion: c.policyVersion,
  status: c.status,
  giveTime: c.givenAt,
  withdrawTime: c.withdrawnAt ?? '',
  supersedeTime: c.supersededAt ?? '',
  supersededBy: c.supersededBy ?? '',
});

const toRequest = (r: RequestView): identityV1.PrivacyRequest => ({
  id: r.id,
  accountId: r.accountId,
  type: r.type,
  status: r.status,
  personId: r.personId,
  details: r.details ?? '',
  resolution: r.resolution ?? '',
  eventId: r.eventId ?? '',
  createTime: r.createdAt,
  updateTime: r.updatedAt,
  completeTime: r.completedAt ?? '',
  exportUrl: r.exportUrl ?? '',
});

const fromActor = (a: identityV1.AccessActor__Output | null): AccessActor => ({
  sub: a?.sub ?? '',
  clientId: a?.clientId || null,
  roles: a?.roles ?? [],
  regionCode: a?.regionCode || null,
});

const toEntry = (e: AccessLogEntry): identityV1.AccessLogEntry => ({
  id: e.id,
  seq: e.seq,
  accessTime: e.accessedAt,
  actor: { sub: e.actor.sub, clientId: e.actor.clientId ?? '', roles: e.actor.roles, regionCode: e.actor.regionCode ?? '' },
  resourceType: e.resourceType,
  resourceId: e.resourceId,
  fields: e.fields,
  subjectPersonId: e.subjectPersonId,
  purpose: e.purpose,
  correlationId: e.correlationId ?? '',
});

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : '');

/** Who reads the data of an export, for the access log: the request's actor, else the caller. */
function actorOf(a: identityV1.AccessActor__Output | null): AccessActor {
  if (a) return fromActor(a);
  const c = currentCaller();
  return { sub: c?.sub ?? '', clientId: c?.clientId || null, roles: c?.roles ?? [], regionCode: c?.regionCode || null };
}

/** Consents, data-subject requests and the access log over gRPC. */
@Controller()
@GrpcService('identity')
export class PrivacyGrpc implements GrpcControllerOf<'identity'> {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly accessLog: AccessLog,
  ) {}

  async giveConsent(r: identityV1.GiveConsentRequest__Output) {
    const out = await this.privacy.giveConsent(accountOf(r.accountId), r.purpose, r.policyVersion);
    return { consent: toConsent(out.consent), created: out.created };
  }

  async listConsents(r: identityV1.ListConsentsRequest__Output) {
    return {
      consents: (await this.privacy.listConsents(accountOf(r.accountId))).map(toConsent),
    };
  }

  async withdrawConsent(r: identityV1.WithdrawConsentRequest__Output) {
    return toConsent(await this.privacy.withdrawConsent(accountOf(r.accountId), r.purpose));
  }

  async createPrivacyRequest(r: identityV1.CreatePrivacyRequestRequest__Output) {
    const request = await this.privacy.createRequest(accountOf(r.accountId), r.type, r.details || undefined);
    return { ...toRequest(request), revocation: { sessionIds: request.endedSessionIds ?? [], clientIds: [] } };
  }

  async getPrivacyRequest(r: identityV1.GetPrivacyRequestRequest__Output) {
    return toRequest(await this.privacy.getRequest(r.id, accountOf(r.accountId), isAdministrator(r.administrator)));
  }

  async listPrivacyRequests(r: identityV1.ListPrivacyRequestsRequest__Output) {
    const page = await this.privacy.listRequests({
      status: r.status || undefined,
      type: r.type || undefined,
      pageSize: r.pageSize || 50,
      pageToken: r.pageToken || undefined,
    });
    return { requests: page.items.map(toRequest), nextPageToken: page.nextPageToken };
  }

  async resolvePrivacyRequest(r: identityV1.ResolvePrivacyRequestRequest__Output) {
    return toRequest(await this.privacy.resolveRequest(r.id, r.status, r.resolution));
  }

  async exportPersonalData(r: identityV1.ExportPersonalDataRequest__Output) {
    const x = await this.privacy.exportFor(
      r.requestId,
      accountOf(r.accountId),
      false,
      actorOf(r.actor),
      r.serviceFields,
      correlationId() ?? null,
    );
    const a = x.account;
    return {
      request: toRequest(x.request),
      account: {
        id: a.id,
        nikMasked: a.nik_masked,
        name: a.name,
        email: a.email ?? '',
        phone: a.phone ?? '',
        roles: a.roles,
        regionCode: a.region_code ?? '',
        status: a.status,
        createTime: iso(a.created_at),
        verifyTime: iso(a.verified_at),
        processingRestrictTime: iso(a.processing_restricted_at),
      },
      consents: x.consents.map(toConsent),
      requests: x.requests.map(toRequest),
      accessLog: x.accessLog.map(toEntry),
    };
  }

  async recordAccesses(r: identityV1.RecordAccessesRequest__Output) {
    return {
      ids: await this.accessLog.record(
        r.records.map((e) => ({
          actor: fromActor(e.actor),
          resourceType: e.resourceType,
          resourceId: e.resourceId,
          fields: e.fields,
          subjectPersonId: e.subjectPersonId,
          purpose: e.purpose,
        })),
        r.correlationId || correlationId() || null,
      ),
    };
  }

  async listAccessLog(r: identityV1.ListAccessLogRequest__Output) {
    const page = await this.accessLog.query({
      subject: r.subject || undefined,
      actor: r.actor || undefined,
      from: r.fromTime || undefined,
      to: r.toTime || undefined,
      pageToken: r.pageToken || undefined,
      pageSize: r.pageSize || 100,
    });
    return { entries: page.items.map(toEntry), nextPageToken: page.nextPageToken };
  }
}
