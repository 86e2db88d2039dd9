import { Injectable } from '@nestjs/common';
import { todayWib } from '@siapkerja/codes';
import { DataSource, In } from 'typeorm';
import { currentCaller, isRegionBound, regionWithin } from '@siapkerja/authz';
import { forbidden, notFound, Violations } from '@siapkerja/errors';
import { isUuid } from '@siapkerja/persistence';
import { actsForSeeker } from '../applications/applications.service';
import { employerAccess } from '../employers/employer-access';
import { EmployerEntity } from '../employers/employer.entity';
import { JobSeekerEntity } from '../job-seekers/job-seeker.entity';
import { mayRead } from '../job-seekers/job-seekers.rules';
import { VacancyEntity } from '../vacancies/vacancy.entity';
import {
  certificateCounts,
  scoreMatch,
  skillKey,
  type HeldCertificate,
  type MatchResult,
  type MatchSeeker,
  type MatchVacancy,
} from './match-score';

export const DEFAULT_MATCH_LIMIT = 10;
export const MAX_MATCH_LIMIT = 50;

/**
 * Upper bounds of each candidate source. Every source is one bounded index scan (migration 1763800000410): the candidate
 * set never exceeds their sum, whatever the size of the catalogue, and is scored in memory.
 */
export const CANDIDATE_LIMITS = Object.freeze({
  occupationInRegency: 200,
  occupationInProvince: 400,
  occupation: 150,
  minorGroupInProvince: 200,
  skkni: 150,
  skills: 150,
  certificates: 150,
});

/**
 * A skill carried by more than this share of published vacancies ('komunikasi', 'kerja tim') finds no candidates: its
 * posting list is a large part of the catalogue (117,000 entries of 920,000: 40 ms of a 50 ms match), and it tells nothing
 * about which vacancy fits. It still counts in the score of the candidates found otherwise. Judged only on a catalogue of
 * COMMON_SKILL_MIN_VACANCIES or more (before that, shares say little), from the planner statistics of the skills index.
 */
export const COMMON_SKILL_SHARE = 0.05;
export const COMMON_SKILL_MIN_VACANCIES = 10_000;
const COMMON_SKILLS_REFRESH_MS = 10 * 60_000;

export interface VacancyCandidate extends MatchVacancy {
  id: string;
  employerId: string;
  positionName: string;
  kbliCode: string;
  validUntil: string;
}

export interface ScoredVacancy {
  vacancy: VacancyCandidate;
  match: MatchResult;
}

export interface ScoredSeeker {
  jobSeeker: JobSeekerEntity;
  match: MatchResult;
}

const ACTIVE = `state IN ('REGISTERED','REPORTED')`;
const digits = (kbji: string) => kbji.split('.')[0];
const prefixes = (codes: string[], n: number) => [
  ...new Set(
    codes
      .map(digits)
      .filter((d) => d.length >= n)
      .map((d) => d.slice(0, n)),
  ),
];
const num = (x: string | number | null) => (x === null || x === undefined ? 0 : Number(x));

function seekerInput(
  s: Pick<
    JobSeekerEntity,
    'wantedKbjiCodes' | 'skkniUnits' | 'skills' | 'educationLevel' | 'regionCode' | 'expectedWage' | 'sex' | 'birthDate'
  >,
  certificates: HeldCertificate[],
): MatchSeeker {
  return {
    wantedKbjiCodes: s.wantedKbjiCodes,
    skkniUnits: s.skkniUnits,
    skills: s.skills,
    // Sertihub certificates the person holds (certificates_held, kept from the certificate events)
    certificates,
    educationLevel: s.educationLevel,
    regionCode: s.regionCode,
    expectedWage: num(s.expectedWage),
    sex: s.sex,
    birthDate: s.birthDate,
  };
}

function validateLimit(limit: number | undefined): number {
  const n = limit ?? 0;
  new Violations()
    .check(
      Number.isInteger(n) && n >= 0 && n <= MAX_MATCH_LIMIT,
      'limit',
      `must be from 1 to ${MAX_MATCH_LIMIT} (0: ${DEFAULT_MATCH_LIMIT})`,
    )
    .throwIfAny();
  return n || DEFAULT_MATCH_LIMIT;
}

interface HeldRow {
  person_id: string;
  number: string;
  scheme_code: string;
  competency_units: string[];
  kbji_code: string;
  status: string;
  valid_until: string;
}

