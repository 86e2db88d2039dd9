import { Body, Controller, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { toProtoEnum, type trainingV1 } from '@siapkerja/contracts';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import {
  AttendanceRecordedDto,
  BatchDto,
  CancelBatchDto,
  CreateBatchDto,
  RecordAttendanceDto,
  toAttendanceRecordedDto,
  toBatchDto,
} from '../generated/training.views';

/**
 * Skillhub batches: the public catalogue of a program's runs. Who may schedule and move them (the program's owner, officers of
 * its region, the ministry) is decided by the training service; the gateway checks the scopes and an officer's region.
 */
@ApiTags('Skillhub: training batches')
@Controller('v1')
export class BatchesController {
  constructor(private readonly clients: ServiceClients) {}

  @Post('training-programs/:programId/batches')
  @RequireScopes('training:write')
  @ApiOperation({
    summary: 'Schedule a batch of a training program',
    description:
      "Only the program's provider (its accounts and clients), a Disnaker officer of its region or the ministry; another provider gets 404. " +
      "The batch is held in the program's regency unless regionCode names the venue, takes the program's capacity unless one is given, and has one session a day unless sessions are given. " +
      'registrationOpens <= registrationCloses < startDate <= endDate; registration must not have closed already. A withdrawn program takes no batch (409).',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: BatchDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async create(
    @Param('programId', ParseUUIDPipe) programId: string,
    @Body() body: CreateBatchDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<BatchDto> {
    const program = await this.clients.training.getProgram({ id: programId }, asCaller(caller, { idempotent: true }));
    assertRegion(caller, program.regionCode);
    const b = await this.clients.training.createBatch(
      {
        programId,
        batch: {
          ...body,
          capacity: body.capacity ?? 0,
          mode: toProtoEnum('BATCH_MODE', body.mode) as trainingV1.BatchMode,
          regionCode: body.regionCode ?? '',
          sessions: (body.sessions ?? []).map((x) => ({ date: x.date, topic: x.topic ?? '' })),
        },
        requestId: key ?? '',
      },
      asCaller(caller),
    );
    return created(res, '/v1/training-batches', toBatchDto(b));
  }

  @Post('training-batches/:id/open')
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({
    summary: 'Open registration of a PLANNED batch (PLANNED -> OPEN)',
    description: 'People enrol while it is OPEN, between registrationOpens and registrationCloses.',
  })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async open(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<BatchDto> {
    return this.move(id, 'OPEN', '', caller);
  }

  @Post('training-batches/:id/selection')
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({
    summary: 'Close registration and select (OPEN -> SELECTION): scores recorded, participants accepted, waitlisted or rejected',
  })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async select(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<BatchDto> {
    return this.move(id, 'SELECTION', '', caller);
  }

  @Post('training-batches/:id/start')
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({ summary: 'Start the training (OPEN or SELECTION -> RUNNING); participants are no longer selected' })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async start(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<BatchDto> {
    return this.move(id, 'RUNNING', '', caller);
  }

  @Post(['training-batches/:id/finish', 'training-batches/:id/complete'])
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({ summary: 'Finish a RUNNING batch (RUNNING -> FINISHED, final); /complete is its former name' })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async finish(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<BatchDto> {
    return this.move(id, 'FINISHED', '', caller);
  }

  @Post('training-batches/:id/sessions/:number/attendance')
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({
    summary: 'Record attendance of one session: one participant, or the whole session at once',
    description:
      'The provider, an officer of the batch region or the ministry, once the batch is RUNNING (409 before); ACCEPTED participants of this batch only (400 naming the mark). A participant recorded again is replaced.',
  })
  @ApiOkResponse({ type: AttendanceRecordedDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async attendance(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('number', ParseIntPipe) sessionNumber: number,
    @Body() body: RecordAttendanceDto,
    @Caller() caller: AuthCaller,
  ): Promise<AttendanceRecordedDto> {
    const r = await this.clients.training.recordAttendance({ batchId: id, sessionNumber, marks: body.marks }, asCaller(caller));
    return toAttendanceRecordedDto(r);
  }

  @Post('training-batches/:id/cancel')
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({
    summary: 'Cancel a PLANNED, OPEN or SELECTION batch with a reason (final); it stays readable as CANCELLED',
    description: 'Every open enrolment (REGISTERED, WAITLISTED, ACCEPTED) ends as CANCELLED with the reason.',
  })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async cancel(@Param('id', ParseUUIDPipe) id: string, @Body() body: CancelBatchDto, @Caller() caller: AuthCaller): Promise<BatchDto> {
    return this.move(id, 'CANCELLED', body.reason, caller);
  }

  /** Any other move than the state machine allows is 409 from the training service. */
  private async move(id: string, toState: string, reason: string, caller: AuthCaller): Promise<BatchDto> {
    const current = await this.clients.training.getBatch({ id }, asCaller(caller, { idempotent: true }));
    assertRegion(caller, current.regionCode);
    const b = await this.clients.training.transitionBatch(
      { id, toState: toProtoEnum('BATCH_STATE', toState) as trainingV1.BatchState, reason },
      asCaller(caller),
    );
    return toBatchDto(b);
  }
}
