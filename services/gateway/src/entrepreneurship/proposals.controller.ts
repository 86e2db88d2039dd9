import { Body, Controller, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { DecreeDto, ProposalDto, toDecreeDto, toProposalDto } from '../generated/entrepreneurship.views';
import { CreateDecreeDto, CreateTrancheDto } from './tkm.dto';

/**
 * TKM proposals: submitted by a group, verified by the Disnaker of its region, approved in decrees within the quota of the
 * region and year (/v1/tkm-decrees: a path under /v1/tkm-proposals would be ambiguous with a proposal id), disbursed in
 * tranches. The entrepreneurship service decides who may do what. The other routes are generated
 * (proto/siapkerja/entrepreneurship/v1). A decree's and a tranche's bodies date in YYYY-MM-DD (their inputs stay in tkm.dto.ts), and
 * a tranche answers the Location of its proposal, not of a new resource.
 */
@ApiTags('Entrepreneurship: TKM proposals')
@Controller('v1')
export class TkmProposalsController {
  constructor(private readonly clients: ServiceClients) {}

  @Post('tkm-decrees')
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({
    summary: 'Approve verified proposals in a numbered decree (SK), within the quota of their region and year',
    description:
      "Disnaker officers inside their region and the ministry. All or none: a proposal not VERIFIED, of another program or outside the region, or a quota it would exceed ('Quota'), is 409 and nothing changes. " +
      'The quota rows are locked while a decree is approved, so concurrent decrees never exceed them.',
  })
  @ApiCreatedResponse({ type: DecreeDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async createDecree(
    @Body() body: CreateDecreeDto,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<DecreeDto> {
    const d = await this.clients.entrepreneurship.createDecree(body, asCaller(caller));
    return created(res, '/v1/tkm-decrees', toDecreeDto(d));
  }

  @Post('tkm-proposals/:id/tranches')
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({
    summary: 'Disburse a tranche of an APPROVED proposal',
    description:
      "Disnaker officers of the region and the ministry. The tranches never exceed the approved amount (409 'Tranche above approval'); the last one makes it DISBURSED.",
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: ProposalDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async createTranche(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateTrancheDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<ProposalDto> {
    const p = await this.clients.entrepreneurship.createTranche(
      { proposalId: id, amount: String(body.amount), disbursedOn: body.disbursedOn, reference: body.reference, requestId: key ?? '' },
      asCaller(caller),
    );
    res.location(`/v1/tkm-proposals/${id}`);
    return toProposalDto(p);
  }
}