/** The certificates each of these people holds (any status), by person id, in one query. */
async function certificatesHeldBy(ds: Pick<DataSource, 'query'>, personIds: string[]): Promise<Map<string, HeldCertificate[]>> {
  const out = new Map<string, HeldCertificate[]>();
  if (!personIds.length) return out;
  const rows: HeldRow[] = await ds.query(
    `SELECT person_id, number, scheme_code, competency_units, kbji_code, status, valid_until::text AS valid_until
       FROM certificates_held WHERE person_id = ANY($1::text[]) ORDER BY valid_until DESC, certificate_id`,
    [[...new Set(personIds)]],
  );
  for (const r of rows) {
    const c: HeldCertificate = {
      number: r.number,
      schemeCode: r.scheme_code,
      competencyUnits: r.competency_units,
      kbjiCode: r.kbji_code,
      status: r.status,
      validUntil: r.valid_until,
    };
    out.set(r.person_id, [...(out.get(r.person_id) ?? []), c]);
  }
  return out;
}

/** Best first; equal scores by id so the order is stable. */
const byScore =
  <T extends { match: MatchResult }>(id: (x: T) => string) =>
  (a: T, b: T) =>
    b.match.score - a.match.score || (id(a) < id(b) ? -1 : 1);

@Injectable()
export class MatchingService {
  private common?: { at: number; keys: Promise<Set<string>> };

  constructor(private readonly ds: DataSource) {}

  /** Skill keys too common to find candidates by (COMMON_SKILL_SHARE), read from pg_stats at most every 10 minutes. */
  commonSkillKeys(now = Date.now()): Promise<Set<string>> {
    if (this.common && now - this.common.at < COMMON_SKILLS_REFRESH_MS) return this.common.keys;
    const keys = this.ds
      .query(
        `SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs, c.reltuples AS rows
           FROM pg_stats s JOIN pg_class c ON c.relname = s.tablename WHERE s.tablename = 'vacancies_match_skills' AND s.attname = 'skill_keys'`,
      )
      .then(([row]: { elems: string[] | null; freqs: number[] | null; rows: number }[]) => {
        if (!row?.elems || !row.freqs || Number(row.rows) < COMMON_SKILL_MIN_VACANCIES) return new Set<string>();
        return new Set(row.elems.filter((_, i) => Number(row.freqs![i]) > COMMON_SKILL_SHARE));
      })
      // no statistics (yet): every skill finds candidates
      .catch(() => new Set<string>());
    this.common = { at: now, keys };
    return keys;
  }

