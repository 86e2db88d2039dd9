import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { jobsV1, trainingV1 } from '@siapkerja/contracts';
import { asPersonCaller } from '../applications/person-caller';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiProblems, ApiPurposeHeader } from '../platform/http';
import { FieldValidationException } from '../platform/problem.filter';
import { toJobSeekerMatchBaseDto, toMatchExplanationDto, toVacancyMatchBaseDto } from '../generated/jobs.views';
import { MatchPageDto, MatchQueryDto, type TrainingProgramRefDto } from './matches.dto';

const PROGRAMS_PER_MATCH = 5;

/** The explanation of a match the jobs service sent without one: every score 0. */
const NO_EXPLANATION: jobsV1.MatchExplanation__Output = {
  score: 0,
  components: [],
  eligibility: 0,
  warnings: [],
  missingSkkniUnits: [],
  missingSkills: [],
};
const explanation = (m: jobsV1.MatchExplanation__Output | null) => toMatchExplanationDto(m ?? NO_EXPLANATION);

/**
 * Explained matching (the score is computed by the jobs service, which also redacts the seekers for the caller, checks the
 * X-Purpose and logs the reads in clear). For a job seeker the missing SKKNI units of every match are looked up once in
 * Skillhub (ListPrograms by unit) and the programs teaching them attached to each match.
 */
@ApiTags('Karirhub: matching')
@Controller('v1/matches')
export class MatchesController {
  constructor(private readonly clients: ServiceClients) {}

  @Get()
  @RequireScopes('jobs:read')
  @ApiOperation({
    summary: 'Top vacancies for a job seeker, or top job seekers for a vacancy, with the score explained',
    description:
      'Score = eligibility x (0.30 occupation + 0.25 skills/SKKNI + 0.10 certificates + 0.15 education + 0.10 region + 0.10 wage), each component in [0,1] with its reason. ' +
      '`?jobSeekerId=` (the seeker himself, a partner or officer acting for him, the ministry): each vacancy lists the skills the seeker lacks and Skillhub programs teaching the missing SKKNI units. ' +
      '`?vacancyId=` (who acts for the employer, officers, the ministry): seekers with personal data masked unless the caller is an officer of their region or the ministry.',
  })
  @ApiPurposeHeader()
  @ApiOkResponse({ type: MatchPageDto })
  @ApiProblems(400, 401, 403, 404)
  async match(@Query() q: MatchQueryDto, @Caller() caller: AuthCaller): Promise<MatchPageDto> {
    if (!!q.jobSeekerId === !!q.vacancyId) {
      const field = q.jobSeekerId ? 'vacancyId' : 'jobSeekerId';
      throw new FieldValidationException([{ field, description: 'give exactly one of jobSeekerId and vacancyId' }]);
    }
    const opts = await asPersonCaller(undefined, caller, { idempotent: true });
    if (q.jobSeekerId) {
      const r = await this.clients.jobs.matchVacancies({ jobSeekerId: q.jobSeekerId, limit: q.limit ?? 10 }, opts);
      const { programs, available } = await this.programsFor(
        [...new Set(r.matches.flatMap((m) => m.match?.missingSkkniUnits ?? []))],
        caller,
      );
      const vacancies = r.matches.map((m) => {
        const missing = new Set(m.match?.missingSkkniUnits ?? []);
        const trainingPrograms: TrainingProgramRefDto[] = programs
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
        return {
          ...toVacancyMatchBaseDto(m),
          ...explanation(m.match),
          trainingPrograms,
        };
      });
      return {
        for: 'JOB_SEEKER',
        id: q.jobSeekerId,
        candidates: r.candidates,
        vacancies,
        jobSeekers: [],
        trainingProgramsAvailable: available,
      };
    }
    const r = await this.clients.jobs.matchJobSeekers({ vacancyId: q.vacancyId!, limit: q.limit ?? 10 }, opts);
    const jobSeekers = r.matches.map((m) => ({ ...toJobSeekerMatchBaseDto(m), ...explanation(m.match) }));
    return { for: 'VACANCY', id: q.vacancyId!, candidates: r.candidates, vacancies: [], jobSeekers, trainingProgramsAvailable: true };
  }

  /** Programs teaching any of the units (one call); a Skillhub outage leaves the matches without programs. */
  private async programsFor(units: string[], caller: AuthCaller): Promise<{ programs: trainingV1.Program__Output[]; available: boolean }> {
    if (!units.length) return { programs: [], available: true };
    try {
      const r = await this.clients.training.listPrograms(
        { competencyUnits: units.slice(0, 100), pageSize: 100 },
        asCaller(caller, { idempotent: true }),
      );
      return { programs: r.programs, available: true };
    } catch {
      return { programs: [], available: false };
    }
  }
}
