import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, type jobsV1 } from '@siapkerja/contracts';
import { statedPurpose } from '@siapkerja/privacy';
import { JobSeekerReads } from '../job-seekers/job-seeker-reads';
import { toJobSeekerMessage } from '../job-seekers/job-seekers.grpc';
import type { MatchResult } from './match-score';
import { MatchingService } from './matching.service';
import { shownWage } from '../vacancies/vacancies.rules';

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
  ) {}

  async matchVacancies(req: jobsV1.MatchVacanciesRequest__Output): Promise<jobsV1.MatchVacanciesResponse> {
    const r = await this.matching.matchVacancies(req.jobSeekerId, req.limit);
    return {
      candidates: r.candidates,
      matches: r.matches.map(({ vacancy: v, match }) => ({
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
      })),
    };
  }

  async matchJobSeekers(req: jobsV1.MatchJobSeekersRequest__Output): Promise<jobsV1.MatchJobSeekersResponse> {
    // the seekers come redacted for the caller; those in clear are logged with the purpose stated (checked first)
    const purpose = statedPurpose();
    const r = await this.matching.matchJobSeekers(req.vacancyId, req.limit);
    const now = new Date();
    const matches = r.matches.map((m) => ({ jobSeeker: toJobSeekerMessage(m.jobSeeker, now), match: toExplanation(m.match) }));
    await this.reads.logged(
      matches.map((m) => m.jobSeeker),
      purpose ?? 'PLACEMENT_SERVICE',
    );
    return { candidates: r.candidates, matches };
  }
}
