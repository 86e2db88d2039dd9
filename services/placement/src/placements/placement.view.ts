import type { placementV1 } from '@siapkerja/contracts';

/** A placements row as the Placement message. */
export function placementMessage(r: Record<string, unknown>): placementV1.Placement {
  return {
    id: String(r.placement_id),
    personId: String(r.person_id),
    employerKey: String(r.employer_key),
    selfEmployed: r.self_employed === true,
    kbjiCode: String(r.kbji_code ?? ''),
    kbliCode: String(r.kbli_code ?? ''),
    kbliMainGroup: String(r.kbli_main_group ?? ''),
    regionCode: String(r.region_code),
    workRegionCode: String(r.work_region_code ?? ''),
    channel: String(r.channel),
    employerType: String(r.employer_type),
    sex: Number(r.sex),
    educationLevel: String(r.education_level ?? ''),
    ageBand: String(r.age_band ?? ''),
    placedOn: String(r.placed_on_text),
    sources: (r.sources as string[]) ?? [],
    month: String(r.month),
  };
}
