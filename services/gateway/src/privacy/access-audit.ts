import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { correlationId } from '@siapkerja/logging';
import type { AuthCaller } from '../auth/caller';
import type { AccessPurpose } from './purposes';

/** One read of unmasked personal data. */
export interface AccessRecord {
  /** who read: the authenticated caller (client, officer, administrator or the person) */
  caller: Pick<AuthCaller, 'sub' | 'roles' | 'regionCode' | 'clientId'>;
  /** the resource read, e.g. `job-seeker` */
  resourceType: string;
  resourceId: string;
  /** the fields returned unmasked, e.g. `['nik', 'phone', 'address']` */
  fields: string[];
  /** the person the data is about (libs/identity person id, never the NIK) */
  subjectPersonId: string;
  purpose: AccessPurpose;
}

export interface AccessLogEntry {
  id: string;
  seq: string;
  accessedAt: string;
  actor: { sub: string; clientId: string | null; roles: string[]; regionCode: string | null };
  resourceType: string;
  resourceId: string;
  fields: string[];
  subjectPersonId: string;
  purpose: string;
  correlationId: string | null;
}

export interface AccessLogRow {
  seq: string;
  id: string;
  accessed_at: Date;
  actor_sub: string;
  actor_client_id: string | null;
  actor_roles: string[];
  actor_region_code: string | null;
  resource_type: string;
  resource_id: string;
  fields: string[];
  subject_person_id: string;
  purpose: string;
  correlation_id: string | null;
}

export function toAccessLogEntry(r: AccessLogRow): AccessLogEntry {
  return {
    id: r.id,
    seq: String(r.seq),
    accessedAt: new Date(r.accessed_at).toISOString(),
    actor: { sub: r.actor_sub, clientId: r.actor_client_id, roles: r.actor_roles, regionCode: r.actor_region_code },
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    fields: r.fields,
    subjectPersonId: r.subject_person_id,
    purpose: r.purpose,
    correlationId: r.correlation_id,
  };
}

/**
 * The access log of unmasked personal data (UU 27/2022). Routes that return unmasked personal data
 * call `record(...)` before answering (an access that cannot be logged is not served); pass the
 * transaction's manager to log inside it. The table refuses UPDATE, DELETE and TRUNCATE itself.
 */
@Injectable()
export class AccessAudit {
  constructor(private readonly ds: DataSource) {}

  async record(entry: AccessRecord, manager?: EntityManager): Promise<string> {
    const [id] = await this.recordMany([entry], manager);
    return id;
  }

  /** Many reads by one caller for one purpose (e.g. a feed page) in one statement; same rows as one record() each. */
  async recordMany(entries: AccessRecord[], manager?: EntityManager): Promise<string[]> {
    if (!entries.length) return [];
    const corr = correlationId() ?? null;
    const ids = entries.map(() => randomUUID());
    const col = <T>(f: (e: AccessRecord) => T) => entries.map(f);
    await (manager ?? this.ds).query(
      `INSERT INTO personal_data_access (id, actor_sub, actor_client_id, actor_roles, actor_region_code, resource_type, resource_id, fields, subject_person_id, purpose, correlation_id)
       SELECT u.id, u.sub, u.client_id, string_to_array(u.roles, ','), u.region, u.rtype, u.rid, string_to_array(u.fields, ','), u.subject, u.purpose, $11
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
           AS u(id, sub, client_id, roles, region, rtype, rid, fields, subject, purpose)`,
      [
        ids,
        col((e) => e.caller.sub),
        col((e) => e.caller.clientId ?? null),
        col((e) => e.caller.roles.join(',')),
        col((e) => e.caller.regionCode ?? null),
        col((e) => e.resourceType),
        col((e) => e.resourceId),
        col((e) => [...new Set(e.fields)].sort().join(',')),
        col((e) => e.subjectPersonId),
        col((e) => e.purpose),
        corr,
      ],
    );
    return ids;
  }

  /** Entries about one person, oldest first (the person's own export). */
  async aboutSubject(personId: string, limit = 10_000): Promise<AccessLogEntry[]> {
    const rows: AccessLogRow[] = await this.ds.query(
      `SELECT * FROM personal_data_access WHERE subject_person_id = $1 ORDER BY seq LIMIT $2`,
      [personId, limit],
    );
    return rows.map(toAccessLogEntry);
  }

  /** Newest first, filtered, after the cursor `beforeSeq`; one row more than asked tells whether a next page exists. */
  async query(f: {
    subject?: string;
    actor?: string;
    from?: Date;
    to?: Date;
    beforeSeq?: string;
    limit: number;
  }): Promise<{ items: AccessLogEntry[]; nextSeq: string | null }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (f.subject) where.push(`subject_person_id = ${p(f.subject)}`);
    if (f.actor) {
      const a = p(f.actor);
      where.push(`(actor_sub = ${a} OR actor_client_id = ${a})`);
    }
    if (f.from) where.push(`accessed_at >= ${p(f.from)}`);
    if (f.to) where.push(`accessed_at < ${p(f.to)}`);
    if (f.beforeSeq) where.push(`seq < ${p(f.beforeSeq)}::bigint`);
    const rows: AccessLogRow[] = await this.ds.query(
      `SELECT * FROM personal_data_access ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ${p(f.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, f.limit);
    return { items: page.map(toAccessLogEntry), nextSeq: rows.length > f.limit ? String(page[page.length - 1].seq) : null };
  }
}
