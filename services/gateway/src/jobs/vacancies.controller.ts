import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { fromProtoEnum, toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { CloseVacancyDto, CreateVacancyDto, ListVacanciesQueryDto, ReportFilledDto, VacancyDto } from './vacancies.dto';

export class VacancyPageDto {
  @ApiProperty({ type: [VacancyDto] }) vacancies: VacancyDto[];
  @ApiProperty({ description: 'pass as pageToken for the next page; empty on the last page' }) nextPageToken: string;
}

export function toVacancyDto(v: jobsV1.Vacancy__Output): VacancyDto {
  return {
    id: v.id, employerId: v.employerId, positionName: v.positionName, kbjiCode: v.kbjiCode, regionCode: v.regionCode, numberNeeded: v.numberNeeded,
    validFrom: v.validFrom, validUntil: v.validUntil, description: v.description, state: fromProtoEnum('VACANCY_STATE', v.state), numberHired: v.numberHired,
    publishedAt: v.publishTime || null, createdAt: v.createTime, updatedAt: v.updateTime,
  };
}

@ApiTags('Karirhub: vacancies')
@Controller('v1/vacancies')
export class VacanciesController {
  constructor(private readonly clients: ServiceClients) {}

  @Post()
  @RequireScopes('jobs:write')
  @ApiOperation({ summary: 'Report a vacancy (Perpres 57/2023 art. 5); it is published at once' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: VacancyDto })
  @ApiProblems(400, 401, 403, 404)
  async create(@Body() body: CreateVacancyDto, @IdempotencyKey() key: string | undefined, @Res({ passthrough: true }) res: Response, @Caller() caller: AuthCaller): Promise<VacancyDto> {
    assertRegion(caller, body.regionCode);
    const { draft, ...vacancy } = body;
    const v = await this.clients.jobs.call('CreateVacancy', { vacancy, draft: draft ?? false, requestId: key ?? '' }, asCaller(caller));
    return created(res, '/v1/vacancies', toVacancyDto(v));
  }

  @Get()
  @RequireScopes('jobs:read')
  @ApiOperation({ summary: 'List vacancies, newest first, with cursor pagination (officers see their region)' })
  @ApiOkResponse({ type: VacancyPageDto })
  @ApiProblems(400, 401, 403)
  async list(@Query() q: ListVacanciesQueryDto, @Caller() caller: AuthCaller): Promise<VacancyPageDto> {
    const region = q.region ?? (caller?.regionCode && caller.roles.some((r) => r.startsWith('DISNAKER_')) ? caller.regionCode : undefined);
    if (region) assertRegion(caller, region, 'region');
    const r = await this.clients.jobs.call(
      'ListVacancies',
      { pageSize: q.pageSize ?? 20, pageToken: q.pageToken ?? '', employerId: q.employerId ?? '', regionCode: region ?? '', state: q.state ? (toProtoEnum('VACANCY_STATE', q.state) as jobsV1.VacancyState) : 'VACANCY_STATE_UNSPECIFIED' },
      asCaller(caller, { idempotent: true }),
    );
    return { vacancies: r.vacancies.map(toVacancyDto), nextPageToken: r.nextPageToken };
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequireScopes('jobs:write')
  @ApiOperation({ summary: 'Publish a draft vacancy' })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblems(401, 403, 404, 409)
  async publish(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<VacancyDto> {
    return toVacancyDto(await this.clients.jobs.call('PublishVacancy', { id }, asCaller(caller)));
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequireScopes('jobs:write')
  @ApiOperation({ summary: 'Close a published vacancy' })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async close(@Param('id') id: string, @Body() body: CloseVacancyDto, @Caller() caller: AuthCaller): Promise<VacancyDto> {
    return toVacancyDto(await this.clients.jobs.call('CloseVacancy', { id, reason: body.reason ?? '' }, asCaller(caller)));
  }

  @Post(':id/report-filled')
  @HttpCode(200)
  @RequireScopes('jobs:write')
  @ApiOperation({ summary: 'Report a vacancy filled with the number hired (Perpres 57/2023 art. 6)' })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async reportFilled(@Param('id') id: string, @Body() body: ReportFilledDto, @Caller() caller: AuthCaller): Promise<VacancyDto> {
    return toVacancyDto(await this.clients.jobs.call('ReportVacancyFilled', { id, numberHired: body.numberHired }, asCaller(caller)));
  }

  @Get(':id')
  @RequireScopes('jobs:read')
  @ApiOperation({ summary: 'Read a vacancy' })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblems(401, 403, 404)
  async get(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<VacancyDto> {
    const v = await this.clients.jobs.call('GetVacancy', { id }, asCaller(caller, { idempotent: true }));
    assertRegion(caller, v.regionCode);
    return toVacancyDto(v);
  }
}
