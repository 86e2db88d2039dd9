import { Body, Controller, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { EmployerDto, toEmployerDto } from '../generated/jobs.views';
import { CreateEmployerDto, UpdateEmployerDto } from './employers.dto';

/** REST field -> proto field mask path */
const MASK_PATHS: Record<string, string> = {
  legalName: 'legal_name',
  employerType: 'employer_type',
  kbliCodes: 'kbli_codes',
  address: 'address',
  contactName: 'contact_name',
  contactPhone: 'contact_phone',
  contactEmail: 'contact_email',
};

/** Employers: reads, verification and members are generated routes (generated/jobs.routes.ts). */
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
    assertRegion(caller, body.regionCode);
    const e = await this.clients.jobs.createEmployer(
      { employer: { ...body, employerType: toProtoEnum('EMPLOYER_TYPE', body.employerType) as jobsV1.EmployerType }, requestId: key ?? '' },
      asCaller(caller),
    );
    return created(res, '/v1/employers', toEmployerDto(e));
  }

  @Patch(':id')
  @RequireScopes('jobs:write')
  @ApiOperation({
    summary: 'Update an employer (JSON merge patch: the fields present change); only who acts for it',
    description: 'A change of legalName or employerType sends a VERIFIED employer back to UNVERIFIED.',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: EmployerDto })
  @ApiProblems(400, 401, 403, 404)
  async update(@Param('id') id: string, @Body() body: UpdateEmployerDto, @Caller() caller: AuthCaller): Promise<EmployerDto> {
    const paths = Object.keys(body)
      .filter((k) => (body as Record<string, unknown>)[k] !== undefined)
      .map((k) => MASK_PATHS[k])
      .filter(Boolean);
    const employer = { ...body, id, employerType: toProtoEnum('EMPLOYER_TYPE', body.employerType) as jobsV1.EmployerType };
    const e = await this.clients.jobs.updateEmployer({ employer, updateMask: { paths } }, asCaller(caller));
    return toEmployerDto(e);
  }
}