  /**
   * The top published vacancies for a job seeker (the seeker side: himself, a partner acting for him, an officer of his
   * region, the ministry). Candidates come from bounded index scans: same 4-digit occupation in the seeker's regency, province
   * and anywhere, same minor group in the province, shared SKKNI units, shared skills (the occupations and units of the
   * seeker's valid certificates count as wanted occupations and units); then every candidate is scored by {@link scoreMatch}
   * with the certificates the seeker holds.
   */
  async matchVacancies(
    jobSeekerId: string,
    limit?: number,
    now: Date = new Date(),
  ): Promise<{ matches: ScoredVacancy[]; candidates: number }> {
    const n = validateLimit(limit);
    if (!isUuid(jobSeekerId)) throw notFound('Job seeker', jobSeekerId);
    const seeker = await this.ds.getRepository(JobSeekerEntity).findOneBy({ id: jobSeekerId });
    if (!seeker) throw notFound('Job seeker', jobSeekerId);
    // another person's registration answers as an unknown id does (job-seekers.rules mayRead)
    if (!actsForSeeker(seeker)) {
      if (!mayRead(currentCaller(), seeker)) throw notFound('Job seeker', jobSeekerId);
      throw forbidden(`The caller does not act for job seeker ${jobSeekerId}`);
    }

    const today = todayWib(now);
    const held = (await certificatesHeldBy(this.ds, [seeker.personId])).get(seeker.personId) ?? [];
    const counting = held.filter((c) => certificateCounts(c, today));
    // a valid certificate makes its occupation and its units candidate sources, like wanted occupations and skills do
    const wanted = [...seeker.wantedKbjiCodes, ...counting.map((c) => c.kbjiCode).filter(Boolean)];
    const units = [...new Set([...seeker.skkniUnits, ...counting.flatMap((c) => c.competencyUnits)])];
    const common = await this.commonSkillKeys();
    const L = CANDIDATE_LIMITS;
    const columns = `id, employer_id, position_name, kbji_code, kbli_code, region_code, min_education, skills, skkni_units, wage_min, wage_max, wage_hidden, overseas,
                     destination_country, sex_requirement, age_min, age_max, valid_until::text AS valid_until`;
    const source = (where: string, limit: number) =>
      `(SELECT ${columns} FROM vacancies WHERE state = 'PUBLISHED' AND ${where} LIMIT ${limit})`;
    // UNION ALL of bounded scans returning whole rows (no second visit of the heap); duplicates are dropped below
    const all: {
      id: string;
      employer_id: string;
      position_name: string;
      kbji_code: string;
      kbli_code: string;
      region_code: string;
      min_education: string;
      skills: string[];
      skkni_units: string[];
      wage_min: string | null;
      wage_max: string | null;
      wage_hidden: boolean;
      overseas: boolean;
      destination_country: string | null;
      sex_requirement: string;
      age_min: number | null;
      age_max: number | null;
      valid_until: string;
    }[] = await this.ds.query(
      [
        source('left(kbji_code, 4) = ANY($1::text[]) AND province_code = $3 AND region_code = $4', L.occupationInRegency),
        source('left(kbji_code, 4) = ANY($1::text[]) AND province_code = $3', L.occupationInProvince),
        source('left(kbji_code, 4) = ANY($1::text[])', L.occupation),
        source('left(kbji_code, 3) = ANY($2::text[]) AND province_code = $3', L.minorGroupInProvince),
        source('skkni_units && $5::text[]', L.skkni),
        source('skill_keys(skills) && $6::text[]', L.skills),
      ].join(' UNION ALL '),
      [
        prefixes(wanted, 4),
        prefixes(wanted, 3),
        seeker.regionCode.slice(0, 2),
        seeker.regionCode,
        units,
        [...new Set(seeker.skills.map(skillKey).filter((k) => k && !common.has(k)))],
      ],
    );
    const seen = new Set<string>();
    const rows = all.filter((r) => !seen.has(r.id) && !!seen.add(r.id));
    const input = seekerInput(seeker, held);
    const scored = rows.map((r): ScoredVacancy => {
      const vacancy: VacancyCandidate = {
        id: r.id,
        employerId: r.employer_id,
        positionName: r.position_name,
        kbjiCode: r.kbji_code,
        kbliCode: r.kbli_code,
        regionCode: r.region_code,
        minEducation: r.min_education,
        skills: r.skills,
        skkniUnits: r.skkni_units,
        wageMin: num(r.wage_min),
        wageMax: num(r.wage_max),
        wageHidden: r.wage_hidden,
        overseas: r.overseas,
        destinationCountry: r.destination_country,
        sexRequirement: r.sex_requirement,
        ageMin: r.age_min,
        ageMax: r.age_max,
        validUntil: r.valid_until,
      };
      return { vacancy, match: scoreMatch(input, vacancy, today) };
    });
    scored.sort(byScore((x) => x.vacancy.id));
    return { matches: scored.slice(0, n), candidates: rows.length };
  }

