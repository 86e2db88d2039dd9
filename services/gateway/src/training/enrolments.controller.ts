import { Body, Controller, ForbiddenException, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { toProtoEnum, type trainingV1 } from '@siapkerja/contracts';
import { existingIdOf } from '@siapkerja/errors';
import { asPersonCaller, personCall, personIdOf } from '../applications/person-caller';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { AccessAudit, type AccessRecord } from '../privacy/access-audit';
import { ApiPurposeHeader, PURPOSE_HEADER, resolvePurpose, type AccessPurpose } from '../privacy/purposes';
import {
  CreateEnrolmentDto,
  EnrolmentNoteDto,
  ListEnrolmentsQueryDto,
  RecordOutcomeDto,
  SelectionScoresDto,
  toEnrolmentDto as toEnrolmentView,
} from '../generated/training.views';
import { MyEnrolmentsQueryDto } from './skillhub.dto';
import { EnrolmentDto, EnrolmentPageDto } from './training.dto';

/** Fields returned unmasked to a caller allowed to see them (written to the access log). */
const PERSONAL_FIELDS = ['nik', 'birthDate'];

/**
 * The REST view of an enrolment, as the training service redacted it for the caller (`personalDataMasked`). The second
 * argument is ignored: callers written when the gateway masked (the data export) pass it for records returned in clear.
 */
export function toEnrolmentDto(e: trainingV1.Enrolment__Output, _unmaskedByCaller?: boolean): EnrolmentDto {
  return toEnrolmentView(e);
}

/**
 * Skillhub enrolments. Who may see and move one is decided by the training service (the registering partner, the person, the
 * program's owner, officers of the batch's region, the ministry; anyone else gets 404, never 403). The gateway checks the
 * scopes, forwards the caller with the person id of a person's account and logs every answer that came back unmasked (the
 * training service masks NIK and birth date for everyone but the person, officers of the region and the ministry).
 */
@ApiTags('Skillhub: enrolments')
@Controller('v1')
export class EnrolmentsController {
  constructor(
    private readonly clients: ServiceClients,
    private readonly ds: DataSource,
    private readonly audit: AccessAudit,
  ) {}

  @Post('training-batches/:batchId/enrolments')
  @RequireScopes('training:read')
  @ApiOperation({
    summary: 'Enrol a person in an OPEN batch (once per person and batch)',
    description:
      "A person enrols himself with the NIK of his own account (training:read); partners, the program's owner, officers of the region and the ministry register a person on his behalf " +
      '(training:write) with NIK, name and birth date (the NIK must agree with the birth date). Only while the batch is OPEN and today is inside its registration window. ' +
      "The program's eligibility rules are checked: a refusal is 400 naming the rule (errors[].field eligibility.minAge, maxAge, sex, minEducation, residenceRegionCodes or jobSeekerRequired). " +
      "Another provider's account or client gets 404. " +
      'A second enrolment of the same person is 409 (naming the existing one, with Location, only to who may see it), unless the same Idempotency-Key is sent. ' +
      'A person who restricted processing (UU 27/2022) is not registered by others (409).',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: EnrolmentDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async enrol(
    @Param('batchId', ParseUUIDPipe) batchId: string,
    @Body() body: CreateEnrolmentDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<EnrolmentDto> {
    // a person without training:write enrols himself only: the training service holds him to the NIK of his own account
    if (!caller.scopes.includes('training:write') && !caller.roles.includes('JOB_SEEKER'))
      throw new ForbiddenException('The token lacks the scope training:write');
    const { options, personId } = await personCall(this.ds, caller);
    try {
      const e = await this.clients.training.createEnrolment(
        {
          batchId,
          nik: body.nik,
          name: body.name,
          birthDate: body.birthDate,
          requestId: key ?? '',
          educationLevel: body.educationLevel ?? '',
        },
        options,
      );
      const self = !caller.scopes.includes('training:write') && personId === e.personId;
      return created(res, '/v1/enrolments', await this.view(e, caller, self ? 'DATA_SUBJECT_REQUEST' : 'PLACEMENT_SERVICE'));
    } catch (err) {
      // the existing enrolment is named only to who may see it
      const existing = existingIdOf(err);
      if (existing) res.setHeader('Location', `/v1/enrolments/${existing}`);
      throw err;
    }
  }

  @Get('training-batches/:batchId/enrolments')
  @RequireScopes('training:read')
  @ApiOperation({
    summary: 'Enrolments of a batch the caller may see, newest first, with cursor pagination and a state filter',
    description:
      "The program's owner, officers of the region and the ministry see every enrolment; a partner those it registered; a person his own; anyone else an empty page.",
  })
  @ApiPurposeHeader()
  @ApiOkResponse({ type: EnrolmentPageDto })
  @ApiProblems(400, 401, 403, 404)
  async list(
    @Param('batchId', ParseUUIDPipe) batchId: string,
    @Query() q: ListEnrolmentsQueryDto,
    @Req() req: Request,
    @Caller() caller: AuthCaller,
  ): Promise<EnrolmentPageDto> {
    const purpose = resolvePurpose(req, caller);
    const opts = await asPersonCaller(this.ds, caller, { idempotent: true });
    const r = await this.clients.training.listEnrolments(
      {
        batchId,
        pageSize: q.pageSize ?? 20,
        pageToken: q.pageToken ?? '',
        state: q.state ? (toProtoEnum('ENROLMENT_STATE', q.state) as trainingV1.EnrolmentState) : 'ENROLMENT_STATE_UNSPECIFIED',
      },
      opts,
    );
    return { enrolments: await this.views(r.enrolments, caller, purpose), nextPageToken: r.nextPageToken };
  }

  @Get(['enrolments/:id', 'training-enrolments/:id'])
  @RequireScopes('training:read')
  @ApiOperation({
    summary: 'Read an enrolment with its history',
    description:
      "The registering partner, the person himself, the program's owner, officers of the batch's region and the ministry; 404 for anyone else. " +
      'NIK and birth date are masked unless the caller is the person, an officer of the region or the ministry (those reads are logged with their X-Purpose).',
  })
  @ApiPurposeHeader()
  @ApiOkResponse({ type: EnrolmentDto })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id', ParseUUIDPipe) id: string, @Req() req: Request, @Caller() caller: AuthCaller): Promise<EnrolmentDto> {
    const purpose = resolvePurpose(req, caller);
    const e = await this.clients.training.getEnrolment({ id }, await asPersonCaller(this.ds, caller, { idempotent: true }));
    return this.view(e, caller, purpose);
  }

  @Post(['enrolments/:id/accept', 'training-enrolments/:id/accept'])
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({
    summary: "Accept an enrolment (REGISTERED or WAITLISTED -> ACCEPTED): the program's provider, an officer of the region or the ministry",
    description:
      "Only while the batch is OPEN or in SELECTION; never more ACCEPTED than the batch's seats, also under concurrent acceptances: once they are taken a REGISTERED enrolment becomes WAITLISTED (200, state WAITLISTED) and a WAITLISTED one stays so (409). " +
      'Not for a person who restricted processing, unless he enrolled himself (409). Another provider gets 404.',
  })
  @ApiOkResponse({ type: EnrolmentDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async accept(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: EnrolmentNoteDto,
    @Req() req: Request,
    @Caller() caller: AuthCaller,
  ): Promise<EnrolmentDto> {
    return this.move(id, 'ACCEPTED', body, req, caller);
  }

  @Post(['enrolments/:id/reject', 'training-enrolments/:id/reject'])
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({
    summary:
      "Reject an enrolment (REGISTERED -> REJECTED, final): the program's owner, an officer of the region or the ministry, while the batch is OPEN",
  })
  @ApiOkResponse({ type: EnrolmentDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async reject(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: EnrolmentNoteDto,
    @Req() req: Request,
    @Caller() caller: AuthCaller,
  ): Promise<EnrolmentDto> {
    return this.move(id, 'REJECTED', body, req, caller);
  }

  @Post(['enrolments/:id/withdraw', 'training-enrolments/:id/withdraw'])
  @HttpCode(200)
  @RequireScopes('training:read')
  @ApiOperation({
    summary: 'Withdraw an enrolment (REGISTERED, WAITLISTED or ACCEPTED -> WITHDRAWN, final): the person himself or who registered him',
    description:
      'While the batch is OPEN, in SELECTION or RUNNING; a withdrawn acceptance gives its seat to the first on the waitlist in the same transaction.',
  })
  @ApiOkResponse({ type: EnrolmentDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async withdraw(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: EnrolmentNoteDto,
    @Req() req: Request,
    @Caller() caller: AuthCaller,
  ): Promise<EnrolmentDto> {
    return this.move(id, 'WITHDRAWN', body, req, caller);
  }

  @Post('enrolments/:id/scores')
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({
    summary: 'Record document screening and selection scores (the provider side, while the batch is OPEN or in SELECTION)',
    description: 'Absent scores stay as they are. Another provider gets 404.',
  })
  @ApiOkResponse({ type: EnrolmentDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async scores(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SelectionScoresDto,
    @Caller() caller: AuthCaller,
  ): Promise<EnrolmentDto> {
    const e = await this.clients.training.recordSelectionScores(
      { enrolmentId: id, screeningScore: body.screeningScore ?? -1, selectionScore: body.selectionScore ?? -1 },
      asCaller(caller),
    );
    return this.view(e, caller, 'PLACEMENT_SERVICE');
  }

  @Post('enrolments/:id/outcome')
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({
    summary: 'Record the outcome of an ACCEPTED participant: COMPLETED, FAILED or DROPPED_OUT, with the date',
    description:
      "COMPLETED needs the program's attendance threshold (400 naming attendance) and a final score at or above its passing score (400 naming finalScore). " +
      'Once the batch is RUNNING (409 before); once per participant (409). Emits training.completed / failed / dropped-out with the person id, never the NIK. Another provider gets 404.',
  })
  @ApiOkResponse({ type: EnrolmentDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async outcome(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordOutcomeDto,
    @Caller() caller: AuthCaller,
  ): Promise<EnrolmentDto> {
    const e = await this.clients.training.recordOutcome(
      {
        enrolmentId: id,
        outcome: toProtoEnum('ENROLMENT_STATE', body.outcome) as trainingV1.EnrolmentState,
        finalScore: body.finalScore ?? -1,
        outcomeDate: body.outcomeDate,
        note: body.note ?? '',
      },
      asCaller(caller),
    );
    return this.view(e, caller, 'PLACEMENT_SERVICE');
  }

  @Get('me/enrolments')
  @RequireScopes('training:read')
  @ApiOperation({
    summary: "My enrolments across batches with their outcomes, newest first (a person's own account)",
    description: 'Read with the person id of the account (403 for any other caller).',
  })
  @ApiOkResponse({ type: EnrolmentPageDto })
  @ApiProblems(400, 401, 403)
  async mine(@Query() q: MyEnrolmentsQueryDto, @Caller() caller: AuthCaller): Promise<EnrolmentPageDto> {
    const r = await this.clients.training.listMyEnrolments(
      { pageSize: q.pageSize ?? 20, pageToken: q.pageToken ?? '' },
      await asPersonCaller(this.ds, caller, { idempotent: true }),
    );
    return { enrolments: await this.views(r.enrolments, caller, 'DATA_SUBJECT_REQUEST'), nextPageToken: r.nextPageToken };
  }

  private async move(id: string, toState: string, body: EnrolmentNoteDto, req: Request, caller: AuthCaller): Promise<EnrolmentDto> {
    // a write states its purpose if it likes; the answer is logged under it, or under the purpose the write implies
    const purpose = req.header(PURPOSE_HEADER) ? resolvePurpose(req, caller) : undefined;
    const e = await this.clients.training.transitionEnrolment(
      { id, toState: toProtoEnum('ENROLMENT_STATE', toState) as trainingV1.EnrolmentState, note: body.note ?? '' },
      await asPersonCaller(this.ds, caller),
    );
    return this.view(e, caller, purpose ?? 'PLACEMENT_SERVICE');
  }

  private async view(e: trainingV1.Enrolment__Output, caller: AuthCaller, purpose: AccessPurpose | undefined): Promise<EnrolmentDto> {
    return (await this.views([e], caller, purpose))[0];
  }

  /** The views the training service redacted for the caller; unmasked ones are written to the access log first (one statement). */
  private async views(es: trainingV1.Enrolment__Output[], caller: AuthCaller, purpose: AccessPurpose | undefined): Promise<EnrolmentDto[]> {
    const personId = caller.roles.includes('JOB_SEEKER') ? await personIdOf(this.ds, caller) : undefined;
    const logged: AccessRecord[] = es
      .filter((e) => !e.personalDataMasked)
      .map((e) => ({
        caller,
        resourceType: 'training-enrolment',
        resourceId: e.id,
        fields: PERSONAL_FIELDS,
        subjectPersonId: e.personId,
        purpose: purpose ?? (personId === e.personId ? 'DATA_SUBJECT_REQUEST' : 'SUPERVISION'),
      }));
    await this.audit.recordMany(logged);
    return es.map((e) => toEnrolmentDto(e));
  }
}
