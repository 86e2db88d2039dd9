import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { invalid, type FieldViolation } from '@siapkerja/errors';
import { decodeCursor, encodeCursor } from './cursors';

/** Who read unmasked personal data. */
export interface AccessActor {
  sub: string;
  clientId: string | null;
  roles: string[];
  regionCode: string | null;
}

/** One read of unmasked personal data. */
export interface AccessRecord {
  actor: AccessActor;
  resourceType: string;
  resourceId: string;
  fields: string[];
  subjectPersonId: string;
  purpose: string;
}

export interface AccessLogEntry extends AccessRecord {
  id: string;
  seq: string;
  accessedAt: string;
  correlationId: string | null;
}

interface AccessLogRow {
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

const entry = (r: AccessLogRow): AccessLogEntry => ({
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
});

/**
 * The access log of unmasked personal data (UU 27/2022). The gateway records each unmasked read before answering (an
 * access that cannot be logged is not served). The table refuses UPDATE, DELETE and TRUNCATE itself.
 */
@Injectable()
export class AccessLog {
  constructor(private readonly ds: DataSource) {}

  /** Many reads in one statement. */
  async record(entries: AccessRecord[], correlationId: string | null, manager?: EntityManager): Promise<string[]> {
    if (!entries.length) return [];
    // the table's check, as a field violation (it failed as INTERNAL): a purpose is a code, e.g. DATA_SUBJECT_REQUEST
    const bad = entries.findIndex((e) => !/^[A-Z0-9_]{2,64}$/.test(e.purpose));
    if (bad >= 0)
      throw invalid([{ field: `records[${bad}].purpose`, description: 'purpose must be 2 to 64 capital letters, digits or underscores' }]);
    const ids = entries.map(() => randomUUID());
    const col = <T>(f: (e: AccessRecord) => T) => entries.map(f);
    await (manager ?? this.ds).query(
      `INSERT INTO personal_data_access (id, actor_sub, actor_client_id, actor_roles, actor_region_code, resource_type, resource_id, fields, subject_person_id, purpose, correlation_id)
       SELECT u.id, u.sub, u.client_id, string_to_array(u.roles, ','), u.region, u.rtype, u.rid, string_to_array(u.fields, ','), u.subject, u.purpose, $11
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
           AS u(id, sub, client_id, roles, region, rtype, rid, fields, subject, purpose)`,
      [
        ids,
        col((e) => e.actor.sub),
        col((e) => e.actor.clientId || null),
        col((e) => e.actor.roles.join(',')),
        col((e) => e.actor.regionCode || null),
        col((e) => e.resourceType),
        col((e) => e.resourceId),
        col((e) => [...new Set(e.fields)].sort().join(',')),
        col((e) => e.subjectPersonId),
        col((e) => e.purpose),
        correlationId || null,
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
    return rows.map(entry);
  }

  /** Newest first, filtered, cursor paginated; one row more than asked tells whether a next page exists. */
  async query(f: {
    subject?: string;
    actor?: string;
    from?: string;
    to?: string;
    pageToken?: string;
    pageSize: number;
  }): Promise<{ items: AccessLogEntry[]; nextPageToken: string }> {
    // a size and instants PostgreSQL takes (a negative size or an unreadable instant failed as INTERNAL)
    const v: FieldViolation[] = [];
    if (!Number.isInteger(f.pageSize) || f.pageSize < 1 || f.pageSize > 500)
      v.push({ field: 'pageSize', description: 'pageSize must be 1 to 500' });
    const from = f.from ? new Date(f.from) : undefined;
    const to = f.to ? new Date(f.to) : undefined;
    if (from && Number.isNaN(from.getTime())) v.push({ field: 'from', description: 'from must be an ISO 8601 instant' });
    if (to && Number.isNaN(to.getTime())) v.push({ field: 'to', description: 'to must be an ISO 8601 instant' });
    if (v.length) throw invalid(v);
    if (from && to && from >= to) throw invalid([{ field: 'to', description: 'to must be after from' }]);
    let beforeSeq: string | undefined;
    if (f.pageToken) {
      beforeSeq = decodeCursor(f.pageToken, ['s']).s;
      if (!/^\d{1,18}$/.test(beforeSeq))
        throw invalid([{ field: 'pageToken', description: 'pageToken must be the nextPageToken of a previous page' }]);
    }
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (f.subject) where.push(`subject_person_id = ${p(f.subject)}`);
    if (f.actor) {
      const a = p(f.actor);
      where.push(`(actor_sub = ${a} OR actor_client_id = ${a})`);
    }
    if (from) where.push(`accessed_at >= ${p(from)}`);
    if (to) where.push(`accessed_at < ${p(to)}`);
    if (beforeSeq) where.push(`seq < ${p(beforeSeq)}::bigint`);
    const rows: AccessLogRow[] = await this.ds.query(
      `SELECT * FROM personal_data_access ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ${p(f.pageSize + 1)}`,
      params,
    );
    const page = rows.slice(0, f.pageSize);
    return {
      items: page.map(entry),
      nextPageToken: rows.length > f.pageSize ? encodeCursor({ s: String(page[page.length - 1].seq) }) : '',
    };
  }
}
