import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { IsKbji, IsSkkniUnit } from '@siapkerja/codes';
import { toProtoEnum, type certificationV1 } from '@siapkerja/contracts';
import { asCaller, Caller, RequireScopes, Roles, type AuthCaller } from '../auth/caller';
import { SchemeDto, toSchemeDto } from '../generated/certification.views';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';

const SCHEME_TYPES = ['KKNI', 'OKUPASI', 'KLASTER'] as const;
const PREREQUISITES = ['NONE', 'TRAINING', 'EXPERIENCE', 'TRAINING_OR_EXPERIENCE'] as const;

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
  @ApiPropertyOptional({
    format: 'uuid',
    example: '5b1e7c2a-3d4f-4a6b-8c9d-0e1f2a3b4c5d',
    description:
      'the LSP licensed for the scheme (it alone issues on it); default: the LSP the caller acts for. BNSP and the ministry name any LSP',
  })
  @IsOptional()
  @IsUUID()
  lspId?: string;
  @ApiPropertyOptional({ enum: PREREQUISITES, example: 'TRAINING', description: 'default NONE' })
  @IsOptional()
  @IsIn(PREREQUISITES)
  prerequisite?: (typeof PREREQUISITES)[number];
  @ApiPropertyOptional({
    example: 12,
    minimum: 0,
    maximum: 600,
    description: 'months of experience for an EXPERIENCE or TRAINING_OR_EXPERIENCE prerequisite',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  minExperienceMonths?: number;
  @ApiPropertyOptional({ example: 3, minimum: 1, maximum: 10, description: 'certificate validity in years (default 3, BNSP)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  validityYears?: number;
}

@ApiTags('Sertihub: certification schemes')
@Controller('v1/certification-schemes')
export class SchemesController {
  constructor(private readonly clients: ServiceClients) {}

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
      ...body,
      kkniLevel: body.kkniLevel ?? 0,
      kbjiCode: body.kbjiCode ?? '',
      lspId: body.lspId ?? '',
      schemeType: toProtoEnum('SCHEME_TYPE', body.schemeType) as certificationV1.SchemeType,
      prerequisite: toProtoEnum('SCHEME_PREREQUISITE', body.prerequisite ?? 'NONE') as certificationV1.SchemePrerequisite,
      minExperienceMonths: body.minExperienceMonths ?? 0,
      validityYears: body.validityYears ?? 0,
    };
    return created(
      res,
      '/v1/certification-schemes',
      toSchemeDto(await this.clients.certification.createScheme({ scheme, requestId: key ?? '' }, asCaller(caller))),
    );
  }
}
