import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { fromProtoEnum, toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { CreateEmployerDto, EmployerDto } from './employers.dto';

export function toEmployerDto(e: jobsV1.Employer__Output): EmployerDto {
  return {
    id: e.id, nib: e.nib, legalName: e.legalName, employerType: fromProtoEnum('EMPLOYER_TYPE', e.employerType), kbliCodes: e.kbliCodes,
    regionCode: e.regionCode, address: e.address, createdAt: e.createTime, updatedAt: e.updateTime,
  };
}

@ApiTags('Karirhub: employers')
@Controller('v1/employers')
export class EmployersController {
  constructor(private readonly clients: ServiceClients) {}

  @Post()
  @RequireScopes('jobs:write')
  @ApiOperation({ summary: 'Register an employer by its NIB' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: EmployerDto })
  @ApiProblems(400, 401, 403, 409)
  async create(@Body() body: CreateEmployerDto, @IdempotencyKey() key: string | undefined, @Res({ passthrough: true }) res: Response, @Caller() caller: AuthCaller): Promise<EmployerDto> {
    assertRegion(caller, body.regionCode);
    const e = await this.clients.jobs.call('CreateEmployer', { employer: { ...body, employerType: toProtoEnum('EMPLOYER_TYPE', body.employerType) as jobsV1.EmployerType }, requestId: key ?? '' }, asCaller(caller));
    return created(res, '/v1/employers', toEmployerDto(e));
  }

  @Get(':id')
  @RequireScopes('jobs:read')
  @ApiOperation({ summary: 'Read an employer' })
  @ApiOkResponse({ type: EmployerDto })
  @ApiProblems(401, 403, 404)
  async get(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<EmployerDto> {
    const e = await this.clients.jobs.call('GetEmployer', { id }, asCaller(caller, { idempotent: true }));
    assertRegion(caller, e.regionCode);
    return toEmployerDto(e);
  }
}
