import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { toProtoEnum, type trainingV1 } from '@siapkerja/contracts';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { ProviderDto, toProviderDto } from '../generated/training.views';
import { CreateProviderDto } from './skillhub.dto';

/**
 * Skillhub training providers (BLK UPTP/UPTD, BLK Komunitas, LPK, partner platforms). The ministry and Disnaker officers of
 * the provider's region register and verify them (the training service decides); everyone with training:read reads them
 * (generated routes). The accounts and clients acting for a provider carry its id as organizationId (set by an admin on
 * /v1/admin/clients).
 */
@ApiTags('Skillhub: training providers')
@Controller('v1/training-providers')
export class ProvidersController {
  constructor(private readonly clients: ServiceClients) {}

  /** Hand-written: its body (CreateProviderDto) is, for the order of its error messages. */
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
}
