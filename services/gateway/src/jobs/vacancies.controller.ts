import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { fromProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { CreateVacancyDto, VacancyDto } from './vacancies.dto';

export function toVacancyDto(v: jobsV1.Vacancy__Output): VacancyDto {
  return {
    id: v.id, employerId: v.employerId, positionName: v.positionName, kbjiCode: v.kbjiCode, regionCode: v.regionCode, numberNeeded: v.numberNeeded,
    validFrom: v.validFrom, validUntil: v.validUntil, description: v.description, state: fromProtoEnum('VACANCY_STATE', v.state), createdAt: v.createTime, updatedAt: v.updateTime,
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
    const v = await this.clients.jobs.call('CreateVacancy', { vacancy: { ...body }, requestId: key ?? '' }, asCaller(caller));
    return created(res, '/v1/vacancies', toVacancyDto(v));
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
