import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound, Violations } from '@siapkerja/errors';
import { STATUS_LIST_SIZE, STATUS_PURPOSES, statusListCredential, type StatusPurpose } from './credentials.rules';
import { IssuerKeysService } from './issuer-keys.service';

const STATUS_OF: Record<StatusPurpose, string> = { revocation: 'REVOKED', suspension: 'SUSPENDED' };
/** certificates.status_index is a PostgreSQL integer: no list starts beyond its range */
const MAX_LIST = Math.floor(2_147_483_647 / STATUS_LIST_SIZE);

/**
 * The Bitstring Status List credentials (revocation, suspension), one per 131,072 certificates, stored signed and re-signed
 * in the transaction of every status change (so the public list never lags the register).
 */
@Injectable()
export class StatusListsService {
  constructor(
    private readonly ds: DataSource,
    private readonly keys: IssuerKeysService,
  ) {}

  /** Re-signs both lists holding the certificate at `statusIndex`, from the certificates' statuses, inside `manager`'s transaction. */
  async rebuildFor(manager: EntityManager, statusIndex: number, now: Date): Promise<void> {
    const list = Math.floor(statusIndex / STATUS_LIST_SIZE);
    for (const purpose of STATUS_PURPOSES) await this.rebuild(manager, purpose, list, now);
  }

  /** The stored list credential (signed on first demand). Unknown purposes and lists beyond the issued certificates: NOT_FOUND. */
  async get(purpose: string, list: number): Promise<{ purpose: StatusPurpose; jwt: string; updatedAt: Date }> {
    if (!(STATUS_PURPOSES as readonly string[]).includes(purpose))
      new Violations().add('purpose', `must be one of ${STATUS_PURPOSES.join(', ')}`).throwIfAny();
    if (!Number.isInteger(list) || list < 0) new Violations().add('list', 'must be a list number (0 or more)').throwIfAny();
    const p = purpose as StatusPurpose;
    const read = async () =>
      (await this.ds.query(`SELECT jwt, updated_at FROM status_lists WHERE purpose = $1 AND list_no = $2`, [p, list]))[0] as
        { jwt: string; updated_at: Date } | undefined;
    let row = await read();
    if (!row?.jwt) {
      if (list > MAX_LIST) throw notFound('Status list', `${purpose}/${list}`);
      if (list > 0) {
        const [{ exists }] = await this.ds.query(`SELECT EXISTS (SELECT 1 FROM certificates WHERE status_index >= $1) AS exists`, [
          list * STATUS_LIST_SIZE,
        ]);
        if (!exists) throw notFound('Status list', `${purpose}/${list}`);
      }
      await this.ds.transaction((m) => this.rebuild(m, p, list, new Date()));
      row = await read();
    }
    return { purpose: p, jwt: row!.jwt, updatedAt: row!.updated_at };
  }

  private async rebuild(manager: EntityManager, purpose: StatusPurpose, list: number, now: Date): Promise<void> {
    await manager.query(`INSERT INTO status_lists (purpose, list_no) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [purpose, list]);
    // the row lock orders concurrent changes: the query below runs after the previous change committed, and sees it
    await manager.query(`SELECT 1 FROM status_lists WHERE purpose = $1 AND list_no = $2 FOR UPDATE`, [purpose, list]);
    const lo = list * STATUS_LIST_SIZE;
    const rows: { status_index: number }[] = await manager.query(
      `SELECT status_index FROM certificates WHERE status = $1 AND status_index >= $2 AND status_index < $3`,
      [STATUS_OF[purpose], lo, lo + STATUS_LIST_SIZE],
    );
    const credential = statusListCredential(
      this.keys.urls.base.replace('https://', ''),
      purpose,
      list,
      rows.map((r) => r.status_index - lo),
      now,
    );
    const { jwt } = await this.keys.sign(credential);
    await manager.query(`UPDATE status_lists SET jwt = $3, updated_at = $4 WHERE purpose = $1 AND list_no = $2`, [purpose, list, jwt, now]);
  }
}
