import { Body, Controller, ForbiddenException, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { existingIdOf } from '@siapkerja/errors';
import { Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import {
  ApplicationDto,
  CreateApplicationDto,
  fromTransitionApplicationDto,
  toApplicationDto,
  TransitionApplicationDto,
} from '../generated/jobs.views';
import { asPersonCaller } from './person-caller';

// the privacy export shows applications the same way
export { toApplicationDto } from '../generated/jobs.views';

/**
 * Karirhub applications. Who may act is decided by the jobs service (a job seeker for his own registration, a partner or an
 * officer for a seeker; who acts for the vacancy's employer for the pipeline); the gateway checks the scopes and forwards
 * the caller with the person id of a job seeker's account. Reading one and the listings are generated routes.
 */
@ApiTags('Karirhub: applications')
@Controller('v1')
export class ApplicationsController {
  constructor(private readonly clients: ServiceClients) {}

  @Post('applications')
  @RequireScopes('jobs:read')
  @ApiOperation({
    summary: 'Apply to a published vacancy (once per vacancy)',
    description:
      'A job seeker applies for his own registration (jobs:read); partners and officers act for a seeker (jobs:write). The seeker must be REGISTERED or REPORTED. ' +
      'Vacancy rules the seeker does not meet (sex, age, education, experience, overseas) come back as screeningNotes and never refuse. ' +
      'A second application to the same vacancy is 409 naming the existing one (Location), unless the same Idempotency-Key is sent.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async apply(
    @Body() body: CreateApplicationDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<ApplicationDto> {
    if (!caller.scopes.includes('jobs:write') && !caller.roles.includes('JOB_SEEKER'))
      throw new ForbiddenException('The token lacks the scope jobs:write');
    try {
      const a = await this.clients.jobs.createApplication(
        { vacancyId: body.vacancyId, jobSeekerId: body.jobSeekerId, coverLetter: body.coverLetter ?? '', requestId: key ?? '' },
        await asPersonCaller(undefined, caller),
      );
      return created(res, '/v1/applications', toApplicationDto(a));
    } catch (e) {
      const existing = existingIdOf(e);
      if (existing) res.setHeader('Location', `/v1/applications/${existing}`);
      throw e;
    }
  }

  @Post('applications/:id/transitions')
  @HttpCode(200)
  @RequireScopes('jobs:read')
  @ApiOperation({
    summary: 'Move an application',
    description:
      "Who acts for the vacancy's employer (jobs:write) moves it one step along APPLIED -> SHORTLISTED -> INTERVIEW -> OFFERED -> HIRED, or to REJECTED from any open state; " +
      "the seeker withdraws (WITHDRAWN) from any open state. Any other move is 409. HIRED refuses hires beyond the vacancy's numberNeeded (409), closes the seeker's AK/1 card (PLACED) " +
      'and records the placement for the IPK reports, all in one transaction.',
  })
  @ApiOkResponse({ type: ApplicationDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async transition(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TransitionApplicationDto,
    @Caller() caller: AuthCaller,
  ): Promise<ApplicationDto> {
    if (body.toState !== 'WITHDRAWN' && !caller.scopes.includes('jobs:write'))
      throw new ForbiddenException('The token lacks the scope jobs:write');
    const a = await this.clients.jobs.transitionApplication(
      { ...fromTransitionApplicationDto(body), id },
      await asPersonCaller(undefined, caller),
    );
    return toApplicationDto(a);
  }
}