  /**
   * The top active job seekers for a vacancy: for who acts for its employer, officers of the vacancy's or the employer's
   * region and the ministry. Candidates: seekers wanting the vacancy's occupation (4 digits, then its minor group), sharing
   * its SKKNI units or skills, holding a valid certificate for its units or occupation, each a bounded index scan over active
   * seekers.
   */
  async matchJobSeekers(
    vacancyId: string,
    limit?: number,
    now: Date = new Date(),
  ): Promise<{ matches: ScoredSeeker[]; candidates: number }> {
    const n = validateLimit(limit);
    if (!isUuid(vacancyId)) throw notFound('Vacancy', vacancyId);
    const vacancy = await this.ds.getRepository(VacancyEntity).findOneBy({ id: vacancyId });
    if (!vacancy) throw notFound('Vacancy', vacancyId);
    const caller = currentCaller();
    const employer = await this.ds.getRepository(EmployerEntity).findOneByOrFail({ id: vacancy.employerId });
    const allowed =
      (isRegionBound(caller) && regionWithin(vacancy.regionCode, caller.regionCode)) ||
      !!(await employerAccess(this.ds.manager, employer, caller));
    if (!allowed) {
      if (vacancy.state === 'DRAFT') throw notFound('Vacancy', vacancyId);
      throw forbidden(
        `Only who acts for employer ${employer.id}, an officer of its region or the ministry matches job seekers to vacancy ${vacancyId}`,
      );
    }

    const L = CANDIDATE_LIMITS;
    const v = digits(vacancy.kbjiCode);
    const today = todayWib(now);
    const rows: {
      id: string;
      person_id: string;
      wanted_kbji_codes: string[];
      skkni_units: string[];
      skills: string[];
      education_level: string;
      region_code: string;
      expected_wage: string | null;
      sex: number;
      birth_date: string;
    }[] = await this.ds.query(
      `WITH cand AS (
           (SELECT id FROM job_seekers WHERE ${ACTIVE} AND kbji_prefixes(wanted_kbji_codes) && $1::text[] LIMIT ${L.occupationInRegency + L.occupationInProvince + L.occupation})
           UNION (SELECT id FROM job_seekers WHERE ${ACTIVE} AND kbji_prefixes(wanted_kbji_codes) && $2::text[] LIMIT ${L.minorGroupInProvince})
           UNION (SELECT id FROM job_seekers WHERE ${ACTIVE} AND skkni_units && $3::text[] LIMIT ${L.skkni})
           UNION (SELECT id FROM job_seekers WHERE ${ACTIVE} AND skill_keys(skills) && $4::text[] LIMIT ${L.skills})
           -- people holding a valid certificate for the vacancy's units or its occupation (unit group)
           UNION (SELECT s.id FROM certificates_held c JOIN job_seekers s ON s.person_id = c.person_id
                   WHERE c.status = 'VALID' AND c.valid_until >= $5::date AND (c.competency_units && $3::text[] OR (c.kbji_code <> '' AND left(c.kbji_code, 4) = $6))
                     AND s.state IN ('REGISTERED','REPORTED') LIMIT ${L.certificates})
         )
         SELECT s.id, s.person_id, s.wanted_kbji_codes, s.skkni_units, s.skills, s.education_level, s.region_code, s.expected_wage, s.sex, s.birth_date::text AS birth_date
           FROM job_seekers s JOIN cand USING (id)
          -- UU 27/2022: a person who restricted processing (or was erased) is never proposed
          WHERE s.processing_restricted_at IS NULL AND s.erased_at IS NULL`,
      [
        [v],
        v.length >= 3 ? [v.slice(0, 3)] : [],
        vacancy.skkniUnits,
        [...new Set(vacancy.skills.map(skillKey).filter(Boolean))],
        today,
        v.length >= 4 ? v.slice(0, 4) : v,
      ],
    );
    const held = await certificatesHeldBy(
      this.ds,
      rows.map((r) => r.person_id),
    );
    const target: MatchVacancy = {
      kbjiCode: vacancy.kbjiCode,
      skkniUnits: vacancy.skkniUnits,
      skills: vacancy.skills,
      minEducation: vacancy.minEducation,
      regionCode: vacancy.regionCode,
      overseas: vacancy.overseas,
      destinationCountry: vacancy.destinationCountry,
      wageMin: num(vacancy.wageMin),
      wageMax: num(vacancy.wageMax),
      wageHidden: vacancy.wageHidden,
      sexRequirement: vacancy.sexRequirement,
      ageMin: vacancy.ageMin,
      ageMax: vacancy.ageMax,
    };
    const scored = rows.map((r) => ({
      id: r.id,
      match: scoreMatch(
        seekerInput(
          {
            wantedKbjiCodes: r.wanted_kbji_codes,
            skkniUnits: r.skkni_units,
            skills: r.skills,
            educationLevel: r.education_level,
            regionCode: r.region_code,
            expectedWage: r.expected_wage,
            sex: r.sex,
            birthDate: r.birth_date,
          },
          held.get(r.person_id) ?? [],
        ),
        target,
        today,
      ),
    }));
    scored.sort(byScore((x) => x.id));
    const top = scored.slice(0, n);
    const seekers = new Map((await this.ds.getRepository(JobSeekerEntity).findBy({ id: In(top.map((t) => t.id)) })).map((s) => [s.id, s]));
    return {
      matches: top.filter((t) => seekers.has(t.id)).map((t) => ({ jobSeeker: seekers.get(t.id)!, match: t.match })),
      candidates: rows.length,
    };
  }
}
