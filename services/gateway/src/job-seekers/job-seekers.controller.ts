import { Body, Controller, ForbiddenException, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { jobsV1 } from '@siapkerja/contracts';
import type { CallOptions } from '@siapkerja/grpc';
import { personCall } from '../applications/person-caller';
import { existingIdOf } from '@siapkerja/errors';
import { asCaller, Caller, RequireScopes, Roles, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { AccessAudit } from '../privacy/access-audit';
import { ApiPurposeHeader, resolvePurpose, type AccessPurpose } from '../privacy/purposes';
import {
  CreateJobSeekerDto,
  fromCreateJobSeekerDto,
  fromListJobSeekersQueryDto,
  fromRemoveJobSeekerDto,
  ListJobSeekersQueryDto,
  RemoveJobSeekerDto,
  JobSeekerDto,
  JobSeekerPageDto,
  toJobSeekerDto as toView,
} from '../generated/jobs.views';

/** Fields returned unmasked to a caller allowed to see them (written to the access log). */
const PERSONAL_FIELDS = ['nik', 'birthDate', 'phone', 'email', 'address', 'religion'];

/**
 * The REST view of a job seeker, as the jobs service redacted it for the caller (`masked`). The second argument is ignored:
 * callers written when the gateway masked (feed, data export) pass it for records the service returns in clear.
 */
export const toJobSeekerDto = (s: jobsV1.JobSeeker__Output, _unmaskedByCaller?: boolean): JobSeekerDto => toView(s);

@ApiTags('Karirhub: job seekers (AK/1)')
@Controller('v1/job-seekers')
export class JobSeekersController {
  constructor(
    private readonly clients: ServiceClients,
    private readonly ds: DataSource,
    private readonly audit: AccessAudit,
  ) {}

  @Post()
  @RequireScopes('jobs:read')
  @ApiOperation({
    summary: 'Register a job seeker (AK/1 profile); one per NIK',
    description:
      'A person registers himself (JOB_SEEKER, the NIK of his own account); officers (their region), partners and the ministry need jobs:write. ' +
      'The NIK must agree with birthDate and sex; at least 18 years old. The same NIK again is 409 naming the existing id (Location), unless the same Idempotency-Key is sent.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: JobSeekerDto })
  @ApiProblems(400, 401, 403, 409)
  async register(
    @Body() body: CreateJobSeekerDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<JobSeekerDto> {
    // a person without jobs:write registers himself only: the jobs service holds him to the NIK of his own account
    if (!caller.scopes.includes('jobs:write') && !caller.roles.includes('JOB_SEEKER'))
      throw new ForbiddenException('The token lacks the scope jobs:write');
    // the jobs service holds an officer to his region
    const { options, personId } = await personCall(this.ds, caller);
    const jobSeeker = fromCreateJobSeekerDto(body);
    let s: jobsV1.JobSeeker__Output;
    try {
      s = await this.clients.jobs.registerJobSeeker({ jobSeeker, requestId: key ?? '' }, options);
    } catch (e) {
      const existing = existingIdOf(e);
      if (existing) res.setHeader('Location', `/v1/job-seekers/${existing}`);
      throw e;
    }
    const view = await this.view(s, caller, personId === s.personId ? 'DATA_SUBJECT_REQUEST' : 'PLACEMENT_SERVICE');
    return created(res, '/v1/job-seekers', view);
  }

  @Get()
  @RequireScopes('jobs:read')
  @Roles('DISNAKER_REGENCY', 'DISNAKER_PROVINCE', 'MINISTRY_ADMIN')
  @ApiOperation({ summary: 'List job seekers, newest first, with cursor pagination (officers: their region by default, never outside it)' })
  @ApiPurposeHeader()
  @ApiOkResponse({ type: JobSeekerPageDto })
  @ApiProblems(400, 401, 403)
  async list(@Query() q: ListJobSeekersQueryDto, @Req() req: Request, @Caller() caller: AuthCaller): Promise<JobSeekerPageDto> {
    const purpose = resolvePurpose(req, caller);
    // the jobs service holds an officer to his region (by default, and never outside it)
    const r = await this.clients.jobs.listJobSeekers(fromListJobSeekersQueryDto(q), asCaller(caller, { idempotent: true }));
    const jobSeekers = await Promise.all(r.jobSeekers.map((s) => this.view(s, caller, purpose ?? 'SUPERVISION')));
    return { jobSeekers, nextPageToken: r.nextPageToken };
  }

  @Get(':id')
  @RequireScopes('jobs:read')
  @ApiOperation({
    summary: 'Read a job seeker',
    description:
      'NIK, phone, e-mail, birth date, address and religion are masked unless the caller is the person himself, a Disnaker officer of the region or the ministry (those reads are logged with their X-Purpose).',
  })
  @ApiPurposeHeader()
  @ApiOkResponse({ type: JobSeekerDto })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id') id: string, @Req() req: Request, @Caller() caller: AuthCaller): Promise<JobSeekerDto> {
    const purpose = resolvePurpose(req, caller);
    const { options, personId } = await personCall(this.ds, caller, { idempotent: true });
    const s = await this.load(id, caller, options);
    return this.view(s, caller, purpose ?? (personId === s.personId ? 'DATA_SUBJECT_REQUEST' : 'SUPERVISION'));
  }

  @Post(':id/card')
  @HttpCode(200)
  @RequireScopes('jobs:write')
  @Roles('DISNAKER_REGENCY')
  @ApiOperation({
    summary:
      "Issue the AK/1 card (regency Disnaker officer of the seeker's regency): valid two years, number with the issuing regency code",
  })
  @ApiOkResponse({ type: JobSeekerDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async issueCard(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<JobSeekerDto> {
    await this.load(id, caller);
    return this.view(await this.clients.jobs.issueAk1Card({ id }, asCaller(caller)), caller, 'AK1_ISSUANCE');
  }

  @Post(':id/reports')
  @HttpCode(200)
  @RequireScopes('jobs:read')
  @ApiOperation({
    summary: 'Six-monthly report of an AK/1 holder (the person himself, or an officer of the region)',
    description:
      'Accepted only inside the window of a period (30 days either side of 6, 12 and 18 months after issue); too early, too late, twice, or without a live card is 409 explaining the window.',
  })
  @ApiOkResponse({ type: JobSeekerDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async report(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<JobSeekerDto> {
    // the jobs service lets the person himself or an officer of the region (or the ministry) report; others need jobs:write
    if (!caller.scopes.includes('jobs:write') && !caller.roles.includes('JOB_SEEKER'))
      throw new ForbiddenException('Only the job seeker himself or a Disnaker officer of the region records a report');
    const { options, personId } = await personCall(this.ds, caller);
    await this.load(id, caller, { ...options, idempotent: true });
    const s = await this.clients.jobs.reportJobSeeker({ id }, options);
    return this.view(s, caller, personId === s.personId ? 'DATA_SUBJECT_REQUEST' : 'PLACEMENT_SERVICE');
  }

  @Post(':id/remove')
  @HttpCode(200)
  @RequireScopes('jobs:write')
  @Roles('DISNAKER_REGENCY', 'DISNAKER_PROVINCE', 'MINISTRY_ADMIN')
  @ApiOperation({ summary: 'Remove a job seeker from the register with a reason (Disnaker officer of the region)' })
  @ApiOkResponse({ type: JobSeekerDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async remove(@Param('id') id: string, @Body() body: RemoveJobSeekerDto, @Caller() caller: AuthCaller): Promise<JobSeekerDto> {
    await this.load(id, caller);
    return this.view(
      await this.clients.jobs.removeJobSeeker({ ...fromRemoveJobSeekerDto(body), id }, asCaller(caller)),
      caller,
      'PLACEMENT_SERVICE',
    );
  }

  /** Reads the seeker: the jobs service refuses officers outside their region and people other than the seeker. */
  private async load(id: string, caller: AuthCaller, options?: CallOptions): Promise<jobsV1.JobSeeker__Output> {
    return this.clients.jobs.getJobSeeker({ id }, options ?? asCaller(caller, { idempotent: true }));
  }

  /** The view the jobs service redacted for the caller; an unmasked answer is written to the access log first. */
  private async view(s: jobsV1.JobSeeker__Output, caller: AuthCaller, purpose: AccessPurpose): Promise<JobSeekerDto> {
    if (!s.personalDataMasked) {
      await this.audit.record({
        caller,
        resourceType: 'job-seeker',
        resourceId: s.id,
        fields: PERSONAL_FIELDS,
        subjectPersonId: s.personId,
        purpose,
      });
    }
    return toJobSeekerDto(s);
  }
}
