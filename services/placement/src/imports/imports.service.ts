import { hash } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { currentCaller } from '@siapkerja/authz';
import { todayWib } from '@siapkerja/codes';
import { forbidden, IDEMPOTENCY_KEY_REUSED, invalid, problem } from '@siapkerja/errors';
import { PersonIdentity } from '@siapkerja/identity';
import { requestIdScope } from '@siapkerja/persistence';
import { IMPORT_ARCHIVE_TOPIC, IMPORT_BATCH_APPLIED_TYPE, IMPORTS_CONSUMER, packFacts } from '../archive/archive';
import { factHash, recordPlacements } from '../placements/placements.recorder';
import type { PlacementFact } from '../placements/placements.rules';
import { importSource, importSourceKey, parsePlacementRecord } from './imports.rules';

/** Most records one ApplyImportBatch call carries (one transaction). */
export const MAX_IMPORT_BATCH = 5000;
/** Records validated between two turns of the event loop (about 5 ms of work). */
const PARSE_SLICE = 250;

export interface ImportRecordIn {
  line: number;
  key: string;
  kind: string;
  json: string;
}
export interface Receipt {
  line: number;
  key: string;
  accepted: boolean;
  resourceId: string;
  problemJson: string;
}

/**
 * ApplyImportBatch for kind `placement` (IMPORTS-CONTRACT.md): every record validated and authorised on its own (a bad
 * one is rejected with its own receipt); the accepted ones applied in ONE transaction with multi-row statements
 * (placements with their IPK cells, sources, one archive row for the batch); idempotent by (caller scope, key): an
 * accepted record's placement source (source key IMPORT:<scope>:<key>) is its stored receipt, answered again on replay
 * (a rejected one is not stored, so the uploader can correct and resend it).
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly ds: DataSource,
    private readonly identity: PersonIdentity,
  ) {}

  async apply(importId: string, records: ImportRecordIn[]): Promise<Receipt[]> {
    const caller = currentCaller();
    const source = importSource(caller);
    if (!source)
      throw forbidden('This caller may not import placements (Disnaker officers, training providers, partners and the ministry may)');
    if (records.length > MAX_IMPORT_BATCH)
      throw invalid([{ field: 'records', description: `at most ${MAX_IMPORT_BATCH} records per batch (got ${records.length})` }]);
    const scope = requestIdScope(caller);
    const today = todayWib();
    // an accepted record's receipt is its placement source (same scope and key): answered again on replay of the same
    // record; the same key with another record is refused (the key was reused: the first record stays as it was)
    const storedRows = (await this.ds.query(
      `SELECT source_key, placement_id, fact_hash FROM placement_sources WHERE source_key = ANY($1)`,
      [records.map((r) => importSourceKey(scope, r.key))],
    )) as { source_key: string; placement_id: string; fact_hash: string | null }[];
    const stored = new Map<string, string>(storedRows.map((r) => [r.source_key, r.placement_id]));
    const storedHash = new Map<string, string | null>(storedRows.map((r) => [r.source_key, r.fact_hash]));
    // every record validated before the transaction begins: it holds its locks only while it writes
    const receipts: Receipt[] = [];
    const toApply: { index: number; fact: PlacementFact }[] = [];
    const inBatch = new Map<string, { index: number; hash: string }>();
    const reused = (rec: ImportRecordIn): Receipt => ({
      line: rec.line,
      key: rec.key,
      accepted: false,
      resourceId: '',
      problemJson: JSON.stringify(
        problem(422, 'This key was already used for a different record; use a new key for a new record', {
          code: IDEMPOTENCY_KEY_REUSED,
          errors: [{ field: 'key', description: 'was already used for a different record' }],
        }),
      ),
    });
    const take = (rec: ImportRecordIn, index: number): void => {
      const sourceKey = importSourceKey(scope, rec.key);
      const old = rec.kind === 'placement' ? stored.get(sourceKey) : undefined;
      if (old) {
        const was = storedHash.get(sourceKey);
        // a row stored before hashes were kept is taken as the same record
        const r = was ? parsePlacementRecord(rec.json, rec.key, scope, source, caller, this.identity, today) : undefined;
        if (r && !(r.ok && factHash(r.fact) === was)) receipts.push(reused(rec));
        else receipts.push({ line: rec.line, key: rec.key, accepted: true, resourceId: old, problemJson: '' });
        return;
      }
      if (rec.kind !== 'placement') {
        receipts.push({
          line: rec.line,
          key: rec.key,
          accepted: false,
          resourceId: '',
          problemJson: JSON.stringify(
            problem(400, 'The placement service imports only kind "placement"', {
              code: 'INVALID_ARGUMENT',
              errors: [{ field: 'kind', description: 'must be "placement"' }],
            }),
          ),
        });
        return;
      }
      const r = parsePlacementRecord(rec.json, rec.key, scope, source, caller, this.identity, today);
      const first = inBatch.get(rec.key);
      if (first !== undefined) {
        // the same key twice in one batch: the second is a replay of the first, or another record under a reused key
        if (!(r.ok && factHash(r.fact) === first.hash)) receipts.push(reused(rec));
        else receipts.push({ line: rec.line, key: rec.key, accepted: true, resourceId: '', problemJson: `@${first.index}` });
        return;
      }
      if (!r.ok) {
        receipts.push({ line: rec.line, key: rec.key, accepted: false, resourceId: '', problemJson: r.problemJson });
        return;
      }
      inBatch.set(rec.key, { index, hash: factHash(r.fact) });
      toApply.push({ index, fact: r.fact });
      receipts.push({ line: rec.line, key: rec.key, accepted: true, resourceId: '', problemJson: '' });
    };
    for (let i = 0; i < records.length; i++) {
      // in slices: the transactions of other batches get their next statement sent meanwhile, not after the whole batch
      if (i > 0 && i % PARSE_SLICE === 0) await setImmediate();
      take(records[i], i);
    }
    if (toApply.length > 0) {
      const facts = toApply.map((a) => a.fact);
      // the batch's new records, archived as one envelope (in order) for a rebuild: written after the placements (their
      // person locks are held, so the archive's order is the order batches sharing a person were applied in), before the cells
      const eventId = `batch:${hash('sha256', facts.map((f) => f.sourceKey).join('\n'), 'hex')}`;
      const archiveRow = [
        IMPORTS_CONSUMER,
        eventId,
        IMPORT_ARCHIVE_TOPIC,
        IMPORT_BATCH_APPLIED_TYPE,
        JSON.stringify({
          specversion: '1.0',
          id: eventId,
          type: IMPORT_BATCH_APPLIED_TYPE,
          source: '/siapkerja/placement',
          subject: importId,
          time: new Date().toISOString(),
          datacontenttype: 'application/json',
          dataschema: `siapkerja:${IMPORT_ARCHIVE_TOPIC}/${IMPORT_BATCH_APPLIED_TYPE}`,
          ...(caller?.regionCode ? { regioncode: caller.regionCode } : {}),
          data: packFacts(facts),
        }),
      ];
      const ids = await this.ds.transaction((m) =>
        recordPlacements(m, facts, {
          knownSources: stored,
          beforeCells: () =>
            m.query(
              `INSERT INTO event_archive (consumer, event_id, topic, event_type, envelope) VALUES ($1, $2, $3, $4, $5)
               ON CONFLICT (consumer, event_id) DO NOTHING`,
              archiveRow,
            ),
        }),
      );
      toApply.forEach((a, i) => (receipts[a.index].resourceId = ids[i]));
    }
    for (const r of receipts) {
      if (r.problemJson.startsWith('@')) {
        const first = receipts[Number(r.problemJson.slice(1))];
        Object.assign(r, { accepted: first.accepted, resourceId: first.resourceId, problemJson: first.problemJson });
      }
    }
    return receipts;
  }
}
