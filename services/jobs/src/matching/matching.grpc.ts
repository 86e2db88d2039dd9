import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, type jobsV1 } from '@siapkerja/contracts';
import { invalid } from '@siapkerja/errors';
import { statedPurpose } from '@siapkerja/privacy';
import { JobSeekerReads } from '../job-seekers/job-seeker-reads';
import { toJobSeekerMessage } from '../job-seekers/job-seekers.grpc';
import type { MatchResult } from './match-score';
import { MatchingService } from './matching.service';
import { shownWage } from '../vacancies/vacancies.rules';
import { TrainingClient } from '../training.client';
import { suggestedPrograms } from './suggested-programs';

function toExplanation(m: MatchResult): jobsV1.MatchExplanation {
  return {
    score: m.score,
    eligibility: m.eligibility,
    warnings: m.warnings,
    missingSkkniUnits: m.missingSkkniUnits,
    missingSkills: m.missingSkills,
    components: m.components.map((c) => ({ name: c.name, weight: c.weight, score: c.score, reason: c.reason })),
  };
}

@Controller()
@GrpcService('jobs')
export class MatchingGrpc implements GrpcControllerOf<'jobs'> {
  constructor(
    private readonly matching: MatchingService,
    private readonly reads: JobSeekerReads,
    private readonly training: TrainingClient,
  ) {}

  /**
   * Exactly one of a job seeker (his vacancies, each with the Skillhub programs teaching the SKKNI units he lacks) and a
   * vacancy (its job seekers, redacted for the caller).
   */
  async match(req: jobsV1.MatchRequest__Output): Promise<jobsV1.MatchPage> {
    if (!req.jobSeekerId === !req.vacancyId) {
      const field = req.jobSeekerId ? 'vacancyId' : 'jobSeekerId';
      throw invalid(
        [{ field, description: 'give exactly one of jobSeekerId and vacancyId' }],
        'The request body or parameters are invalid',
      );
    }
    return req.jobSeekerId ? this.vacanciesFor(req.jobSeekerId, req.limit) : this.jobSeekersFor(req.vacancyId, req.limit);
  }

  private async vacanciesFor(jobSeekerId: string, limit: number): Promise<jobsV1.MatchPage> {
    const r = await this.matching.matchVacancies(jobSeekerId, limit);
    // the missing units of every match looked up at once; a Skillhub outage leaves the matches without programs
    const { programs, available } = await this.training.programsTeaching([...new Set(r.matches.flatMap((m) => m.match.missingSkkniUnits))]);
    return {
      kind: 'JOB_SEEKER',
      id: jobSeekerId,
      candidates: r.candidates,
      vacancies: r.matches.map(({ vacancy: v, match }) => ({
        vacancyId: v.id,
        employerId: v.employerId,
        positionName: v.positionName,
        kbjiCode: v.kbjiCode,
        kbliCode: v.kbliCode,
        regionCode: v.regionCode,
        minEducation: v.minEducation,
        ...shownWage(v, 0),
        overseas: v.overseas,
        destinationCountry: v.destinationCountry ?? '',
        validUntil: v.validUntil,
        match: toExplanation(match),
        trainingPrograms: suggestedPrograms(match.missingSkkniUnits, programs),
      })),
      jobSeekers: [],
      trainingProgramsAvailable: available,
    };
  }

  private async jobSeekersFor(vacancyId: string, limit: number): Promise<jobsV1.MatchPage> {
    // the seekers come redacted for the caller; those in clear are logged with the purpose stated (checked first)
    const purpose = statedPurpose();
    const r = await this.matching.matchJobSeekers(vacancyId, limit);
    const now = new Date();
    const jobSeekers = r.matches.map((m) => ({ jobSeeker: toJobSeekerMessage(m.jobSeeker, now), match: toExplanation(m.match) }));
    await this.reads.logged(
      jobSeekers.map((m) => m.jobSeeker),
      purpose ?? 'PLACEMENT_SERVICE',
    );
    return { kind: 'VACANCY', id: vacancyId, candidates: r.candidates, vacancies: [], jobSeekers, trainingProgramsAvailable: true };
  }
}
