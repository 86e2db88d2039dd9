import { Controller } from '@nestjs/common';
import { fromProtoInt64, GrpcService, type GrpcControllerOf, fromProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import { shownWage } from './vacancies.rules';
import { VacancySearchService, type FacetBucket, type VacancySearchHitRow, type VacancySearchResult } from './vacancy-search.service';

export function toSearchHitMessage(h: VacancySearchHitRow): jobsV1.VacancySearchHit {
  return {
    id: h.id,
    employerId: h.employer_id,
    employerName: h.employer_name ?? '',
    positionName: h.position_name,
    kbjiCode: h.kbji_code,
    kbliCode: h.kbli_code,
    regionCode: h.region_code,
    numberNeeded: h.number_needed,
    validFrom: h.valid_from,
    validUntil: h.valid_until,
    minEducation: h.min_education,
    employmentType: h.employment_type,
    overseas: h.overseas,
    destinationCountry: h.destination_country ?? '',
    skills: h.skills,
    ...shownWage({ wageHidden: h.wage_hidden, wageMin: h.wage_min ?? '0', wageMax: h.wage_max ?? '0' }, '0'),
    wageHidden: h.wage_hidden,
    publishTime: new Date(h.published_at).toISOString(),
    snippet: h.snippet,
    score: h.score,
  };
}

const MATCH: Record<VacancySearchResult['mode'], jobsV1.VacancySearchMatch> = {
  none: 'VACANCY_SEARCH_MATCH_UNSPECIFIED',
  fts: 'VACANCY_SEARCH_MATCH_FULL_TEXT',
  trgm: 'VACANCY_SEARCH_MATCH_TYPO_TOLERANT',
};

const buckets = (b: FacetBucket[]) => b.map((x) => ({ value: x.value, label: x.label, count: String(x.count) }));

export function toSearchResponse(r: VacancySearchResult): jobsV1.SearchVacanciesResponse {
  return {
    hits: r.hits.map(toSearchHitMessage),
    nextPageToken: r.nextPageToken,
    match: MATCH[r.mode],
    ...(r.facets
      ? {
          facets: {
            provinces: buckets(r.facets.provinces),
            kbjiMajorGroups: buckets(r.facets.kbjiMajorGroups),
            kbliCategories: buckets(r.facets.kbliCategories),
            minEducations: buckets(r.facets.minEducations),
            employmentTypes: buckets(r.facets.employmentTypes),
            overseas: buckets(r.facets.overseas),
          },
          totalSize: String(r.totalSize ?? 0),
          totalSizeIsLowerBound: r.totalSizeIsLowerBound ?? false,
        }
      : {}),
  };
}

@Controller()
@GrpcService('jobs')
export class VacancySearchGrpc implements GrpcControllerOf<'jobs'> {
  constructor(private readonly search: VacancySearchService) {}

  async searchVacancies(req: jobsV1.SearchVacanciesRequest__Output): Promise<jobsV1.SearchVacanciesResponse> {
    const r = await this.search.search({
      q: req.query,
      region: req.regionCode,
      kbji: req.kbjiCode,
      kbli: req.kbli,
      minEducation: req.minEducation,
      wageMin: fromProtoInt64(req.wageMin, { unsigned: true }),
      wageMax: fromProtoInt64(req.wageMax, { unsigned: true }),
      employmentType: req.employmentType,
      overseas: req.overseas ?? undefined,
      postedSince: req.postedSince,
      sort: fromProtoEnum('VACANCY_SEARCH_SORT', req.sort).toLowerCase(),
      pageSize: req.pageSize,
      pageToken: req.pageToken,
      facets: !req.skipFacets,
    });
    return toSearchResponse(r);
  }
}
