import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { fromProtoEnum, toProtoEnum, type trainingV1 } from '@siapkerja/contracts';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { BatchDto, BatchPageDto, CancelBatchDto, CreateBatchDto, ListBatchesQueryDto } from './training.dto';

export function toBatchDto(b: trainingV1.Batch__Output): BatchDto {
  return {
    id: b.id,
    programId: b.programId,
    programTitle: b.programTitle,
    startDate: b.startDate,
    endDate: b.endDate,
    registrationOpens: b.registrationOpens,
    registrationCloses: b.registrationCloses,
    capacity: b.capacity,
    acceptedCount: b.acceptedCount,
    regionCode: b.regionCode,
    mode: fromProtoEnum('BATCH_MODE', b.mode),
    state: fromProtoEnum('BATCH_STATE', b.state),
    cancelReason: b.cancelReason || null,
    createdAt: b.createTime,
    updatedAt: b.updateTime,
  };
}

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
      "Only the program's owner (the partner client or training-provider account that published it), a Disnaker officer of its region or the ministry. " +
      "The batch takes the program's regency, and its capacity unless one is given. registrationOpens <= registrationCloses < startDate <= endDate; registration must not have closed already.",
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: BatchDto })
  @ApiProblems(400, 401, 403, 404)
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
        batch: { ...body, capacity: body.capacity ?? 0, mode: toProtoEnum('BATCH_MODE', body.mode) as trainingV1.BatchMode },
        requestId: key ?? '',
      },
      asCaller(caller),
    );
    return created(res, '/v1/training-batches', toBatchDto(b));
  }

  @Get('training-programs/:programId/batches')
  @RequireScopes('training:read')
  @ApiOperation({ summary: "A program's batches by start date, with cursor pagination and a state filter" })
  @ApiOkResponse({ type: BatchPageDto })
  @ApiProblems(400, 401, 403, 404)
  async list(
    @Param('programId', ParseUUIDPipe) programId: string,
    @Query() q: ListBatchesQueryDto,
    @Caller() caller: AuthCaller,
  ): Promise<BatchPageDto> {
    const r = await this.clients.training.listBatches(
      {
        programId,
        pageSize: q.pageSize ?? 20,
        pageToken: q.pageToken ?? '',
        state: q.state ? (toProtoEnum('BATCH_STATE', q.state) as trainingV1.BatchState) : 'BATCH_STATE_UNSPECIFIED',
      },
      asCaller(caller, { idempotent: true }),
    );
    return { batches: r.batches.map(toBatchDto), nextPageToken: r.nextPageToken };
  }

  @Get('training-batches/:id')
  @RequireScopes('training:read')
  @ApiOperation({ summary: 'Read a batch (public; a cancelled batch stays readable)' })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<BatchDto> {
    return toBatchDto(await this.clients.training.getBatch({ id }, asCaller(caller, { idempotent: true })));
  }

  @Post('training-batches/:id/open')
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({
    summary: 'Open registration of a SCHEDULED batch (SCHEDULED -> OPEN)',
    description: 'People enrol while it is OPEN, between registrationOpens and registrationCloses.',
  })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async open(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<BatchDto> {
    return this.move(id, 'OPEN', '', caller);
  }

  @Post('training-batches/:id/start')
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({ summary: 'Start the training of an OPEN batch (OPEN -> RUNNING); participants are no longer selected' })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async start(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<BatchDto> {
    return this.move(id, 'RUNNING', '', caller);
  }

  @Post('training-batches/:id/complete')
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({ summary: 'Complete a RUNNING batch (RUNNING -> COMPLETED, final)' })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async complete(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<BatchDto> {
    return this.move(id, 'COMPLETED', '', caller);
  }

  @Post('training-batches/:id/cancel')
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({ summary: 'Cancel a SCHEDULED or OPEN batch with a reason (final); it stays readable as CANCELLED' })
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
