import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { toProtoEnum, type trainingV1 } from '@siapkerja/contracts';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { toProviderBaseDto, VerifyProviderDto } from '../generated/training.views';
import { CreateProviderDto, ListProvidersQueryDto, ProviderDto, ProviderPageDto } from './skillhub.dto';

export function toProviderDto(p: trainingV1.TrainingProvider__Output): ProviderDto {
  return {
    ...toProviderBaseDto(p),
    accreditation: p.accreditation?.grade ? { grade: p.accreditation.grade, validUntil: p.accreditation.validUntil } : null,
  };
}

/**
 * Skillhub training providers (BLK UPTP/UPTD, BLK Komunitas, LPK, partner platforms). The ministry and Disnaker officers of
 * the provider's region register and verify them (the training service decides); everyone with training:read reads them.
 * The accounts and clients acting for a provider carry its id as organizationId (set by an admin on /v1/admin/clients).
 */
@ApiTags('Skillhub: training providers')
@Controller('v1/training-providers')
export class ProvidersController {
  constructor(private readonly clients: ServiceClients) {}

  @Post()
  @RequireScopes('training:write')
  @ApiOperation({ summary: 'Register a training provider (the ministry, or a Disnaker officer of its region)' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: ProviderDto })
  @ApiProblems(400, 401, 403)
  async create(
    @Body() body: CreateProviderDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<ProviderDto> {
    const p = await this.clients.training.createTrainingProvider(
      {
        provider: {
          kind: toProtoEnum('PROVIDER_KIND', body.kind) as trainingV1.ProviderKind,
          name: body.name,
          regionCode: body.regionCode,
          accreditation: { grade: body.accreditation?.grade ?? '', validUntil: body.accreditation?.validUntil ?? '' },
          contact: { email: body.contact?.email ?? '', phone: body.contact?.phone ?? '', website: body.contact?.website ?? '' },
        },
        requestId: key ?? '',
      },
      asCaller(caller),
    );
    return created(res, '/v1/training-providers', toProviderDto(p));
  }

  @Get()
  @RequireScopes('training:read')
  @ApiOperation({ summary: 'Training providers, newest first, by region and kind, with cursor pagination' })
  @ApiOkResponse({ type: ProviderPageDto })
  @ApiProblems(400, 401, 403)
  async list(@Query() q: ListProvidersQueryDto, @Caller() caller: AuthCaller): Promise<ProviderPageDto> {
    const r = await this.clients.training.listTrainingProviders(
      {
        regionCode: q.regionCode ?? '',
        kind: toProtoEnum('PROVIDER_KIND', q.kind) as trainingV1.ProviderKind,
        pageSize: q.pageSize ?? 20,
        pageToken: q.pageToken ?? '',
      },
      asCaller(caller, { idempotent: true }),
    );
    return { providers: r.providers.map(toProviderDto), nextPageToken: r.nextPageToken };
  }

  @Get(':id')
  @RequireScopes('training:read')
  @ApiOperation({ summary: 'Read a training provider' })
  @ApiOkResponse({ type: ProviderDto })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<ProviderDto> {
    return toProviderDto(await this.clients.training.getTrainingProvider({ id }, asCaller(caller, { idempotent: true })));
  }

  @Post(':id/verify')
  @HttpCode(200)
  @RequireScopes('training:write')
  @ApiOperation({ summary: 'Verify a provider and record its accreditation (the ministry, or a Disnaker officer of its region)' })
  @ApiOkResponse({ type: ProviderDto })
  @ApiProblems(400, 401, 403, 404)
  async verify(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: VerifyProviderDto,
    @Caller() caller: AuthCaller,
  ): Promise<ProviderDto> {
    const current = await this.clients.training.getTrainingProvider({ id }, asCaller(caller, { idempotent: true }));
    assertRegion(caller, current.regionCode);
    const p = await this.clients.training.verifyTrainingProvider(
      { id, accreditation: { grade: body.accreditation?.grade ?? '', validUntil: body.accreditation?.validUntil ?? '' } },
      asCaller(caller),
    );
    return toProviderDto(p);
  }
}
