import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { dedupWindowDays, findDuplicate, isMatchablePerson, type ExistingPlacement, type PlacementFact } from './placements.rules';
import { reportMonth } from '../reports/report-month';

/** A stable placement id for a report (the application id for a Karirhub hire), so a rebuild reproduces the same ids. */
export function placementIdOf(f: PlacementFact): string {
  if (f.applicationId) return f.applicationId;
  const h = createHash('sha256').update(f.sourceKey).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Records placement reports of any channel, in the caller's transaction, with multi-row statements (a bulk import batch
 * is one call): a report already recorded (same source key) changes nothing; a second report of a placement already
 * counted (same person and employer within the window) only adds its source; anything else is a new placement. Answers
 * the placement id of each report, in order.
 */
export async function recordPlacements(
  m: EntityManager,
  facts: readonly PlacementFact[],
  windowDays = dedupWindowDays(),
): Promise<string[]> {
  if (facts.length === 0) return [];
  const known = new Map<string, string>(
    (
      (await m.query(`SELECT source_key, placement_id FROM placement_sources WHERE source_key = ANY($1)`, [
        facts.map((f) => f.sourceKey),
      ])) as {
        source_key: string;
        placement_id: string;
      }[]
    ).map((r) => [r.source_key, r.placement_id]),
  );
  const persons = [...new Set(facts.map((f) => f.personId).filter(isMatchablePerson))].sort();
  // one writer per person at a time (consumers and import batches run concurrently): two reports of one placement arriving
  // together must not both become new placements. Locks are taken in a fixed order, so batches never deadlock.
  await m.query(`SELECT count(pg_advisory_xact_lock(hashtext(p))) FROM (SELECT p FROM unnest($1::text[]) AS p ORDER BY p) s`, [persons]);
  const erased = new Set<string>(
    ((await m.query(`SELECT person_id FROM person_erasures WHERE person_id = ANY($1)`, [persons])) as { person_id: string }[]).map(
      (r) => r.person_id,
    ),
  );
  const existing: ExistingPlacement[] = (
    (await m.query(
      `SELECT placement_id, person_id, employer_key, to_char(placed_on, 'YYYY-MM-DD') AS placed_on FROM placements WHERE person_id = ANY($1)`,
      [persons],
    )) as { placement_id: string; person_id: string; employer_key: string; placed_on: string }[]
  ).map((r) => ({ placementId: r.placement_id, personId: r.person_id, employerKey: r.employer_key, placedOn: r.placed_on }));

  const ids: string[] = [];
  const newRows: Record<string, unknown>[] = [];
  const sources: { source_key: string; placement_id: string; source: string; reported_at: string }[] = [];
  const touched = new Set<string>();
  for (const f of facts) {
    const already = known.get(f.sourceKey);
    if (already) {
      ids.push(already);
      continue;
    }
    const dup = erased.has(f.personId) ? undefined : findDuplicate(f, existing, windowDays);
    const id = dup ? dup.placementId : placementIdOf(f);
    if (!dup) {
      const personId = erased.has(f.personId) ? `erased:${id}` : f.personId;
      newRows.push({
        placement_id: id,
        application_id: f.applicationId ?? null,
        vacancy_id: f.vacancyId ?? null,
        person_id: personId,
        employer_id: f.employerId ?? null,
        employer_key: f.employerKey,
        self_employed: f.selfEmployed,
        employer_type: f.employerType,
        kbji_code: f.kbjiCode,
        kbli_code: f.kbliCode,
        kbli_main_group: f.kbliMainGroup,
        region_code: f.regionCode,
        province_code: f.regionCode.slice(0, 2),
        work_region_code: f.workRegionCode,
        overseas: f.overseas,
        channel: f.channel,
        sex: f.sex,
        education_level: f.educationLevel,
        age_band: f.ageBand,
        month: reportMonth(f.placedAt),
        placed_at: f.placedAt,
        placed_on: f.placedOn,
        sources: [f.source],
      });
      existing.push({ placementId: id, personId, employerKey: f.employerKey, placedOn: f.placedOn });
    } else {
      touched.add(id);
    }
    known.set(f.sourceKey, id);
    sources.push({ source_key: f.sourceKey, placement_id: id, source: f.source, reported_at: f.placedAt });
    ids.push(id);
  }
  if (newRows.length > 0) {
    await m.query(
      `INSERT INTO placements (placement_id, application_id, vacancy_id, person_id, employer_id, employer_key, self_employed, employer_type, kbji_code,
                               kbli_code, kbli_main_group, region_code, province_code, work_region_code, overseas, channel, sex, education_level,
                               age_band, month, placed_at, placed_on, sources)
       SELECT placement_id, application_id, vacancy_id, person_id, employer_id, employer_key, self_employed, employer_type, kbji_code,
              kbli_code, kbli_main_group, region_code, province_code, work_region_code, overseas, channel, sex, education_level,
              age_band, month, placed_at, placed_on, sources
         FROM jsonb_to_recordset($1::jsonb) AS x(placement_id uuid, application_id uuid, vacancy_id uuid, person_id text, employer_id uuid,
              employer_key text, self_employed boolean, employer_type text, kbji_code text, kbli_code text, kbli_main_group text,
              region_code text, province_code text, work_region_code text, overseas boolean, channel text, sex smallint,
              education_level text, age_band text, month char(7), placed_at timestamptz, placed_on date, sources text[])
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(newRows)],
    );
  }
  await m.query(
    `INSERT INTO placement_sources (source_key, placement_id, source, reported_at)
     SELECT source_key, placement_id, source, reported_at FROM jsonb_to_recordset($1::jsonb)
         AS x(source_key text, placement_id uuid, source text, reported_at timestamptz)
     ON CONFLICT (source_key) DO NOTHING`,
    [JSON.stringify(sources)],
  );
  if (touched.size > 0) {
    await m.query(
      `UPDATE placements p SET sources = (SELECT array_agg(DISTINCT s.source ORDER BY s.source) FROM placement_sources s WHERE s.placement_id = p.placement_id)
        WHERE p.placement_id = ANY($1)`,
      [[...touched]],
    );
  }
  return ids;
}
