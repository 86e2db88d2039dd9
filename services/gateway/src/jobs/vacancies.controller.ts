import { Body, Controller, Get, Header, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import {
  CloseVacancyDto,
  fromCloseVacancyDto,
  fromReportFilledDto,
  ReportFilledDto,
  toVacancyDto,
  toVacancySearchFacetsDto,
  VacancyDto,
} from '../generated/jobs.views';
import { JOB_POSTING_CONTENT_TYPE, toJobPosting } from './job-posting';
import { queryStringOf, SearchCache, searchAnswer, writeSearchAnswer } from './search-cache';
import { CreateVacancyDto, SearchVacanciesQueryDto, VacancySearchPageDto, type VacancySearchHitDto } from './vacancies.dto';

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

  /** A vacancy this gateway just changed: its province's cached search answers go at once (other instances learn it from the event). */
  private changed(v: jobsV1.Vacancy__Output): VacancyDto {
    const dto = toVacancyDto(v);
    if (dto.regionCode) {
      this.searchCache.vacancyChanged({
        regionCode: dto.regionCode,
        kbjiCode: dto.kbjiCode || undefined,
        kbliCode: dto.kbliCode ?? '',
        minEducation: dto.minEducation || undefined,
        employmentType: dto.employmentType || undefined,
        overseas: dto.overseas,
        publishedAt: dto.publishedAt || undefined,
      });
    }
    return dto;
  }

  @Post()
  @RequireScopes('jobs:write')
  @ApiOperation({
    summary: 'Report a vacancy with the Perpres 57/2023 art. 5 content; published at once unless draft',
    description: 'Only who acts for the employer (its partner client, its member accounts), officers of the work region and the ministry.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: VacancyDto })
  @ApiProblems(400, 401, 403, 404)
  async create(
    @Body() body: CreateVacancyDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<VacancyDto> {
    const { draft, sexRequirement, minEducation, employmentType, ...rest } = body;
    const vacancy: jobsV1.Vacancy = {
      ...rest,
      sexRequirement: toProtoEnum('SEX_REQUIREMENT', sexRequirement) as jobsV1.SexRequirement,
      minEducation: toProtoEnum('EDUCATION_LEVEL', minEducation) as jobsV1.EducationLevel,
      employmentType: toProtoEnum('EMPLOYMENT_TYPE', employmentType) as jobsV1.EmploymentType,
    };
    const v = await this.clients.jobs.createVacancy({ vacancy, draft: draft ?? false, requestId: key ?? '' }, asCaller(caller));
    return created(res, '/v1/vacancies', this.changed(v));
  }

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
      ),
    );
    // the query string passed validation: next time the fast path (search-fast-path.ts) may serve its stored answer
    this.searchCache.rememberQuery(queryStringOf(req.originalUrl), key);
    return writeSearchAnswer(res, answer);
  }

  @Get(':id/job-posting')
  @RequireScopes('jobs:read')
  @Header('content-type', JOB_POSTING_CONTENT_TYPE)
  @ApiOperation({ summary: 'schema.org JobPosting (JSON-LD, Google for Jobs) of a published vacancy; 404 for any other state' })
  @ApiProduces(JOB_POSTING_CONTENT_TYPE)
  @ApiOkResponse({
    description: 'JobPosting JSON-LD',
    content: {
      [JOB_POSTING_CONTENT_TYPE]: {
        schema: { type: 'object', additionalProperties: true },
        example: {
          '@context': 'https://schema.org/',
          '@type': 'JobPosting',
          title: 'Perawat Pelaksana',
          description: '<p>Dibutuhkan perawat untuk rawat inap.</p><ul><li>Pendidikan minimal D3</li></ul>',
          identifier: { '@type': 'PropertyValue', name: 'SIAPKerja Karirhub', value: '3b1f4f0e-8c0a-4f9b-9a52-2b7f1c1d2e3f' },
          datePosted: '2026-11-01',
          validThrough: '2026-12-31T23:59:59+07:00',
          hiringOrganization: { '@type': 'Organization', name: 'RS Sehat Sentosa' },
          employmentType: 'FULL_TIME',
          jobLocation: {
            '@type': 'Place',
            address: { '@type': 'PostalAddress', addressLocality: 'Kota Semarang', addressRegion: 'Jawa Tengah', addressCountry: 'ID' },
            geo: { '@type': 'GeoCoordinates', latitude: -6.99, longitude: 110.42 },
          },
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'IDR',
            value: { '@type': 'QuantitativeValue', minValue: 5000000, maxValue: 7500000, unitText: 'MONTH' },
          },
        },
      },
    },
  })
  @ApiProblems(400, 401, 403, 404)
  async jobPosting(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<Record<string, unknown>> {
    // the public catalogue: the jobs service answers a published vacancy only (drafts and ended vacancies do not exist here)
    const v = await this.clients.jobs.getVacancy({ id, published: true }, asCaller(caller, { idempotent: true }));
    return toJobPosting(v, { legalName: v.employerLegalName });
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequireScopes('jobs:write')
  @ApiOperation({ summary: 'Publish a draft vacancy' })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async publish(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<VacancyDto> {
    return this.changed(await this.clients.jobs.publishVacancy({ id }, asCaller(caller)));
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequireScopes('jobs:write')
  @ApiOperation({ summary: 'Close a published vacancy' })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async close(@Param('id') id: string, @Body() body: CloseVacancyDto, @Caller() caller: AuthCaller): Promise<VacancyDto> {
    return this.changed(await this.clients.jobs.closeVacancy({ ...fromCloseVacancyDto(body), id }, asCaller(caller)));
  }

  @Post(':id/report-filled')
  @HttpCode(200)
  @RequireScopes('jobs:write')
  @ApiOperation({ summary: 'Report a vacancy filled with the number hired (Perpres 57/2023 art. 6)' })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async reportFilled(@Param('id') id: string, @Body() body: ReportFilledDto, @Caller() caller: AuthCaller): Promise<VacancyDto> {
    return this.changed(await this.clients.jobs.reportVacancyFilled({ ...fromReportFilledDto(body), id }, asCaller(caller)));
  }
}
