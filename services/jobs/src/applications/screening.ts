import { ageOn, meetsMinimumEducation } from '@siapkerja/codes';
import type { ExperienceEntry } from '../job-seekers/job-seeker.entity';
import type { ScreeningNote } from './application.entity';

export interface ScreenedSeeker {
  sex: number;
  birthDate: string;
  educationLevel: string;
  experience: ExperienceEntry[];
}

export interface ScreenedVacancy {
  sexRequirement: string;
  ageMin: number | null;
  ageMax: number | null;
  minEducation: string;
  experienceMonthsMin: number;
  overseas: boolean;
  destinationCountry: string | null;
}

/** Whole months of work experience up to `thisMonth` (YYYY-MM), overlapping jobs counted once. */
export function experienceMonths(experience: ExperienceEntry[], thisMonth: string): number {
  const index = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
  const months = new Set<number>();
  for (const x of experience) {
    if (!/^\d{4}-\d{2}$/.test(x.fromMonth ?? '')) continue;
    const to = index(x.toMonth && /^\d{4}-\d{2}$/.test(x.toMonth) ? x.toMonth : thisMonth);
    for (let m = index(x.fromMonth); m <= to && months.size < 1200; m++) months.add(m);
  }
  return months.size;
}

/**
 * What the vacancy asks for that the seeker does not meet, on `today` (YYYY-MM-DD, WIB). These are screening notes for the
 * employer: they never block an application (Perpres 57/2023 content is information, the employer decides).
 */
export function screen(seeker: ScreenedSeeker, vacancy: ScreenedVacancy, today: string): ScreeningNote[] {
  const notes: ScreeningNote[] = [];
  const wanted = vacancy.sexRequirement === 'MALE' ? 1 : vacancy.sexRequirement === 'FEMALE' ? 2 : 0;
  if (wanted && seeker.sex !== wanted)
    notes.push({ rule: 'SEX', message: `the vacancy asks for ${vacancy.sexRequirement === 'MALE' ? 'men' : 'women'}` });
  const age = ageOn(seeker.birthDate, today);
  if (age !== undefined) {
    if (vacancy.ageMin && age < vacancy.ageMin)
      notes.push({ rule: 'AGE', message: `age ${age} is below the vacancy's minimum of ${vacancy.ageMin}` });
    if (vacancy.ageMax && age > vacancy.ageMax)
      notes.push({ rule: 'AGE', message: `age ${age} is above the vacancy's maximum of ${vacancy.ageMax}` });
  }
  if (vacancy.minEducation && vacancy.minEducation !== 'NONE' && !meetsMinimumEducation(seeker.educationLevel, vacancy.minEducation)) {
    notes.push({ rule: 'EDUCATION', message: `education ${seeker.educationLevel} is below the required ${vacancy.minEducation}` });
  }
  if (vacancy.experienceMonthsMin > 0) {
    const months = experienceMonths(seeker.experience ?? [], today.slice(0, 7));
    if (months < vacancy.experienceMonthsMin)
      notes.push({
        rule: 'EXPERIENCE',
        message: `${months} months of work experience, the vacancy asks for ${vacancy.experienceMonthsMin}`,
      });
  }
  if (vacancy.overseas) {
    notes.push({
      rule: 'OVERSEAS',
      message: `overseas placement${vacancy.destinationCountry ? ` (${vacancy.destinationCountry})` : ''}: the migrant-worker procedure (UU 18/2017) applies before departure`,
    });
  }
  return notes;
}
