import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import type { Response } from 'express';
import { IsRegionCode } from '@siapkerja/codes';
import { fromProtoEnum, toProtoEnum, type entrepreneurshipV1 } from '@siapkerja/contracts';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';

const PROGRAM_KINDS = ['PEMULA', 'LANJUTAN', 'PADAT_KARYA'] as const;

export class CreateGroupDto {
  @ApiProperty({ example: 'KUB Maju Bersama' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ enum: PROGRAM_KINDS, example: 'PEMULA' }) @IsIn(PROGRAM_KINDS) programKind: (typeof PROGRAM_KINDS)[number];
  @ApiProperty({ example: '33.73' }) @IsString() @IsRegionCode({ level: 'regency' }) regionCode: string;
  @ApiProperty({ example: 10, minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) memberCount: number;
  @ApiPropertyOptional({ example: 'Kuliner' }) @IsOptional() @IsString() @MaxLength(200) businessField?: string;
}

export class GroupDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PROGRAM_KINDS }) programKind: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() memberCount: number;
  @ApiProperty() businessField: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toGroupDto(g: entrepreneurshipV1.Group__Output): GroupDto {
  return {
    id: g.id,
    name: g.name,
    programKind: fromProtoEnum('PROGRAM_KIND', g.programKind),
    regionCode: g.regionCode,
    memberCount: g.memberCount,
    businessField: g.businessField,
    createdAt: g.createTime,
  };
}

@ApiTags('Entrepreneurship: TKM groups')
@Controller('v1/tkm-groups')
export class GroupsController {
  constructor(private readonly clients: ServiceClients) {}

  @Post()
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({ summary: 'Register a Tenaga Kerja Mandiri group' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: GroupDto })
  @ApiProblems(400, 401, 403)
  async create(
    @Body() body: CreateGroupDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<GroupDto> {
    assertRegion(caller, body.regionCode);
    const group = {
      ...body,
      businessField: body.businessField ?? '',
      programKind: toProtoEnum('PROGRAM_KIND', body.programKind) as entrepreneurshipV1.ProgramKind,
    };
    return created(
      res,
      '/v1/tkm-groups',
      toGroupDto(await this.clients.entrepreneurship.createGroup({ group, requestId: key ?? '' }, asCaller(caller))),
    );
  }

  @Get(':id')
  @RequireScopes('entrepreneurship:read')
  @ApiOperation({ summary: 'Read a TKM group' })
  @ApiOkResponse({ type: GroupDto })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<GroupDto> {
    const g = await this.clients.entrepreneurship.getGroup({ id }, asCaller(caller, { idempotent: true }));
    assertRegion(caller, g.regionCode);
    return toGroupDto(g);
  }
}
