import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  JobSeekerExpired,
  JobSeekerPlaced,
  JobSeekerRegistered,
  JobSeekerRemoved,
  VacancyClosed,
  VacancyExpired,
  VacancyFilled,
  VacancyPublished,
  VacancyRegistered,
  VacancyWithdrawn,
  type JobSeekerFactsData,
  type VacancyTransitionData,
  type VacancyWithdrawnData,
} from '@siapkerja/contracts';
import { on, PoisonMessageError, type EventHandler } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';
import { archived } from '../archive/archive';
import { addSeekerClosings, addSeekerRegistrations, addVacancyClosings, addVacancyRegistrations } from './ipk.cells';
import { reportMonth } from '../reports/report-month';
import { kbjiMajorOf } from './ipk.rules';
import {
  ageBandOrUnknown,
  educationOrUnknown,
  EventChecks,
  kbjiListOrEmpty,
  kbjiOrUnknown,
  kbliMainGroupOrUnknown,
  knownOr,
  MAX_POSITIONS,
} from '../archive/event-guard';

/** The facts of a seeker's event as counted, checked (archive/event-guard.ts): unusable ones are dead-lettered. */
function seekerFacts(type: string, d: JobSeekerFactsData, at: unknown, atField: string) {
  const c = new EventChecks(type);
  const wanted = kbjiListOrEmpty(d.wantedKbjiCodes);
  return {
    jobSeekerId: c.uuid(d.jobSeekerId, 'jobSeekerId'),
    personId: c.personId(d.personId, 'personId'),
    // the producer's region in its canonical form (it may send ' 33.73' or '3373' for 33.73)
    regionCode: c.regency(d.regionCode, 'regionCode'),
    sex: c.oneOf(d.sex, [1, 2], 'sex'),
    ageBand: ageBandOrUnknown(d.ageBand),
    educationLevel: educationOrUnknown(d.educationLevel),
    wantedKbjiCodes: wanted,
    at: c.time(at, atField),
  };
}
type SeekerFacts = ReturnType<typeof seekerFacts>;

async function registerSeeker(m: EntityManager, d: SeekerFacts, at: string): Promise<void> {
  const region = d.regionCode;
  await m.query(
    `WITH ins AS (
       INSERT INTO ipk_job_seekers (job_seeker_id, person_id, region_code, province_code, sex, age_band, education_level, wanted_kbji_codes,
                                    kbji_major_group, registered_month)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (job_seeker_id) DO NOTHING RETURNING *)
     ${addSeekerRegistrations('ins')}`,
    [
      d.jobSeekerId,
      d.personId,
      region,
      region.slice(0, 2),
      d.sex,
      d.ageBand,
      d.educationLevel,
      d.wantedKbjiCodes,
      kbjiMajorOf(d.wantedKbjiCodes[0]),
      reportMonth(at),
    ],
  );
}

/** A seeker leaves the register (placed, removed or his card expired): counted once, in the month he left. */
async function closeSeeker(m: EntityManager, d: SeekerFacts, kind: 'PLACED' | 'REMOVED', at: string): Promise<void> {
  // a seeker registered before the platform's events began is registered and closed in the same month
  await registerSeeker(m, d, at);
  await m.query(
    `WITH closed AS (
       UPDATE ipk_job_seekers SET closed_kind = $2, closed_month = greatest($3, registered_month) WHERE job_seeker_id = $1 AND closed_kind IS NULL
       RETURNING *)
     ${addSeekerClosings('closed')}`,
    [d.jobSeekerId, kind, reportMonth(at)],
  );
}

/** A vacancy's registration as counted, checked (archive/event-guard.ts): unusable ones are dead-lettered. */
function vacancyFacts(type: string, d: { vacancyId: unknown; regionCode: unknown; kbjiCode?: unknown; numberNeeded: unknown }) {
  const c = new EventChecks(type);
  return {
    vacancyId: c.uuid(d.vacancyId, 'vacancyId'),
    regionCode: c.regency(d.regionCode, 'regionCode'),
    kbjiCode: kbjiOrUnknown(d.kbjiCode),
    positions: c.int(d.numberNeeded, 'numberNeeded', 1, MAX_POSITIONS),
  };
}
type VacancyFacts = ReturnType<typeof vacancyFacts>;

async function registerVacancy(m: EntityManager, v: VacancyFacts, month: string): Promise<void> {
  await m.query(
    `WITH ins AS (
       INSERT INTO ipk_vacancies (vacancy_id, region_code, province_code, kbji_code, kbji_major_group, positions, registered_month)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (vacancy_id) DO NOTHING RETURNING *)
     ${addVacancyRegistrations('ins', '1')}`,
    [v.vacancyId, v.regionCode, v.regionCode.slice(0, 2), v.kbjiCode, kbjiMajorOf(v.kbjiCode), v.positions, month],
  );
}

/**
 * A vacancy leaves the register: its positions filled (numberHired, at most all of them) and the rest removed. One whose
 * registration has not arrived (out of order, or registered before the platform's events began) is registered from the
 * transition's facts in the month it closes, like a seeker (a registration arriving afterwards changes nothing): without
 * it the closing was lost and the late registration kept the vacancy open in every later month.
 */
