import { canonicalRegionCode } from '@siapkerja/codes';
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
} from '@siapkerja/contracts';
import { on, type EventHandler } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';
import { archived } from '../archive/archive';
import { addSeekerClosings, addSeekerRegistrations, addVacancyClosings, addVacancyRegistrations } from './ipk.cells';
import { reportMonth } from '../reports/report-month';
import { kbjiMajorOf, kbliMainGroupOf } from './ipk.rules';

async function registerSeeker(m: EntityManager, d: JobSeekerFactsData, at: string): Promise<void> {
  // the producer's region in its canonical form (it may send ' 33.73' or '3373' for 33.73)
  const region = canonicalRegionCode(d.regionCode);
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
      d.wantedKbjiCodes ?? [],
      kbjiMajorOf(d.wantedKbjiCodes?.[0]),
      reportMonth(at),
    ],
  );
}

/** A seeker leaves the register (placed, removed or his card expired): counted once, in the month he left. */
async function closeSeeker(m: EntityManager, d: JobSeekerFactsData, kind: 'PLACED' | 'REMOVED', at: string): Promise<void> {
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

/** A vacancy leaves the register: its positions filled (numberHired, at most all of them) and the rest removed. */
async function closeVacancy(m: EntityManager, vacancyId: string, hired: number, at: string): Promise<void> {
  await m.query(
    `WITH closed AS (
       UPDATE ipk_vacancies SET filled = least($2, positions), removed = positions - least($2, positions), closed_month = greatest($3, registered_month)
        WHERE vacancy_id = $1 AND closed_month IS NULL RETURNING *)
     ${addVacancyClosings('closed', '1')}`,
    [vacancyId, Math.max(0, hired), reportMonth(at)],
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
      on(JobSeekerRegistered, (e, m) => registerSeeker(m, e.data, e.data.registeredAt)),
      on(JobSeekerPlaced, (e, m) => closeSeeker(m, e.data, 'PLACED', e.data.placedAt)),
      on(JobSeekerRemoved, (e, m) => closeSeeker(m, e.data, 'REMOVED', e.data.removedAt)),
      on(JobSeekerExpired, (e, m) => closeSeeker(m, e.data, 'REMOVED', e.data.expiredAt)),
      on(VacancyRegistered, async (e, m) => {
        const d = e.data;
        const region = canonicalRegionCode(d.regionCode);
        await m.query(
          `WITH ins AS (
             INSERT INTO ipk_vacancies (vacancy_id, region_code, province_code, kbji_code, kbji_major_group, positions, registered_month)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (vacancy_id) DO NOTHING RETURNING *)
           ${addVacancyRegistrations('ins', '1')}`,
          [d.vacancyId, region, region.slice(0, 2), d.kbjiCode, kbjiMajorOf(d.kbjiCode), d.numberNeeded, reportMonth(d.registeredAt)],
        );
      }),
      // published in the same transaction as the registration: carries what III/1 (sex), III/4 and III/6 count
      on(VacancyPublished, async (e, m) => {
        const d = e.data;
        // the row moves to the cells of its new facts: out of the old ones (-1), into the new ones (+1)
        const [old]: Record<string, unknown>[] = await m.query(`SELECT * FROM ipk_vacancies WHERE vacancy_id = $1 FOR UPDATE`, [
          d.vacancyId,
        ]);
        if (!old) return;
        const [updated]: Record<string, unknown>[][] = await m.query(
          `UPDATE ipk_vacancies SET kbli_main_group = $2, sex_requirement = $3, education_level = $4 WHERE vacancy_id = $1 RETURNING *`,
          [d.vacancyId, kbliMainGroupOf(d.kbliCode), d.sexRequirement || 'ANY', d.minEducation || ''],
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
      on(VacancyFilled, (e, m) => closeVacancy(m, e.data.vacancyId, e.data.numberHired, e.data.filledAt)),
      on(VacancyClosed, (e, m) => closeVacancy(m, e.data.vacancyId, 0, e.data.closedAt)),
      on(VacancyExpired, (e, m) => closeVacancy(m, e.data.vacancyId, 0, e.data.expiredAt)),
      on(VacancyWithdrawn, (e, m) => closeVacancy(m, e.data.vacancyId, 0, e.data.withdrawnAt)),
    ];
  }
}
