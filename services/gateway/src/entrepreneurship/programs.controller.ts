import { Body, Controller, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { fromSetTkmQuotaDto, SetTkmQuotaDto, TkmProgramDto, toTkmProgramDto } from '../generated/entrepreneurship.views';
import { CreateTkmProgramDto } from './tkm.dto';

/**
 * TKM programs: amounts, group sizes, eligibility and quotas are data the ministry sets; everyone with the scope reads them
 * (reading a program and the list are generated routes: proto/siapkerja/entrepreneurship/v1).
 */
@ApiTags('Entrepreneurship: TKM programs')
@Controller('v1/tkm-programs')
export class TkmProgramsController {
  constructor(private readonly clients: ServiceClients) {}

  @Post()
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({
    summary: 'Define a TKM program of one year (ministry only)',
    description: 'Code and year are unique (409 otherwise). PER_MEMBER_DAY programs (Padat Karya) need workDays.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: TkmProgramDto })
  @ApiProblems(400, 401, 403, 409)
  async create(
    @Body() body: CreateTkmProgramDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<TkmProgramDto> {
    const program = {
      ...body,
      amount: String(body.amount),
      workDays: body.workDays ?? 0,
      requiresTraining: body.requiresTraining ?? false,
      trainingProgramIds: body.trainingProgramIds ?? [],
    };
    const p = await this.clients.entrepreneurship.createProgram({ program, requestId: key ?? '' }, asCaller(caller));
    return created(res, '/v1/tkm-programs', toTkmProgramDto(p));
  }

  @Put(':id/quotas/:regionCode')
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({
    summary: 'Set the quota of a program in a province (NN) or regency (NN.NN) (ministry only)',
    description: 'How many groups decrees may approve there; never below the groups already approved (409).',
  })
  @ApiOkResponse({ type: TkmProgramDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async setQuota(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('regionCode') regionCode: string,
    @Body() body: SetTkmQuotaDto,
    @Caller() caller: AuthCaller,
  ): Promise<TkmProgramDto> {
    const p = await this.clients.entrepreneurship.setProgramQuota(
      { ...fromSetTkmQuotaDto(body), programId: id, regionCode },
      asCaller(caller),
    );
    return toTkmProgramDto(p);
  }
}
