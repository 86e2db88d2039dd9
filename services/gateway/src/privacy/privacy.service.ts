import { randomUUID } from 'node:crypto';
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PersonErasureRequested, PersonProcessingRestricted } from '@siapkerja/contracts';
import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import { isUuid } from '@siapkerja/persistence';
import { asCaller, type AuthCaller } from '../auth/caller';
import { hashSecret, randomToken } from '../auth/secrets';
import { ServiceClients } from '../platform/clients';
import { FieldValidationException } from '../platform/problem.filter';
import { GatewayPlatform } from '../platform/gateway-platform';
import { AccessAudit, type AccessLogEntry } from './access-audit';
import { EXPORT_SECTIONS } from './export-sections';
import { GatewayOutbox } from './gateway-outbox';
import type { ConsentPurpose } from './purposes';

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

interface AccountRow {
  id: string;
  person_id: string;
  nik_masked: string;
  name: string;
  email: string | null;
  phone: string | null;
  roles: string[];
  region_code: string | null;
  status: string;
  verified_at: Date | null;
  created_at: Date;
  updated_at: Date;
  pseudonymised_at: Date | null;
  processing_restricted_at: Date | null;
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

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** A service's section of an export when the service did not answer: the person downloads the export again later. */
export const UNAVAILABLE = { unavailable: true } as const;

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

/** Page cursors: opaque base64url of the last row's sort key. */
export function encodeCursor(v: Record<string, string>): string {
  return Buffer.from(JSON.stringify(v)).toString('base64url');
}
export function decodeCursor(token: string, keys: string[], field = 'pageToken'): Record<string, string> {
  try {
    const v = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (v && typeof v === 'object' && keys.every((k) => typeof v[k] === 'string')) return v as Record<string, string>;
  } catch {
    // fall through
  }
  throw new FieldValidationException([{ field, description: `${field} must be the nextPageToken of a previous page` }]);
}

/**
 * Consents and data-subject requests of people (UU 27/2022 art. 5-13): consent per purpose with
 * history, export of what the gateway holds about the person, erasure (the gateway pseudonymises its
 * account row and tells every service through PersonErasureRequested) and restriction.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: GatewayOutbox,
    private readonly audit: AccessAudit,
    private readonly platform: GatewayPlatform,
    private readonly clients: ServiceClients,
  ) {}

  /** The signed-in person's account (people only: a partner or officer client has none). */
  async personOf(caller: AuthCaller): Promise<AccountRow> {
    if (caller.clientId || !isUuid(caller.sub))
      throw new ForbiddenException('Only a signed-in person has consents and data-subject requests');
    const [a] = await this.ds.query(`SELECT * FROM auth_accounts WHERE id = $1`, [caller.sub]);
    if (!a) throw new ForbiddenException('This token does not belong to a person');
    return a as AccountRow;
  }

  // ---- consents ----

