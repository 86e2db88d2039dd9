import { Body, Controller, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, IdempotencyKey } from '../platform/http';
import { CreateTrancheDto, ProposalDto, toProposalDto } from '../generated/entrepreneurship.views';

/**
 * TKM proposals: submitted by a group, verified by the Disnaker of its region, approved in decrees within the quota of the
 * region and year (/v1/tkm-decrees: a path under /v1/tkm-proposals would be ambiguous with a proposal id), disbursed in
 * tranches. The entrepreneurship service decides who may do what. The other routes, decrees included, are generated
 * (proto/siapkerja/entrepreneurship/v1); a tranche stays: it answers the Location of its proposal, not of a new resource.
 */
@ApiTags('Entrepreneurship: TKM proposals')
@Controller('v1')
export class TkmProposalsController {
  constructor(private readonly clients: ServiceClients) {}

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
