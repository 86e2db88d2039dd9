import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ClientDto, ClientWithSecretsDto, toClientDto, toClientWithSecretsDto } from '../generated/identity.views';
import { ApiProblems } from '../platform/http';
import { RequireScopes, Roles } from './caller';
import { IdentityClient } from './identity.client';
import { Revocations } from './revocations';

export class RotatedClientDto extends ClientWithSecretsDto {
  @ApiProperty({ format: 'date-time', description: 'the previous secrets stay valid until then' }) previousValidUntil: string;
}

/**
 * A client's new secrets and its revocation, done in identity; the gateway forgets its cached credentials at once.
 * Registering clients, listing them and setting an account's roles are generated routes.
 */
@ApiTags('Auth: administration')
@Controller('v1/admin')
@Roles('MINISTRY_ADMIN')
export class AdminController {
  constructor(
    private readonly identity: IdentityClient,
    private readonly revocations: Revocations,
  ) {}

  @Post('clients/:clientId/rotate-secret')
  @HttpCode(200)
  @RequireScopes('admin:write')
  @ApiOperation({
    summary: 'New client secret and HMAC secret; the previous ones stay valid until previousValidUntil (AUTH_SECRET_GRACE_S)',
  })
  @ApiOkResponse({ type: RotatedClientDto })
  @ApiProblems(400, 401, 403, 404)
  async rotate(@Param('clientId') clientId: string): Promise<RotatedClientDto> {
    const r = await this.identity.call('rotateClientSecret', { clientId });
    this.revocations.forgetClient(clientId);
    return { ...toClientWithSecretsDto(r), previousValidUntil: r.previousValidUntil };
  }

  @Post('clients/:clientId/revoke')
  @HttpCode(200)
  @RequireScopes('admin:write')
  @ApiOperation({ summary: 'Revoke a client: no new tokens, and its live tokens stop working at once' })
  @ApiOkResponse({ type: ClientDto })
  @ApiProblems(400, 401, 403, 404)
  async revoke(@Param('clientId') clientId: string): Promise<ClientDto> {
    const r = await this.identity.call('revokeClient', { clientId });
    this.revocations.forgetClient(clientId);
    return toClientDto(r);
  }
}
