import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { toProtoEnum, type certificationV1 } from '@siapkerja/contracts';
import { asCaller, Caller, RequireScopes, Roles, type AuthCaller } from '../auth/caller';
import { CreateSchemeDto, fromCreateSchemeDto, SchemeDto, toSchemeDto } from '../generated/certification.views';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';

@ApiTags('Sertihub: certification schemes')
@Controller('v1/certification-schemes')
export class SchemesController {
  constructor(private readonly clients: ServiceClients) {}

  // hand-written: an absent prerequisite is sent as NONE (a generated route would send UNSPECIFIED)
  @Post()
  @RequireScopes('certification:write')
  // BNSP and the ministry for any LSP, an LSP (account or client) for itself: never a person's token
  @Roles('LSP', 'PARTNER', 'BNSP', 'MINISTRY_ADMIN')
  @ApiOperation({
    summary: 'Register a certification scheme owned by one LSP (BNSP or the ministry for any LSP; an LSP for itself, another LSP is 404)',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: SchemeDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async create(
    @Body() body: CreateSchemeDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<SchemeDto> {
    const scheme = {
      ...fromCreateSchemeDto(body),
      prerequisite: toProtoEnum('SCHEME_PREREQUISITE', body.prerequisite ?? 'NONE') as certificationV1.SchemePrerequisite,
    };
    return created(
      res,
      '/v1/certification-schemes',
      toSchemeDto(await this.clients.certification.createScheme({ scheme, requestId: key ?? '' }, asCaller(caller))),
    );
  }
}
