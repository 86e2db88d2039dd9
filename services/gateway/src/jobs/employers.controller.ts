import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { fromProtoEnum, toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
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
  @ApiOperation({ summary: 'Register an employer by its NIB' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: EmployerDto })
  @ApiProblems(400, 409)
  async create(@Body() body: CreateEmployerDto, @IdempotencyKey() key: string | undefined, @Res({ passthrough: true }) res: Response): Promise<EmployerDto> {
    const e = await this.clients.jobs.call('CreateEmployer', { employer: { ...body, employerType: toProtoEnum('EMPLOYER_TYPE', body.employerType) as jobsV1.EmployerType }, requestId: key ?? '' });
    return created(res, '/v1/employers', toEmployerDto(e));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read an employer' })
  @ApiOkResponse({ type: EmployerDto })
  @ApiProblems(404)
  async get(@Param('id') id: string): Promise<EmployerDto> {
    return toEmployerDto(await this.clients.jobs.call('GetEmployer', { id }, { idempotent: true }));
  }
}
