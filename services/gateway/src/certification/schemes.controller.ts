import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { IsKbji, IsSkkniUnit } from '@siapkerja/codes';
import { fromProtoEnum, toProtoEnum, type certificationV1 } from '@siapkerja/contracts';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';

const SCHEME_TYPES = ['KKNI', 'OKUPASI', 'KLASTER'] as const;

export class CreateSchemeDto {
  @ApiProperty({ example: 'SKM-JWD-2026' }) @IsString() @Length(1, 64) code: string;
  @ApiProperty({ example: 'Junior Web Developer' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ enum: SCHEME_TYPES, example: 'OKUPASI' }) @IsIn(SCHEME_TYPES) schemeType: (typeof SCHEME_TYPES)[number];
  @ApiPropertyOptional({ example: 0, minimum: 0, maximum: 9, description: 'KKNI level 1-9 for KKNI schemes, 0 otherwise' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(9)
  kkniLevel?: number;
  @ApiProperty({ type: [String], example: ['J.620100.001.01'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @IsSkkniUnit({ each: true })
  competencyUnits: string[];
  @ApiPropertyOptional({ example: '2513' }) @IsOptional() @IsString() @IsKbji() kbjiCode?: string;
  @ApiProperty({ example: 'LSP Teknologi Digital' }) @IsString() @Length(1, 200) lspName: string;
}

export class SchemeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SCHEME_TYPES }) schemeType: string;
  @ApiProperty() kkniLevel: number;
  @ApiProperty({ type: [String] }) competencyUnits: string[];
  @ApiProperty() kbjiCode: string;
  @ApiProperty() lspName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toSchemeDto(s: certificationV1.Scheme__Output): SchemeDto {
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    schemeType: fromProtoEnum('SCHEME_TYPE', s.schemeType),
    kkniLevel: s.kkniLevel,
    competencyUnits: s.competencyUnits,
    kbjiCode: s.kbjiCode,
    lspName: s.lspName,
    createdAt: s.createTime,
  };
}

@ApiTags('Sertihub: certification schemes')
@Controller('v1/certification-schemes')
export class SchemesController {
  constructor(private readonly clients: ServiceClients) {}

  @Post()
  @RequireScopes('certification:write')
  @ApiOperation({ summary: 'Register a certification scheme' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: SchemeDto })
  @ApiProblems(400, 401, 403, 409)
  async create(
    @Body() body: CreateSchemeDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<SchemeDto> {
    const scheme = {
      ...body,
      kkniLevel: body.kkniLevel ?? 0,
      kbjiCode: body.kbjiCode ?? '',
      schemeType: toProtoEnum('SCHEME_TYPE', body.schemeType) as certificationV1.SchemeType,
    };
    return created(
      res,
      '/v1/certification-schemes',
      toSchemeDto(await this.clients.certification.createScheme({ scheme, requestId: key ?? '' }, asCaller(caller))),
    );
  }

  @Get(':id')
  @RequireScopes('certification:read')
  @ApiOperation({ summary: 'Read a certification scheme' })
  @ApiOkResponse({ type: SchemeDto })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<SchemeDto> {
    // schemes are a national catalogue: no region
    return toSchemeDto(await this.clients.certification.getScheme({ id }, asCaller(caller, { idempotent: true })));
  }
}
