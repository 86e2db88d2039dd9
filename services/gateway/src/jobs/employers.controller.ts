import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import { asCaller, assertRegion, Caller, RequireScopes, Roles, type AuthCaller } from '../auth/caller';
import { isOfficer } from '@siapkerja/authz';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import {
  EmployerDto,
  EmployerPageDto,
  fromVerifyEmployerDto,
  toEmployerDto,
  toEmployerPageDto,
  VerifyEmployerDto,
} from '../generated/jobs.views';
import { CreateEmployerDto, ListEmployersQueryDto, UpdateEmployerDto } from './employers.dto';

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

  @Get()
  @RequireScopes('jobs:read')
  @ApiOperation({ summary: 'List employers, newest first (officers see their region; mine=true: the employers the caller acts for)' })
  @ApiOkResponse({ type: EmployerPageDto })
  @ApiProblems(400, 401, 403)
  async list(@Query() q: ListEmployersQueryDto, @Caller() caller: AuthCaller): Promise<EmployerPageDto> {
    const region = q.region ?? (caller?.regionCode && isOfficer(caller.roles) ? caller.regionCode : undefined);
    if (region) assertRegion(caller, region, 'region');
    const r = await this.clients.jobs.listEmployers(
      {
        pageSize: q.pageSize ?? 20,
        pageToken: q.pageToken ?? '',
        regionCode: region ?? '',
        mine: q.mine === 'true',
        verificationStatus: toProtoEnum('VERIFICATION_STATUS', q.verificationStatus) as jobsV1.VerificationStatus,
      },
      asCaller(caller, { idempotent: true }),
    );
    return toEmployerPageDto(r);
  }

  @Get(':id')
  @RequireScopes('jobs:read')
  @ApiOperation({ summary: 'Read an employer' })
  @ApiOkResponse({ type: EmployerDto })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<EmployerDto> {
    const e = await this.clients.jobs.getEmployer({ id }, asCaller(caller, { idempotent: true }));
    assertRegion(caller, e.regionCode);
    return toEmployerDto(e);
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

  @Post(':id/verification')
  @HttpCode(200)
  @RequireScopes('jobs:write')
  @Roles('DISNAKER_REGENCY', 'DISNAKER_PROVINCE', 'MINISTRY_ADMIN')
  @ApiOperation({ summary: 'Verify or reject an employer registration (Disnaker officer of its region, or the ministry)' })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: EmployerDto })
  @ApiProblems(400, 401, 403, 404)
  async verify(@Param('id') id: string, @Body() body: VerifyEmployerDto, @Caller() caller: AuthCaller): Promise<EmployerDto> {
    return toEmployerDto(await this.clients.jobs.verifyEmployer({ ...fromVerifyEmployerDto(body), id }, asCaller(caller)));
  }

  @Delete(':id/members/:accountId')
  @HttpCode(204)
  @RequireScopes('jobs:write')
  @ApiOperation({ summary: 'Remove a person account from the employer (the last owner stays)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 401, 403, 404, 409)
  async removeMember(@Param('id') id: string, @Param('accountId') accountId: string, @Caller() caller: AuthCaller): Promise<void> {
    await this.clients.jobs.removeEmployerMember({ employerId: id, accountId }, asCaller(caller));
  }
}
