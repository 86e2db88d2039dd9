import { Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiProblems } from '../platform/http';
import { toVacancySearchFacetsDto } from '../generated/jobs.views';
import { queryStringOf, SearchCache, searchAnswer, writeSearchAnswer } from './search-cache';
import { SearchVacanciesQueryDto, VacancySearchPageDto, type VacancySearchHitDto } from './vacancies.dto';

const wage = (w: string) => (Number(w) > 0 ? Number(w) : null);

const MATCH_NAMES: Record<string, string> = {
  VACANCY_SEARCH_MATCH_UNSPECIFIED: 'NONE',
  VACANCY_SEARCH_MATCH_FULL_TEXT: 'FULL_TEXT',
  VACANCY_SEARCH_MATCH_TYPO_TOLERANT: 'TYPO_TOLERANT',
};

export function toSearchHitDto(h: jobsV1.VacancySearchHit__Output): VacancySearchHitDto {
  return {
    id: h.id,
    employerId: h.employerId,
    employerName: h.employerName,
    positionName: h.positionName,
    kbjiCode: h.kbjiCode,
    kbliCode: h.kbliCode,
    regionCode: h.regionCode,
    numberNeeded: h.numberNeeded,
    validFrom: h.validFrom,
    validUntil: h.validUntil,
    minEducation: h.minEducation,
    employmentType: h.employmentType,
    overseas: h.overseas,
    destinationCountry: h.destinationCountry || null,
    skills: h.skills,
    wageMin: wage(h.wageMin),
    wageMax: wage(h.wageMax),
    wageHidden: h.wageHidden,
    publishedAt: h.publishTime,
    snippet: h.snippet,
    score: h.score,
  };
}

export function toSearchPageDto(r: jobsV1.SearchVacanciesResponse__Output): VacancySearchPageDto {
  const f = r.facets;
  return {
    results: r.hits.map(toSearchHitDto),
    facets: f ? toVacancySearchFacetsDto(f) : null,
    totalSize: r.totalSize === undefined || r.totalSize === null ? null : Number(r.totalSize),
    totalSizeIsLowerBound: f ? Boolean(r.totalSizeIsLowerBound) : null,
    match: MATCH_NAMES[String(r.match)] ?? 'NONE',
    nextPageToken: r.nextPageToken,
  };
}

/** The route of the vacancy search (its fast path is mounted there). */
export const SEARCH_ROUTE = '/v1/vacancies/search';

@ApiTags('Karirhub: vacancies')
@Controller('v1/vacancies')
export class VacanciesController {
  constructor(
    private readonly clients: ServiceClients,
    private readonly searchCache: SearchCache,
  ) {}

  @Get('search')
  @RequireScopes('jobs:read')
  @ApiOperation({
    summary: 'Search the public catalogue of published vacancies',
    description:
      'Full text in Indonesian and English (typo-tolerant: when no word matches, position names similar to q are found, `match: TYPO_TOLERANT`), ' +
      'filters (region prefix, KBJI prefix of any level, KBLI category or prefix, minimum education, shown-wage range, employment type, overseas, posted since), ' +
      'facet counts over every match on the first page, sort by relevance (ts_rank over the position name and skills of the newest 1,000 matches, older matches after them by date), date or wage, ' +
      'and keyset cursor pagination with no result cap. Example: `/v1/vacancies/search?q=perawat&region=33&sort=relevance&pageSize=20`. ' +
      'Answers are shared between callers for up to 30 s: a vacancy published, closed, filled or expired drops the answers of its province at once; ' +
      'an answer served from the cache carries `Age` (seconds); send `Cache-Control: no-cache` to have the catalogue read now.',
  })
  @ApiOkResponse({ type: VacancySearchPageDto })
  @ApiProblems(400, 401, 403)
  async search(
    @Query() q: SearchVacanciesQueryDto,
    @Caller() caller: AuthCaller,
    @Headers('cache-control') cacheControl: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const request: jobsV1.SearchVacanciesRequest = {
      query: q.q ?? '',
      regionCode: q.region ?? '',
      kbjiCode: q.kbji ?? '',
      kbli: q.kbli ?? '',
      minEducation: q.minEducation ?? '',
      wageMin: q.wageMin ?? 0,
      wageMax: q.wageMax ?? 0,
      employmentType: q.employmentType ?? '',
      ...(q.overseas === undefined ? {} : { overseas: q.overseas }),
      postedSince: q.postedSince ?? '',
      sort: q.sort
        ? (toProtoEnum('VACANCY_SEARCH_SORT', q.sort.toUpperCase()) as jobsV1.VacancySearchSort)
        : 'VACANCY_SEARCH_SORT_UNSPECIFIED',
      pageSize: q.pageSize ?? 20,
      pageToken: q.pageToken ?? '',
      skipFacets: q.facets === false,
    };
    // the answer does not depend on the caller (the public catalogue): one cached answer per search, serialized once
    const key = JSON.stringify(request);
    const answer = await this.searchCache.answer(key, q.region, cacheControl, async () =>
      searchAnswer(
        JSON.stringify(toSearchPageDto(await this.clients.jobs.searchVacancies(request, asCaller(caller, { idempotent: true })))),
        request,
      ),
    );
    // the query string passed validation: next time the fast path (search-fast-path.ts) may serve its stored answer
    this.searchCache.rememberQuery(queryStringOf(req.originalUrl), key);
    return writeSearchAnswer(res, answer);
  }
}
