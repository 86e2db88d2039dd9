import { ipkAgeBandOn, parseYmd } from '@siapkerja/codes';
import type { SelfEmploymentPlacementData } from '@siapkerja/contracts';
import { Violations } from '@siapkerja/errors';
import type { GroupEntity, GroupMemberEntity } from '../groups/group.entity';
import { REPORT_KINDS } from './report.entity';

export const REVIEW_DECISIONS = ['ACCEPTED', 'REJECTED'] as const;

export interface NewReport {
  kind: string;
  period: string;
  revenue: number;
  activeMembers: number;
  workersHired: number;
  notes: string;
}

export function reportViolations(r: NewReport, today: string): Violations {
  return new Violations()
    .check((REPORT_KINDS as readonly string[]).includes(r.kind), 'kind', `must be one of ${REPORT_KINDS.join(', ')}`)
    .check(
      /^\d{4}-(0[1-9]|1[0-2])$/.test(r.period ?? '') && r.period <= today.slice(0, 7),
      'period',
      'must be a month YYYY-MM, not in the future',
    )
    .check(Number.isInteger(r.revenue) && r.revenue >= 0 && r.revenue <= 1e13, 'revenue', 'must be a whole number of Rupiah, 0 or more')
    .check(Number.isInteger(r.activeMembers) && r.activeMembers >= 0 && r.activeMembers <= 100, 'activeMembers', 'must be 0 to 100')
    .check(Number.isInteger(r.workersHired) && r.workersHired >= 0 && r.workersHired <= 1000, 'workersHired', 'must be 0 to 1000')
    .check((r.notes ?? '').length <= 4000, 'notes', 'must be at most 4000 characters');
}

export function visitViolations(visitedOn: string, notes: string, today: string): Violations {
  return new Violations()
    .check(!!parseYmd(visitedOn) && visitedOn <= today, 'visitedOn', 'must be a date YYYY-MM-DD (from the year 0001), not in the future')
    .check(!!notes?.trim() && notes.length <= 4000, 'notes', 'is required (at most 4000 characters)');
}

/**
 * The self-employment placements an accepted report makes: each active member once (key `<group>:member:<person>`), and
 * each worker the business employs (`<group>:worker:<n>`, n = 1..workersHired, so a report counting the same workers again
 * makes no new key). Already recorded keys are dropped by the caller (the key is the placement's primary key).
 */
export function placementsOf(
  group: Pick<GroupEntity, 'id' | 'programId' | 'kbliCode' | 'regionCode' | 'locationRegionCode'>,
  members: Pick<GroupMemberEntity, 'personId' | 'sex' | 'birthDate' | 'educationLevel' | 'active'>[],
  workersHired: number,
  placedAt: string,
  occurredAt: string,
): SelfEmploymentPlacementData[] {
  const base = {
    groupId: group.id,
    tkmProgramId: group.programId,
    kbliCode: group.kbliCode,
    kbliMainGroup: group.kbliCode.slice(0, 2),
    // the regency where the business runs (a district location counts in its regency)
    regionCode: (group.locationRegionCode ?? group.regionCode).slice(0, 5),
    channel: 'AKL',
    employerType: 'INDIVIDUAL',
    placedAt,
    occurredAt,
  };
  const out: SelfEmploymentPlacementData[] = members
    .filter((m) => m.active)
    .map((m) => ({
      ...base,
      placementKey: `${group.id}:member:${m.personId}`,
      role: 'MEMBER',
      personId: m.personId,
      sex: m.sex,
      ageBand: ipkAgeBandOn(m.birthDate, placedAt) ?? '',
      educationLevel: m.educationLevel,
    }));
  for (let n = 1; n <= workersHired; n++)
    out.push({
      ...base,
      placementKey: `${group.id}:worker:${n}`,
      role: 'HIRED_WORKER',
      personId: '',
      sex: 0,
      ageBand: '',
      educationLevel: '',
    });
  return out;
}
