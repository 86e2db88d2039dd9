import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { EmployerDto, toEmployerDto } from '../generated/jobs.views';
import { CreateEmployerDto } from './employers.dto';

/** Employers: registration (the officer's region checked here too); every other route is generated (generated/jobs.routes.ts). */
@ApiTags('Karirhub: employers')
@Controller('v1/employers')
export class EmployersController {
  constructor(private readonly clients: ServiceClients) {}

  @Post()
  @RequireScopes('jobs:write')
  @ApiOperation({
    summary: 'Register an employer by its NIB',
    description: 'A partner client owns the employers it registers; a person with the EMPLOYER role becomes the OWNER member.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: EmployerDto })
  @ApiProblems(400, 401, 403, 409)
  async create(
    @Body() body: CreateEmployerDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<EmployerDto> {
    const e = await this.clients.jobs.createEmployer(
      { employer: { ...body, employerType: toProtoEnum('EMPLOYER_TYPE', body.employerType) as jobsV1.EmployerType }, requestId: key ?? '' },
      asCaller(caller),
    );
    return created(res, '/v1/employers', toEmployerDto(e));
  }
}
