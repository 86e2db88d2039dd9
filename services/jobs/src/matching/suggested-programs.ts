import type { jobsV1 } from '@siapkerja/contracts';

/** At most this many programs are suggested for one match. */
export const PROGRAMS_PER_MATCH = 5;

/** What a suggestion needs of a Skillhub program (trainingV1.Program). */
export interface ProgramTeaching {
  id: string;
  title: string;
  providerName: string;
  regionCode: string;
  competencyUnits: string[];
}

/**
 * The programs suggested to a seeker for one match (link and match): those teaching some of the SKKNI units he lacks for
 * the vacancy, each with the missing units it teaches, those teaching most first (ties in the given order: newest first),
 * at most {@link PROGRAMS_PER_MATCH}.
 */
export function suggestedPrograms(missingUnits: readonly string[], programs: readonly ProgramTeaching[]): jobsV1.TrainingProgramRef[] {
  const missing = new Set(missingUnits);
  return programs
    .map((p) => ({
      id: p.id,
      title: p.title,
      providerName: p.providerName,
      regionCode: p.regionCode,
      teaches: p.competencyUnits.filter((u) => missing.has(u)),
    }))
    .filter((p) => p.teaches.length)
    .sort((a, b) => b.teaches.length - a.teaches.length)
    .slice(0, PROGRAMS_PER_MATCH);
}
