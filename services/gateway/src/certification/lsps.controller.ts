import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { AssessorPageDto, LspScopedQueryDto, toAssessorPageDto, toTukPageDto, TukPageDto } from '../generated/certification.views';
import { ApiProblems } from '../platform/http';

// The lists stay hand-written: they ask for 20 when no pageSize is given (a generated route would send 0).
@ApiTags('Sertihub: LSPs, TUKs, assessors')
@Controller('v1/tuks')
export class TuksController {
  constructor(private readonly clients: ServiceClients) {}

  @Get()
  @RequireScopes('certification:read')
  @ApiOperation({ summary: "An LSP's TUKs (the LSP itself, BNSP, the ministry; another LSP 404)" })
  @ApiOkResponse({ type: TukPageDto })
  @ApiProblems(400, 401, 403, 404)
  async list(@Query() q: LspScopedQueryDto, @Caller() caller: AuthCaller): Promise<TukPageDto> {
    const r = await this.clients.certification.listTuks(
      { lspId: q.lspId, pageSize: q.pageSize ?? 20, pageToken: q.pageToken ?? '' },
      asCaller(caller, { idempotent: true }),
    );
    return toTukPageDto(r);
  }
}

@ApiTags('Sertihub: LSPs, TUKs, assessors')
@Controller('v1/assessors')
export class AssessorsController {
  constructor(private readonly clients: ServiceClients) {}

  @Get()
  @RequireScopes('certification:read')
  @ApiOperation({ summary: "An LSP's assessors (the LSP itself, BNSP, the ministry; another LSP 404)" })
  @ApiOkResponse({ type: AssessorPageDto })
  @ApiProblems(400, 401, 403, 404)
  async list(@Query() q: LspScopedQueryDto, @Caller() caller: AuthCaller): Promise<AssessorPageDto> {
    const r = await this.clients.certification.listAssessors(
      { lspId: q.lspId, pageSize: q.pageSize ?? 20, pageToken: q.pageToken ?? '' },
      asCaller(caller, { idempotent: true }),
    );
    return toAssessorPageDto(r);
  }
}
