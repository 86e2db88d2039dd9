import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { asPersonCaller } from '../applications/person-caller';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import {
  DecreeDto,
  ProposalDto,
  ProposalPageDto,
  toDecreeDto,
  toProposalDto,
  toProposalPageDto,
} from '../generated/entrepreneurship.views';
import { CreateDecreeDto, CreateTrancheDto, ListProposalsQueryDto, SubmitProposalDto } from './tkm.dto';

/**
 * TKM proposals: submitted by a group, verified by the Disnaker of its region, approved in decrees within the quota of the
 * region and year (/v1/tkm-decrees: a path under /v1/tkm-proposals would be ambiguous with a proposal id), disbursed in tranches. The entrepreneurship service decides who may do what.
 * Reading a decree and verifying a proposal are generated routes (proto/siapkerja/entrepreneurship/v1).
 */
@ApiTags('Entrepreneurship: TKM proposals')
@Controller('v1')
export class TkmProposalsController {
  constructor(private readonly clients: ServiceClients) {}

  @Post('tkm-proposals')
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({
    summary: "Submit a group's proposal for assistance",
    description: "The group's active members must fit the program's size (409 'Group size'); one live proposal per group (409).",
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: ProposalDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async submit(
    @Body() body: SubmitProposalDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<ProposalDto> {
    const p = await this.clients.entrepreneurship.submitProposal(
      { groupId: body.groupId, requestId: key ?? '' },
      await asPersonCaller(undefined, caller),
    );
    return created(res, '/v1/tkm-proposals', toProposalDto(p));
  }

  @Get('tkm-proposals')
  @RequireScopes('entrepreneurship:read')
  @ApiOperation({ summary: 'The proposals the caller may see, newest first, with cursor pagination' })
  @ApiOkResponse({ type: ProposalPageDto })
  @ApiProblems(400, 401, 403)
  async list(@Query() q: ListProposalsQueryDto, @Caller() caller: AuthCaller): Promise<ProposalPageDto> {
    const r = await this.clients.entrepreneurship.listProposals(
      {
        state: q.state ?? '',
        programId: q.programId ?? '',
        groupId: q.groupId ?? '',
        regionCode: q.regionCode ?? '',
        pageSize: q.pageSize ?? 20,
        pageToken: q.pageToken ?? '',
      },
      await asPersonCaller(undefined, caller, { idempotent: true }),
    );
    return toProposalPageDto(r);
  }

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

  @Get('tkm-proposals/:id')
  @RequireScopes('entrepreneurship:read')
  @ApiOperation({ summary: 'Read a proposal with its checklist, tranches and history (same visibility as its group)' })
  @ApiOkResponse({ type: ProposalDto })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<ProposalDto> {
    return toProposalDto(
      await this.clients.entrepreneurship.getProposal({ id }, await asPersonCaller(undefined, caller, { idempotent: true })),
    );
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
