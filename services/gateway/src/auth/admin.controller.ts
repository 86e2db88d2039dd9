import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, IsUUID, ValidateIf } from 'class-validator';
import { IsRegionCode } from '@siapkerja/codes';
import { AccountDto, ClientDto, CreateClientDto, fromCreateClientDto, toAccountDto, toClientDto } from '../generated/identity.views';
import { ApiProblems } from '../platform/http';
import { RequireScopes, Roles } from './caller';
import { IdentityClient } from './identity.client';
import { Revocations } from './revocations';
import { GRANTABLE_ROLES as ROLES } from '@siapkerja/authz';

export class SetAccountRolesDto {
  @ApiProperty({ type: [String], enum: ROLES, example: ['DISNAKER_REGENCY'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES.filter((r) => r !== 'PARTNER'), { each: true })
  roles: string[];
  @ApiPropertyOptional({ type: String, example: '33.73', nullable: true })
  @ValidateIf((o) => o.regionCode !== null && o.regionCode !== undefined)
  @IsString()
  @IsRegionCode()
  regionCode?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'the training provider or LSP the account acts for' })
  @ValidateIf((o) => o.organizationId !== null && o.organizationId !== undefined)
  @IsUUID()
  organizationId?: string | null;
}

export class ClientWithSecretsDto extends ClientDto {
  @ApiProperty({ description: 'shown only in this answer' }) clientSecret: string;
  @ApiProperty({ description: 'shown only in this answer' }) hmacSecret: string;
}

export class RotatedClientDto extends ClientWithSecretsDto {
  @ApiProperty({ format: 'date-time', description: 'the previous secrets stay valid until then' }) previousValidUntil: string;
}

/** Clients and roles, administered in identity. */
@ApiTags('Auth: administration')
@Controller('v1/admin')
@Roles('MINISTRY_ADMIN')
export class AdminController {
  constructor(
    private readonly identity: IdentityClient,
    private readonly revocations: Revocations,
  ) {}

  @Post('clients')
  @RequireScopes('admin:write')
  @ApiOperation({ summary: 'Register an API client; its secret (and HMAC secret) are shown only in this answer' })
  @ApiCreatedResponse({ type: ClientWithSecretsDto })
  @ApiProblems(400, 401, 403)
  async create(@Body() body: CreateClientDto): Promise<ClientWithSecretsDto> {
    const r = await this.identity.call('createClient', fromCreateClientDto(body));
    return { ...toClientDto(r.client!), clientSecret: r.clientSecret, hmacSecret: r.hmacSecret };
  }

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
    return { ...toClientDto(r.client!), clientSecret: r.clientSecret, hmacSecret: r.hmacSecret, previousValidUntil: r.previousValidUntil };
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

  @Put('accounts/:id/roles')
  @RequireScopes('admin:write')
  @ApiOperation({ summary: "Set the roles (and an officer's region) of a person's account; effective at the next login or refresh" })
  @ApiOkResponse({ type: AccountDto })
  @ApiProblems(400, 401, 403, 404)
  async setRoles(@Param('id') id: string, @Body() body: SetAccountRolesDto): Promise<AccountDto> {
    return toAccountDto(
      await this.identity.call('setAccountRoles', {
        id,
        roles: body.roles,
        regionCode: body.regionCode ?? '',
        organizationId: body.organizationId ?? '',
      }),
    );
  }
}
