import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { currentCaller } from '@siapkerja/authz';
import { todayWib } from '@siapkerja/codes';
import { forbidden, problem } from '@siapkerja/errors';
import { PersonIdentity } from '@siapkerja/identity';
import { requestIdScope } from '@siapkerja/persistence';
import { IMPORT_APPLIED_TYPE, IMPORT_ARCHIVE_TOPIC, IMPORTS_CONSUMER } from '../archive/archive';
import { recordPlacements } from '../placements/placements.recorder';
import type { PlacementFact } from '../placements/placements.rules';
import { importSource, parsePlacementRecord } from './imports.rules';

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
 * (placements, sources, archive, receipts); idempotent by (caller scope, kind, key): an accepted record's receipt is
 * stored and answered again on replay (a rejected one is not stored, so the uploader can correct and resend it).
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
    const scope = requestIdScope(caller);
    const today = todayWib();
    return this.ds.transaction(async (m) => {
      const stored = new Map<string, Receipt>(
        (
          (await m.query(
            `SELECT key, accepted, resource_id, problem_json FROM import_receipts WHERE scope = $1 AND kind = 'placement' AND key = ANY($2)`,
            [scope, records.map((r) => r.key)],
          )) as { key: string; accepted: boolean; resource_id: string; problem_json: string }[]
        ).map((r) => [r.key, { line: 0, key: r.key, accepted: r.accepted, resourceId: r.resource_id, problemJson: r.problem_json }]),
      );
      const receipts: Receipt[] = [];
      const toApply: { index: number; fact: PlacementFact }[] = [];
      const inBatch = new Map<string, number>();
      records.forEach((rec, index) => {
        const old = stored.get(rec.key);
        if (rec.kind === 'placement' && old) {
          receipts.push({ ...old, line: rec.line });
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
                errors: [{ field: 'kind', description: 'must be "placement"' }],
              }),
            ),
          });
          return;
        }
        const first = inBatch.get(rec.key);
        if (first !== undefined) {
          // the same key twice in one batch: the second is a replay of the first
          receipts.push({ line: rec.line, key: rec.key, accepted: true, resourceId: '', problemJson: `@${first}` });
          return;
        }
        const r = parsePlacementRecord(rec.json, rec.key, scope, source, caller, this.identity, today);
        if (!r.ok) {
          receipts.push({ line: rec.line, key: rec.key, accepted: false, resourceId: '', problemJson: r.problemJson });
          return;
        }
        inBatch.set(rec.key, index);
        toApply.push({ index, fact: r.fact });
        receipts.push({ line: rec.line, key: rec.key, accepted: true, resourceId: '', problemJson: '' });
      });
      const ids = await recordPlacements(
        m,
        toApply.map((a) => a.fact),
      );
      toApply.forEach((a, i) => (receipts[a.index].resourceId = ids[i]));
      for (const r of receipts) {
        if (r.problemJson.startsWith('@')) {
          const first = receipts[Number(r.problemJson.slice(1))];
          Object.assign(r, { accepted: first.accepted, resourceId: first.resourceId, problemJson: first.problemJson });
        }
      }
      if (toApply.length > 0) {
        const now = new Date().toISOString();
        await m.query(
          `INSERT INTO event_archive (consumer, event_id, topic, event_type, envelope)
           SELECT $1, x.id, $2, $3, x.envelope FROM jsonb_to_recordset($4::jsonb) AS x(id text, envelope jsonb)
           ON CONFLICT (consumer, event_id) DO NOTHING`,
          [
            IMPORTS_CONSUMER,
            IMPORT_ARCHIVE_TOPIC,
            IMPORT_APPLIED_TYPE,
            JSON.stringify(
              toApply.map((a) => ({
                id: a.fact.sourceKey,
                envelope: {
                  specversion: '1.0',
                  id: a.fact.sourceKey,
                  type: IMPORT_APPLIED_TYPE,
                  source: '/siapkerja/placement',
                  subject: importId,
                  time: now,
                  datacontenttype: 'application/json',
                  dataschema: `siapkerja:${IMPORT_ARCHIVE_TOPIC}/${IMPORT_APPLIED_TYPE}`,
                  regioncode: a.fact.regionCode,
                  data: a.fact,
                },
              })),
            ),
          ],
        );
        await m.query(
          `INSERT INTO import_receipts (scope, kind, key, accepted, resource_id, problem_json, import_id)
           SELECT $1, 'placement', x.key, true, x.resource_id, '', $2 FROM jsonb_to_recordset($3::jsonb) AS x(key text, resource_id text)
           ON CONFLICT DO NOTHING`,
          [
            scope,
            importId,
            JSON.stringify(toApply.map((a) => ({ key: receipts[a.index].key, resource_id: receipts[a.index].resourceId }))),
          ],
        );
      }
      return receipts;
    });
  }
}
