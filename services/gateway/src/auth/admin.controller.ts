import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';
import { IsRegionCode } from '@siapkerja/codes';
import type { FieldViolation } from '@siapkerja/errors';
import { ApiProblems } from '../platform/http';
import { FieldValidationException } from '../platform/problem.filter';
import { AccountsService } from './accounts.service';
import { RequireScopes, Roles } from './caller';
import { ClientsService } from './clients.service';
import { ALL_SCOPES, ROLES } from './scopes';

/** Officers are bound to a region of their level; nobody else carries one. */
function regionViolations(roles: string[], regionCode: string | null | undefined): FieldViolation[] {
  const v: FieldViolation[] = [];
  if (roles.includes('DISNAKER_PROVINCE') && !(regionCode && /^\d{2}$/.test(regionCode)))
    v.push({ field: 'regionCode', description: 'regionCode must be a province code (NN) for DISNAKER_PROVINCE' });
  else if (roles.includes('DISNAKER_REGENCY') && !(regionCode && /^\d{2}\.\d{2}$/.test(regionCode)))
    v.push({ field: 'regionCode', description: 'regionCode must be a regency code (NN.NN) for DISNAKER_REGENCY' });
  else if (regionCode && !roles.some((r) => r === 'DISNAKER_PROVINCE' || r === 'DISNAKER_REGENCY'))
    v.push({ field: 'regionCode', description: 'regionCode is only for DISNAKER_PROVINCE / DISNAKER_REGENCY' });
  if (roles.includes('DISNAKER_PROVINCE') && roles.includes('DISNAKER_REGENCY'))
    v.push({ field: 'roles', description: 'roles must not hold both officer levels' });
  return v;
}

export class CreateClientDto {
  @ApiProperty({ example: 'Pintar (Kemdikbud)' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ type: [String], example: ['jobs:read', 'training:write'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ALL_SCOPES.length)
  @IsIn(ALL_SCOPES, { each: true })
  scopes: string[];
  @ApiProperty({ type: [String], enum: ROLES, example: ['PARTNER'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles: string[];
  @ApiPropertyOptional({ example: '33.73', description: 'region of a Disnaker client' })
  @IsOptional()
  @IsString()
  @IsRegionCode()
  regionCode?: string;
  @ApiPropertyOptional({ description: 'every request must also be HMAC-signed' }) @IsOptional() @IsBoolean() hmacRequired?: boolean;
}

export class SetAccountRolesDto {
  @ApiProperty({ type: [String], enum: ROLES, example: ['DISNAKER_REGENCY'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES.filter((r) => r !== 'PARTNER'), { each: true })
  roles: string[];
  @ApiPropertyOptional({ example: '33.73', nullable: true })
  @ValidateIf((o) => o.regionCode !== null && o.regionCode !== undefined)
  @IsString()
  @IsRegionCode()
  regionCode?: string | null;
}

@ApiTags('Auth: administration')
@Controller('v1/admin')
@Roles('MINISTRY_ADMIN')
export class AdminController {
  constructor(
    private readonly clients: ClientsService,
    private readonly accounts: AccountsService,
  ) {}

  @Post('clients')
  @RequireScopes('admin:write')
  @ApiOperation({ summary: 'Register an API client; its secret (and HMAC secret) are shown only in this answer' })
  @ApiProblems(400, 401, 403)
  create(@Body() body: CreateClientDto) {
    const v = regionViolations(body.roles, body.regionCode);
    if (v.length) throw new FieldValidationException(v);
    return this.clients.create(body);
  }

  @Get('clients')
  @RequireScopes('admin:read')
  @ApiOperation({ summary: 'List API clients (no secrets)' })
  @ApiProblems(401, 403)
  list() {
    return this.clients.list();
  }

  @Post('clients/:clientId/rotate-secret')
  @HttpCode(200)
  @RequireScopes('admin:write')
  @ApiOperation({
    summary: 'New client secret and HMAC secret; the previous ones stay valid until previousValidUntil (AUTH_SECRET_GRACE_S)',
  })
  @ApiProblems(401, 403, 404)
  rotate(@Param('clientId') clientId: string) {
    return this.clients.rotate(clientId);
  }

  @Post('clients/:clientId/revoke')
  @HttpCode(200)
  @RequireScopes('admin:write')
  @ApiOperation({ summary: 'Revoke a client: no new tokens, and its live tokens stop working at once' })
  @ApiProblems(401, 403, 404)
  revoke(@Param('clientId') clientId: string) {
    return this.clients.revoke(clientId);
  }

  @Put('accounts/:id/roles')
  @RequireScopes('admin:write')
  @ApiOperation({ summary: "Set the roles (and an officer's region) of a person's account; effective at the next login or refresh" })
  @ApiProblems(400, 401, 403, 404)
  setRoles(@Param('id') id: string, @Body() body: SetAccountRolesDto) {
    const v = regionViolations(body.roles, body.regionCode);
    if (v.length) throw new FieldValidationException(v);
    return this.accounts.setRoles(id, body.roles, body.regionCode ?? null);
  }
}
