import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PersonErasureRequested, PersonProcessingRestricted } from '@siapkerja/contracts';
import { conflict, DomainError, forbidden, invalid, type FieldViolation } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import { isTimestampText, isUuid } from '@siapkerja/persistence';
import { AccountsService, type AccountRow } from '../accounts/accounts.service';
import { hashSecret, randomToken } from '../shared/secrets';
import { CONSENT_PURPOSES } from '@siapkerja/privacy';
import { AccessLog, type AccessActor, type AccessLogEntry } from './access-log.service';
import { decodeCursor, encodeCursor } from './cursors';

export const REQUEST_TYPES = ['EXPORT', 'CORRECTION', 'RESTRICTION', 'ERASURE'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
export const REQUEST_STATUSES = ['RECEIVED', 'COMPLETED', 'REJECTED'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

interface ConsentRow {
  id: string;
  account_id: string;
  person_id: string;
  purpose: string;
  policy_version: string;
  given_at: Date;
  withdrawn_at: Date | null;
  superseded_at: Date | null;
  superseded_by: string | null;
}

interface RequestRow {
  id: string;
  account_id: string;
  person_id: string;
  type: RequestType;
  status: RequestStatus;
  details: string | null;
  resolution: string | null;
  event_id: string | null;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
}

export interface ConsentView {
  id: string;
  purpose: string;
  policyVersion: string;
  status: 'ACTIVE' | 'WITHDRAWN' | 'SUPERSEDED';
  givenAt: string;
  withdrawnAt: string | null;
  supersededAt: string | null;
  supersededBy: string | null;
}

export interface RequestView {
  id: string;
  accountId: string;
  type: RequestType;
  status: RequestStatus;
  personId: string;
  details: string | null;
  resolution: string | null;
  eventId: string | null;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  exportUrl: string | null;
}

/** Longest details of a request and resolution of an administrator (the contract's max_len). */
const MAX_TEXT = 2000;

const purposeViolations = (purpose: string): FieldViolation[] =>
  (CONSENT_PURPOSES as readonly string[]).includes(purpose)
    ? []
    : [{ field: 'purpose', description: `purpose must be one of ${CONSENT_PURPOSES.join(', ')}` }];

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const notFound = (message: string) => new DomainError('NOT_FOUND', message);

function consentView(c: ConsentRow): ConsentView {
  return {
    id: c.id,
    purpose: c.purpose,
    policyVersion: c.policy_version,
    status: c.withdrawn_at ? 'WITHDRAWN' : c.superseded_at ? 'SUPERSEDED' : 'ACTIVE',
    givenAt: iso(c.given_at)!,
    withdrawnAt: iso(c.withdrawn_at),
    supersededAt: iso(c.superseded_at),
    supersededBy: c.superseded_by,
  };
}

function requestView(r: RequestRow): RequestView {
  return {
    id: r.id,
    accountId: r.account_id,
    type: r.type,
    status: r.status,
    personId: r.person_id,
    details: r.details,
    resolution: r.resolution,
    eventId: r.event_id,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
    completedAt: iso(r.completed_at),
    exportUrl: r.type === 'EXPORT' && r.status === 'COMPLETED' ? `/v1/privacy/requests/${r.id}/export` : null,
  };
}

/**
 * Consents and data-subject requests of people (UU 27/2022 art. 5-13): consent per purpose with history, export of what
 * identity holds about the person, erasure (identity pseudonymises the account and tells every service through
 * PersonErasureRequested, in the same transaction through the outbox) and restriction (PersonProcessingRestricted).
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly accessLog: AccessLog,
    private readonly accounts: AccountsService,
  ) {}

  /** The signed-in person's account (people only: a partner or officer client has none). */
  private async personOf(accountId: string): Promise<AccountRow> {
    if (!isUuid(accountId)) throw forbidden('Only a signed-in person has consents and data-subject requests');
    const [a] = await this.ds.query(`SELECT * FROM auth_accounts WHERE id = $1`, [accountId]);
    if (!a) throw forbidden('This token does not belong to a person');
    return a as AccountRow;
  }

  /** Records consent; the same purpose and version already active answers with it, a new version supersedes the old one. */
  async giveConsent(accountId: string, purpose: string, policyVersion: string): Promise<{ consent: ConsentView; created: boolean }> {
    const v = purposeViolations(purpose);
    // the version of the notice agreed to, as the contract writes it (an empty or huge one was recorded as consent)
    if (!/^[A-Za-z0-9._-]{1,40}$/.test(policyVersion))
      v.push({ field: 'policyVersion', description: 'policyVersion must be 1 to 40 letters, digits, dots, dashes or underscores' });
    if (v.length) throw invalid(v);
    const a = await this.personOf(accountId);
    return this.ds.transaction(async (m) => {
      // serialises consents of one account (the partial unique index would refuse the loser of a race anyway)
      await m.query(`SELECT id FROM auth_accounts WHERE id = $1 FOR UPDATE`, [a.id]);
      const [active]: ConsentRow[] = await m.query(
        `SELECT * FROM privacy_consents WHERE account_id = $1 AND purpose = $2 AND withdrawn_at IS NULL AND superseded_at IS NULL`,
        [a.id, purpose],
      );
      if (active?.policy_version === policyVersion) return { consent: consentView(active), created: false };
      const id = randomUUID();
      if (active) await m.query(`UPDATE privacy_consents SET superseded_at = now() WHERE id = $1`, [active.id]);
      const [row]: ConsentRow[] = await m.query(
        `INSERT INTO privacy_consents (id, account_id, person_id, purpose, policy_version) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [id, a.id, a.person_id, purpose, policyVersion],
      );
      if (active) await m.query(`UPDATE privacy_consents SET superseded_by = $2 WHERE id = $1`, [active.id, id]);
      return { consent: consentView(row), created: true };
    });
  }

  async listConsents(accountId: string): Promise<ConsentView[]> {
    const a = await this.personOf(accountId);
    return this.consentsOf(a.id);
  }

  private async consentsOf(accountId: string, m: EntityManager | DataSource = this.ds): Promise<ConsentView[]> {
    const rows: ConsentRow[] = await m.query(`SELECT * FROM privacy_consents WHERE account_id = $1 ORDER BY given_at DESC, id`, [
      accountId,
    ]);
    return rows.map(consentView);
  }

  /** Withdraws the active consent for a purpose: the row stays, with withdrawn_at set. */
  async withdrawConsent(accountId: string, purpose: string): Promise<ConsentView> {
    // a purpose of the list, as for giving consent (any text was quoted whole in the NOT_FOUND message)
    const v = purposeViolations(purpose);
    if (v.length) throw invalid(v);
    const a = await this.personOf(accountId);
    const [row]: ConsentRow[] = (
      await this.ds.query(
        `UPDATE privacy_consents SET withdrawn_at = now() WHERE account_id = $1 AND purpose = $2 AND withdrawn_at IS NULL AND superseded_at IS NULL RETURNING *`,
        [a.id, purpose],
      )
    )[0];
    if (!row) throw notFound(`There is no active consent for ${purpose}`);
    return consentView(row);
  }

  /**
   * Records a request. EXPORT is ready at once (GET .../export builds it); ERASURE pseudonymises the account and
   * RESTRICTION marks it, each publishing its event through the outbox in the same transaction; CORRECTION waits for an
   * administrator.
   */
  async createRequest(
    accountId: string,
    type: string,
    detailsAsSent: string | undefined,
  ): Promise<RequestView & { endedSessionIds?: string[] }> {
    // stored trimmed: blank details say nothing (a CORRECTION of '   ' was recorded as if it said what to correct)
    const details = detailsAsSent?.trim() || undefined;
    if (!(REQUEST_TYPES as readonly string[]).includes(type))
      throw invalid([{ field: 'type', description: `type must be one of ${REQUEST_TYPES.join(', ')}` }]);
    const a = await this.personOf(accountId);
    if (type === 'CORRECTION' && !details)
      throw invalid([{ field: 'details', description: 'details must say what is wrong and what is right for a CORRECTION' }]);
    if (details && details.length > MAX_TEXT)
      throw invalid([{ field: 'details', description: `details must be at most ${MAX_TEXT} characters` }]);
    const id = randomUUID();
    let endedSessionIds: string[] | undefined;
    const row = await this.outbox.run(async (tx) => {
      const m = tx.manager;
      const [locked] = await m.query(`SELECT pseudonymised_at FROM auth_accounts WHERE id = $1 FOR UPDATE`, [a.id]);
      if (locked?.pseudonymised_at) throw conflict('This account has already been erased');
      let status: RequestStatus = 'RECEIVED';
      let eventId: string | null = null;
      let resolution: string | null = null;
      if (type === 'EXPORT') {
        status = 'COMPLETED';
      } else if (type === 'ERASURE') {
        eventId = tx.emit(PersonErasureRequested, {
          subject: a.person_id,
          data: { personId: a.person_id, requestId: id, requestedAt: new Date().toISOString() },
        }).id;
        await this.pseudonymise(m, a.id);
        endedSessionIds = await this.accounts.endSessions(`account_id = $1`, [a.id], 'erasure', tx);
        status = 'COMPLETED';
        resolution = 'gateway account pseudonymised; services notified (PersonErasureRequested)';
      } else if (type === 'RESTRICTION') {
        eventId = tx.emit(PersonProcessingRestricted, {
          subject: a.person_id,
          data: { personId: a.person_id, requestId: id, restrictedAt: new Date().toISOString() },
        }).id;
        await m.query(
          `UPDATE auth_accounts SET processing_restricted_at = coalesce(processing_restricted_at, now()), updated_at = now() WHERE id = $1`,
          [a.id],
        );
        status = 'COMPLETED';
        resolution = 'processing restricted; services notified (PersonProcessingRestricted)';
      }
      const [r]: RequestRow[] = await m.query(
        `INSERT INTO privacy_requests (id, account_id, person_id, type, status, details, resolution, event_id, completed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $5 = 'COMPLETED' THEN now() END) RETURNING *`,
        [id, a.id, a.person_id, type, status, details ?? null, resolution, eventId],
      );
      return r;
    });
    return { ...requestView(row), endedSessionIds };
  }

  /**
   * Replaces the account's personal fields (name, e-mail, phone, the NIK digits beyond the regency, the password); keeps
   * the person id (keyed NIK hash), roles, region and dates so statistics and the services' erasure (by person id) still
   * line up. Its sessions end with it (the caller ends them in the same transaction).
   */
  private async pseudonymise(m: EntityManager, accountId: string): Promise<void> {
    await m.query(
      `UPDATE auth_accounts SET name = '[erased]', email = NULL, phone = NULL,
              nik_masked = substr(nik_masked, 1, 4) || '************', password_hash = $2,
              status = 'DISABLED', pseudonymised_at = now(), updated_at = now()
        WHERE id = $1`,
      [accountId, await hashSecret(randomToken(32))],
    );
    await m.query(`DELETE FROM auth_codes WHERE account_id = $1`, [accountId]);
  }

  /** A request of the caller (people) or any request (ministry administrators). */
  async getRequest(id: string, accountId: string, administrator: boolean): Promise<RequestView> {
    return requestView(await this.requestFor(id, accountId, administrator));
  }

  private async requestFor(id: string, accountId: string, administrator: boolean): Promise<RequestRow> {
    const missing = () => notFound(`privacy request ${id} was not found`);
    if (!isUuid(id)) throw missing();
    const [r]: RequestRow[] = await this.ds.query(`SELECT * FROM privacy_requests WHERE id = $1`, [id]);
    if (!r) throw missing();
    if (administrator) return r;
    if (r.account_id !== accountId) throw missing();
    return r;
  }

  /**
   * What identity holds about the person of an EXPORT request (account, consents, requests, the log of reads of the
   * person's data); the read itself is logged first, with the fields of the services' sections the gateway adds.
   */
  async exportFor(
    id: string,
    accountId: string,
    administrator: boolean,
    actor: AccessActor,
    serviceFields: string[],
    correlationId: string | null,
  ): Promise<{ request: RequestView; account: AccountRow; consents: ConsentView[]; requests: RequestView[]; accessLog: AccessLogEntry[] }> {
    const r = await this.requestFor(id, accountId, administrator);
    if (r.account_id !== accountId) throw forbidden('Only the person who asked can download an export');
    if (r.type !== 'EXPORT') throw conflict(`privacy request ${id} is a ${r.type} request, not an EXPORT`);
    const [a]: AccountRow[] = await this.ds.query(`SELECT * FROM auth_accounts WHERE id = $1`, [r.account_id]);
    await this.accessLog.record(
      [
        {
          actor,
          resourceType: 'privacy-export',
          resourceId: r.id,
          subjectPersonId: r.person_id,
          purpose: 'DATA_SUBJECT_REQUEST',
          fields: ['name', 'email', 'phone', 'nikMasked', 'consents', 'accessLog', 'requests', ...serviceFields],
        },
      ],
      correlationId,
    );
    const requests: RequestRow[] = await this.ds.query(`SELECT * FROM privacy_requests WHERE account_id = $1 ORDER BY created_at`, [
      r.account_id,
    ]);
    return {
      request: requestView(r),
      account: a,
      consents: await this.consentsOf(a.id),
      requests: requests.map(requestView),
      accessLog: await this.accessLog.aboutSubject(r.person_id),
    };
  }

  /** Admin: requests newest first, optionally by status and type, cursor paginated. */
  async listRequests(f: { status?: string; type?: string; pageSize: number; pageToken?: string }): Promise<{
    items: RequestView[];
    nextPageToken: string;
  }> {
    // a negative size failed as INTERNAL (LIMIT), a huge one read the whole table
    if (!Number.isInteger(f.pageSize) || f.pageSize < 1 || f.pageSize > 200)
      throw invalid([{ field: 'pageSize', description: 'pageSize must be 1 to 200' }]);
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (f.status) where.push(`status = ${p(f.status)}`);
    if (f.type) where.push(`type = ${p(f.type)}`);
    if (f.pageToken) {
      const c = decodeCursor(f.pageToken, ['t', 'id']);
      if (!isUuid(c.id) || !isTimestampText(c.t))
        throw invalid([{ field: 'pageToken', description: 'pageToken must be the nextPageToken of a previous page' }]);
      where.push(`(created_at, id) < (${p(c.t)}::timestamptz, ${p(c.id)}::uuid)`);
    }
    const rows: RequestRow[] = await this.ds.query(
      `SELECT * FROM privacy_requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT ${p(f.pageSize + 1)}`,
      params,
    );
    const page = rows.slice(0, f.pageSize);
    const last = page[page.length - 1];
    return {
      items: page.map(requestView),
      nextPageToken: rows.length > f.pageSize ? encodeCursor({ t: new Date(last.created_at).toISOString(), id: last.id }) : '',
    };
  }

  /** Admin: closes a RECEIVED request (a CORRECTION made by the services, or a refusal with its reason). */
  async resolveRequest(id: string, status: string, resolutionAsSent: string): Promise<RequestView> {
    // closing means COMPLETED or REJECTED, with what was done or why (any other status failed as INTERNAL on the table's
    // check, and RECEIVED with a blank resolution "closed" a request that stayed open)
    const resolution = resolutionAsSent.trim();
    const v: FieldViolation[] = [];
    if (status !== 'COMPLETED' && status !== 'REJECTED') v.push({ field: 'status', description: 'status must be COMPLETED or REJECTED' });
    if (!resolution) v.push({ field: 'resolution', description: 'resolution must say what was done, or why the request is refused' });
    else if (resolution.length > MAX_TEXT)
      v.push({ field: 'resolution', description: `resolution must be at most ${MAX_TEXT} characters` });
    if (v.length) throw invalid(v);
    if (!isUuid(id)) throw notFound(`privacy request ${id} was not found`);
    const [[r]]: [RequestRow[]] = await this.ds.query(
      `UPDATE privacy_requests SET status = $2, resolution = $3, updated_at = now(), completed_at = now() WHERE id = $1 AND status = 'RECEIVED' RETURNING *`,
      [id, status, resolution],
    );
    if (r) return requestView(r);
    const [exists] = await this.ds.query(`SELECT status FROM privacy_requests WHERE id = $1`, [id]);
    if (!exists) throw notFound(`privacy request ${id} was not found`);
    throw conflict(`privacy request ${id} is already ${exists.status}`);
  }
}