async function closeVacancy(
  m: EntityManager,
  type: string,
  d: VacancyTransitionData,
  hired: unknown,
  at: unknown,
  atField: string,
): Promise<void> {
  const c = new EventChecks(type);
  const vacancyId = c.uuid(d.vacancyId, 'vacancyId');
  const month = reportMonth(c.time(at, atField));
  const filled = hired === 0 ? 0 : c.int(hired, 'numberHired', 0, MAX_POSITIONS);
  // a transition without usable registration facts (an older producer's) closes only a vacancy the register holds
  let v: VacancyFacts | undefined;
  try {
    v = vacancyFacts(type, d);
  } catch (e) {
    if (!(e instanceof PoisonMessageError)) throw e;
  }
  if (v) await registerVacancy(m, v, month);
  await m.query(
    `WITH closed AS (
       UPDATE ipk_vacancies SET filled = least($2, positions), removed = positions - least($2, positions), closed_month = greatest($3, registered_month)
        WHERE vacancy_id = $1 AND closed_month IS NULL RETURNING *)
     ${addVacancyClosings('closed', '1')}`,
    [vacancyId, filled, month],
  );
}

/** A withdrawal carries no positions: it closes a vacancy the register holds (none: nothing to remove). */
async function withdrawVacancy(m: EntityManager, type: string, d: VacancyWithdrawnData): Promise<void> {
  const c = new EventChecks(type);
  const vacancyId = c.uuid(d.vacancyId, 'vacancyId');
  const month = reportMonth(c.time(d.withdrawnAt, 'withdrawnAt'));
  await m.query(
    `WITH closed AS (
       UPDATE ipk_vacancies SET removed = positions, closed_month = greatest($2, registered_month)
        WHERE vacancy_id = $1 AND closed_month IS NULL RETURNING *)
     ${addVacancyClosings('closed', '1')}`,
    [vacancyId, month],
  );
}

/**
 * IPK III/1-III/6 read models: one row per job seeker and per vacancy with the facts of its registration (region, sex, age
 * band, education, KBJI major group, KBLI main group) and how and when it left the register. Every count of a month is a
 * filter over these rows, so remaining = carried over + registered - placed - removed holds in every row by construction,
 * and next month's carried over is this month's remaining. A seeker keeps the age band and education of his registration
 * in every column (a row never loses a person it did not gain).
 */
@Injectable()
export class IpkConsumer implements EventConsumer {
  readonly consumerName = 'ipk';

  handlers() {
    return archived(this.consumerName, this.appliers());
  }

  /** The effects without the archive (the rebuild from Kafka applies them to events it did not archive). */
  appliers(): EventHandler<any>[] {
    return [
      on(JobSeekerRegistered, (e, m) => {
        const d = seekerFacts(e.type, e.data, e.data.registeredAt, 'registeredAt');
        return registerSeeker(m, d, d.at);
      }),
      on(JobSeekerPlaced, (e, m) => {
        const d = seekerFacts(e.type, e.data, e.data.placedAt, 'placedAt');
        return closeSeeker(m, d, 'PLACED', d.at);
      }),
      on(JobSeekerRemoved, (e, m) => {
        const d = seekerFacts(e.type, e.data, e.data.removedAt, 'removedAt');
        return closeSeeker(m, d, 'REMOVED', d.at);
      }),
      on(JobSeekerExpired, (e, m) => {
        const d = seekerFacts(e.type, e.data, e.data.expiredAt, 'expiredAt');
        return closeSeeker(m, d, 'REMOVED', d.at);
      }),
      on(VacancyRegistered, async (e, m) => {
        const v = vacancyFacts(e.type, e.data);
        await registerVacancy(m, v, reportMonth(new EventChecks(e.type).time(e.data.registeredAt, 'registeredAt')));
      }),
      // published in the same transaction as the registration: carries what III/1 (sex), III/4 and III/6 count
      on(VacancyPublished, async (e, m) => {
        const d = e.data;
        new EventChecks(e.type).uuid(d.vacancyId, 'vacancyId');
        // the row moves to the cells of its new facts: out of the old ones (-1), into the new ones (+1)
        const [old]: Record<string, unknown>[] = await m.query(`SELECT * FROM ipk_vacancies WHERE vacancy_id = $1 FOR UPDATE`, [
          d.vacancyId,
        ]);
        if (!old) return;
        const [updated]: Record<string, unknown>[][] = await m.query(
          `UPDATE ipk_vacancies SET kbli_main_group = $2, sex_requirement = $3, education_level = $4 WHERE vacancy_id = $1 RETURNING *`,
          // the forms' code lists: anything else is unknown (''), never a row of its own
          [
            d.vacancyId,
            kbliMainGroupOrUnknown(undefined, d.kbliCode),
            knownOr(d.sexRequirement, ['MALE', 'FEMALE']) || 'ANY',
            educationOrUnknown(d.minEducation),
          ],
        );
        const moved = JSON.stringify([
          { ...old, sign: -1 },
          { ...updated[0], sign: 1 },
        ]);
        const rows = `(SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(sign int, region_code text, province_code text, registered_month text,
                       closed_month text, positions int, filled int, removed int, sex_requirement text, education_level text,
                       kbji_major_group text, kbli_main_group text))`;
        await m.query(addVacancyRegistrations(rows), [moved]);
        if (old.closed_month) await m.query(addVacancyClosings(rows), [moved]);
      }),
      on(VacancyFilled, (e, m) => closeVacancy(m, e.type, e.data, e.data.numberHired, e.data.filledAt, 'filledAt')),
      on(VacancyClosed, (e, m) => closeVacancy(m, e.type, e.data, 0, e.data.closedAt, 'closedAt')),
      on(VacancyExpired, (e, m) => closeVacancy(m, e.type, e.data, 0, e.data.expiredAt, 'expiredAt')),
      on(VacancyWithdrawn, (e, m) => withdrawVacancy(m, e.type, e.data)),
    ];
  }
}
