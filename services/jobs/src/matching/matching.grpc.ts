import { Injectable } from '@nestjs/common';
import type { jobsV1 } from '@siapkerja/contracts';
import type { UnaryHandler } from '@siapkerja/grpc';
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

@Injectable()
export class MatchingGrpc {
  constructor(private readonly matching: MatchingService) {}

  handlers(): Record<string, UnaryHandler> {
    return {
      MatchVacancies: async (req: jobsV1.MatchVacanciesRequest__Output): Promise<jobsV1.MatchVacanciesResponse> => {
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
      },
      MatchJobSeekers: async (req: jobsV1.MatchJobSeekersRequest__Output): Promise<jobsV1.MatchJobSeekersResponse> => {
        const r = await this.matching.matchJobSeekers(req.vacancyId, req.limit);
        const now = new Date();
        return {
          candidates: r.candidates,
          matches: r.matches.map((m) => ({ jobSeeker: toJobSeekerMessage(m.jobSeeker, now), match: toExplanation(m.match) })),
        };
      },
    };
  }
}