  /** Records consent; the same purpose and version already active answers with it, a new version supersedes the old one. */
  async giveConsent(
    caller: AuthCaller,
    purpose: ConsentPurpose,
    policyVersion: string,
  ): Promise<{ consent: ConsentView; created: boolean }> {
    const a = await this.personOf(caller);
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

  async listConsents(caller: AuthCaller): Promise<ConsentView[]> {
    const a = await this.personOf(caller);
    return this.consentsOf(a.id);
  }

  private async consentsOf(accountId: string, m: EntityManager | DataSource = this.ds): Promise<ConsentView[]> {
    const rows: ConsentRow[] = await m.query(`SELECT * FROM privacy_consents WHERE account_id = $1 ORDER BY given_at DESC, id`, [
      accountId,
    ]);
    return rows.map(consentView);
  }

  /** Withdraws the active consent for a purpose: the row stays, with withdrawn_at set. */
  async withdrawConsent(caller: AuthCaller, purpose: ConsentPurpose): Promise<ConsentView> {
    const a = await this.personOf(caller);
    const [row]: ConsentRow[] = (
      await this.ds.query(
        `UPDATE privacy_consents SET withdrawn_at = now() WHERE account_id = $1 AND purpose = $2 AND withdrawn_at IS NULL AND superseded_at IS NULL RETURNING *`,
        [a.id, purpose],
      )
    )[0];
    if (!row) throw new NotFoundException(`There is no active consent for ${purpose}`);
    return consentView(row);
  }

  // ---- data-subject requests ----

  /**
   * Records a request. EXPORT is ready at once (GET .../export builds it); ERASURE pseudonymises the
   * account and RESTRICTION marks it, each publishing its event through the outbox in the same
   * transaction; CORRECTION waits for an administrator.
   */
  async createRequest(caller: AuthCaller, type: RequestType, details: string | undefined): Promise<RequestView> {
    const a = await this.personOf(caller);
    if (type === 'CORRECTION' && !details)
      throw new FieldValidationException([
        { field: 'details', description: 'details must say what is wrong and what is right for a CORRECTION' },
      ]);
    const id = randomUUID();
    const row = await this.outbox.run(async (tx) => {
      const m = tx.manager;
      const [locked] = await m.query(`SELECT pseudonymised_at FROM auth_accounts WHERE id = $1 FOR UPDATE`, [a.id]);
      if (locked?.pseudonymised_at) throw new ConflictException('This account has already been erased');
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
    this.platform.logger.info({ requestId: id, type, accountId: a.id }, 'data-subject request recorded');
    return requestView(row);
  }

  /**
   * Replaces the account's personal fields (name, e-mail, phone, the NIK digits beyond the regency,
   * the password) and ends its sessions; keeps the person id (keyed NIK hash), roles, region and
   * dates so statistics and the services' erasure (by person id) still line up.
   */
  private async pseudonymise(m: EntityManager, accountId: string): Promise<void> {
    await m.query(
      `UPDATE auth_accounts SET name = '[erased]', email = NULL, phone = NULL,
              nik_masked = substr(nik_masked, 1, 4) || '************', password_hash = $2,
              status = 'DISABLED', pseudonymised_at = now(), updated_at = now()
        WHERE id = $1`,
      [accountId, await hashSecret(randomToken(32))],
    );
    await m.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'erasure' WHERE account_id = $1 AND revoked_at IS NULL`, [
      accountId,
    ]);
    await m.query(`DELETE FROM auth_codes WHERE account_id = $1`, [accountId]);
  }

  /** A request of the caller (people) or any request (ministry administrators). */
  async getRequest(caller: AuthCaller, id: string): Promise<RequestView> {
    return requestView(await this.requestFor(caller, id));
  }

  private async requestFor(caller: AuthCaller, id: string): Promise<RequestRow> {
    const notFound = () => new NotFoundException(`privacy request ${id} was not found`);
    if (!isUuid(id)) throw notFound();
    const [r]: RequestRow[] = await this.ds.query(`SELECT * FROM privacy_requests WHERE id = $1`, [id]);
    if (!r) throw notFound();
    if (caller.roles.includes('MINISTRY_ADMIN')) return r;
    if (caller.clientId || r.account_id !== caller.sub) throw notFound();
    return r;
  }

  /**
   * Everything the gateway and the services hold about the person of an EXPORT request; the read is logged. The export is
   * built at each download: a service that does not answer gets the section `{ unavailable: true }` (and `complete:
   * false`), the request stays COMPLETED, and the next download asks the service again.
   */
  async exportFor(caller: AuthCaller, id: string): Promise<Record<string, unknown>> {
    const r = await this.requestFor(caller, id);
    if (r.account_id !== caller.sub) throw new ForbiddenException('Only the person who asked can download an export');
    if (r.type !== 'EXPORT') throw new ConflictException(`privacy request ${id} is a ${r.type} request, not an EXPORT`);
    const [a]: AccountRow[] = await this.ds.query(`SELECT * FROM auth_accounts WHERE id = $1`, [r.account_id]);
    const names = Object.keys(EXPORT_SECTIONS);
    const services = Object.fromEntries(
      await Promise.all(names.map(async (n) => [n, await this.serviceSection(n, caller, r.person_id, r.id)] as const)),
    );
    const answered = names.filter((n) => !('unavailable' in services[n]));
    await this.audit.record({
      caller,
      resourceType: 'privacy-export',
      resourceId: r.id,
      subjectPersonId: r.person_id,
      purpose: 'DATA_SUBJECT_REQUEST',
      fields: [
        'name',
        'email',
        'phone',
        'nikMasked',
        'consents',
        'accessLog',
        'requests',
        ...answered.flatMap((n) => EXPORT_SECTIONS[n].fields.map((f) => `${n}.${f}`)),
      ],
    });
    const requests: RequestRow[] = await this.ds.query(`SELECT * FROM privacy_requests WHERE account_id = $1 ORDER BY created_at`, [
      r.account_id,
    ]);
    const accessLog: AccessLogEntry[] = await this.audit.aboutSubject(r.person_id);
    return {
      format: 'siapkerja.privacy.export.v1',
      generatedAt: new Date().toISOString(),
      requestId: r.id,
      personId: r.person_id,
      scope: ['gateway', ...names].join(','),
      complete: answered.length === names.length,
      note:
        'What the gateway holds about you (account, consents, data-subject requests, the log of reads of your personal data) and what the services hold ' +
        `(${names.map((n) => `services.${n}: ${EXPORT_SECTIONS[n].describe}`).join('; ')}). A section { "unavailable": true } means that ` +
        'service did not answer: download the export again later.',
      account: {
        id: a.id,
        nikMasked: a.nik_masked,
        name: a.name,
        email: a.email,
        phone: a.phone,
        roles: a.roles,
        regionCode: a.region_code,
        status: a.status,
        createdAt: iso(a.created_at),
        verifiedAt: iso(a.verified_at),
        processingRestrictedAt: iso(a.processing_restricted_at),
      },
      consents: await this.consentsOf(a.id),
      dataSubjectRequests: requests.map(requestView),
      accessLog,
      services,
    };
  }

  /**
   * One service's section (EXPORT_SECTIONS): its ExportPersonData with the person's own caller (his person id), retried on
   * UNAVAILABLE (a read); any failure is logged and becomes `{ unavailable: true }`, never a missing section.
   */
  private async serviceSection(name: string, caller: AuthCaller, personId: string, requestId: string): Promise<Record<string, unknown>> {
    const base = asCaller(caller, { idempotent: true });
    const person = JSON.stringify({ ...JSON.parse(base.metadata![CALLER_METADATA_KEY]), personId });
    try {
      return await EXPORT_SECTIONS[name].read(this.clients, personId, {
        ...base,
        metadata: { ...base.metadata, [CALLER_METADATA_KEY]: person },
      });
    } catch (e) {
      const err = e as { code?: number; details?: string; message?: string };
      this.platform.logger.warn(
        { requestId, service: name, grpcCode: err.code, err: err.details ?? err.message },
        'privacy export: a service did not answer; section marked unavailable',
      );
      return { ...UNAVAILABLE };
    }
  }

  /** Admin: requests newest first, optionally by status, cursor paginated. */
  async listRequests(f: {
    status?: RequestStatus;
    type?: RequestType;
    pageSize: number;
    pageToken?: string;
  }): Promise<{ items: RequestView[]; nextPageToken: string }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (f.status) where.push(`status = ${p(f.status)}`);
    if (f.type) where.push(`type = ${p(f.type)}`);
    if (f.pageToken) {
      const c = decodeCursor(f.pageToken, ['t', 'id']);
      if (!isUuid(c.id) || Number.isNaN(Date.parse(c.t)))
        throw new FieldValidationException([{ field: 'pageToken', description: 'pageToken must be the nextPageToken of a previous page' }]);
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
  async resolveRequest(id: string, status: 'COMPLETED' | 'REJECTED', resolution: string): Promise<RequestView> {
    if (!isUuid(id)) throw new NotFoundException(`privacy request ${id} was not found`);
    const [[r]]: [RequestRow[]] = await this.ds.query(
      `UPDATE privacy_requests SET status = $2, resolution = $3, updated_at = now(), completed_at = now() WHERE id = $1 AND status = 'RECEIVED' RETURNING *`,
      [id, status, resolution],
    );
    if (r) return requestView(r);
    const [exists] = await this.ds.query(`SELECT status FROM privacy_requests WHERE id = $1`, [id]);
    if (!exists) throw new NotFoundException(`privacy request ${id} was not found`);
    throw new ConflictException(`privacy request ${id} is already ${exists.status}`);
  }
}
