import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertRegionAllowed, currentCaller, isRegionBound } from '@siapkerja/authz';
import { canonicalRegionCode, isRegionCode } from '@siapkerja/codes';
import { forbidden, invalid, Violations } from '@siapkerja/errors';
import { isTimestampText, isUuid } from '@siapkerja/persistence';
import { isReportMonth } from '../reports/report-month';
import { CHANNELS, PLACEMENT_SOURCES } from './placements.rules';

export interface PlacementRow {
  placement_id: string;
  person_id: string;
  employer_key: string;
  self_employed: boolean;
  kbji_code: string;
  kbli_code: string;
  kbli_main_group: string;
  region_code: string;
  work_region_code: string;
  channel: string;
  employer_type: string;
  sex: number;
  education_level: string;
  age_band: string;
  placed_on_text: string;
  placed_at: Date;
  sources: string[];
  month: string;
}

/**
 * A page token: the last row's keyset position and the filters of its listing (the canonical region, month, channel,
 * source and KBJI prefix), so that a token is refused by any other listing (it would start that one at a foreign row).
 */
const encode = (r: PlacementRow, filter: string) =>
  Buffer.from(JSON.stringify([new Date(r.placed_at).toISOString(), r.placement_id, filter])).toString('base64url');
function decode(token: string): [string, string, string] | undefined {
  try {
    const v = JSON.parse(Buffer.from(token, 'base64url').toString()) as unknown;
    return Array.isArray(v) &&
      v.length === 3 &&
      typeof v[0] === 'string' &&
      isTimestampText(v[0]) &&
      isUuid(v[1]) &&
      typeof v[2] === 'string'
      ? [v[0], v[1], v[2]]
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Placements of every channel for officers (their region only) and the ministry (any region, or all), newest first, in
 * keyset pages (placed_at, placement_id): a page never repeats or skips a row when new placements arrive.
 */
@Injectable()
export class PlacementsListService {
  constructor(private readonly ds: DataSource) {}

  async list(q: {
    regionCode: string;
    month: string;
    channel: string;
    source: string;
    kbjiCode: string;
    pageSize: number;
    pageToken: string;
  }) {
    const v = new Violations();
    v.check(
      !q.regionCode || isRegionCode(q.regionCode, 'province') || isRegionCode(q.regionCode, 'regency'),
      'regionCode',
      'must be NN or NN.NN',
    );
    v.check(!q.month || isReportMonth(q.month), 'month', 'must be YYYY-MM');
    v.check(!q.channel || (CHANNELS as readonly string[]).includes(q.channel), 'channel', 'must be AKL, AKAD or AKAN');
    v.check(
      !q.source || (PLACEMENT_SOURCES as readonly string[]).includes(q.source),
      'source',
      `must be one of ${PLACEMENT_SOURCES.join(', ')}`,
    );
    v.check(!q.kbjiCode || /^\d{1,4}(\.\d{2})?$/.test(q.kbjiCode), 'kbjiCode', 'must be a KBJI code or prefix');
    v.check(q.pageSize >= 0 && q.pageSize <= 1000, 'pageSize', 'must be 0-1000');
    const cursor = q.pageToken ? decode(q.pageToken) : undefined;
    v.check(!q.pageToken || !!cursor, 'pageToken', 'is not a token of this list');
    v.throwIfAny();
    const caller = currentCaller();
    if (!isRegionBound(caller) && !caller?.roles.includes('MINISTRY_ADMIN'))
      throw forbidden('Only officers (their region) and the ministry list placements');
    // the canonical form is scoped and queried (' 33.73' and '3373' are 33.73); an officer's own region when none is given
    const regionCode = q.regionCode ? canonicalRegionCode(q.regionCode) : isRegionBound(caller) ? caller.regionCode : '';
    assertRegionAllowed(regionCode);
    // a token continues only the listing it came from (the same filters; the page size may change)
    const filter = JSON.stringify([regionCode, q.month, q.channel, q.source, q.kbjiCode]);
    if (cursor && cursor[2] !== filter)
      throw invalid([{ field: 'pageToken', description: 'is not a token of this list (the filters must stay the same)' }]);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, ...values: unknown[]) => {
      let s = sql;
      for (const val of values) {
        params.push(val);
        s = s.replace('?', `$${params.length}`);
      }
      where.push(s);
    };
    if (regionCode) add(regionCode.length === 2 ? 'province_code = ?' : 'region_code = ?', regionCode);
    if (q.month) add('month = ?', q.month);
    if (q.channel) add('channel = ?', q.channel);
    if (q.source) add('? = ANY(sources)', q.source);
    if (q.kbjiCode) add(`kbji_code LIKE ? || '%'`, q.kbjiCode);
    if (cursor) add('(placed_at, placement_id) < (?::timestamptz, ?::uuid)', cursor[0], cursor[1]);
    const size = q.pageSize || 100;
    const rows: PlacementRow[] = await this.ds.query(
      `SELECT *, to_char(placed_on, 'YYYY-MM-DD') AS placed_on_text FROM placements ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY placed_at DESC, placement_id DESC LIMIT ${size + 1}`,
      params,
    );
    const page = rows.slice(0, size);
    return { placements: page, nextPageToken: rows.length > size ? encode(page[page.length - 1], filter) : '' };
  }
}
