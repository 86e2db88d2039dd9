import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import type { Response } from 'express';
import { IsRegionCode } from '@siapkerja/codes';
import { toProtoEnum, type certificationV1 } from '@siapkerja/contracts';
import { asCaller, Caller, RequireScopes, Roles, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import {
  AssessorDto,
  AssessorPageDto,
  LspDto,
  toAssessorDto,
  toAssessorPageDto,
  toLspDto,
  toTukDto,
  toTukPageDto,
  TukDto,
  TukPageDto,
} from '../generated/certification.views';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';

const LSP_TYPES = ['P1', 'P2', 'P3'] as const;
const LSP_STATUSES = ['ACTIVE', 'SUSPENDED'] as const;
const TUK_KINDS = ['SEWAKTU', 'TEMPAT_KERJA', 'MANDIRI'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
  @ApiPropertyOptional({ description: 'nextPageToken of the previous page' }) @IsOptional() @IsString() @MaxLength(500) pageToken?: string;
}
export class LspScopedQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid', example: '5b1e7c2a-3d4f-4a6b-8c9d-0e1f2a3b4c5d' }) @IsUUID() lspId: string;
}

export class CreateLspDto {
  @ApiProperty({ example: 'LSP Teknologi Digital' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({
    enum: LSP_TYPES,
    example: 'P3',
    description: 'P1 first party (education/training), P2 second party (industry), P3 third party',
  })
  @IsIn(LSP_TYPES)
  lspType: (typeof LSP_TYPES)[number];
  @ApiProperty({ example: 'BNSP-LSP-123-ID', description: 'BNSP licence number' }) @IsString() @Length(1, 64) licenceNumber: string;
  @ApiProperty({ example: '2029-12-31', description: 'last day of the licence' }) @Matches(DATE) licenceValidUntil: string;
  @ApiProperty({ example: '33.74', description: 'province or regency of the LSP' }) @IsString() @IsRegionCode() regionCode: string;
}
export class UpdateLspLicenceDto {
  @ApiProperty({ enum: LSP_STATUSES, example: 'SUSPENDED', description: 'ACTIVE (license, renew or reinstate) or SUSPENDED' })
  @IsIn(LSP_STATUSES)
  status: (typeof LSP_STATUSES)[number];
  @ApiPropertyOptional({ example: 'BNSP-LSP-123-ID-2' }) @IsOptional() @IsString() @Length(1, 64) licenceNumber?: string;
  @ApiPropertyOptional({ example: '2031-12-31' }) @IsOptional() @Matches(DATE) licenceValidUntil?: string;
  @ApiPropertyOptional({ example: 'audit BNSP: surveilans tidak dipenuhi', description: 'required to suspend' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
export class CreateTukDto {
  @ApiProperty({ format: 'uuid', example: '5b1e7c2a-3d4f-4a6b-8c9d-0e1f2a3b4c5d' }) @IsUUID() lspId: string;
  @ApiProperty({ example: 'TUK BLK Semarang' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ enum: TUK_KINDS, example: 'MANDIRI' }) @IsIn(TUK_KINDS) kind: (typeof TUK_KINDS)[number];
  @ApiProperty({ example: '33.74', description: 'regency NN.NN' }) @IsString() @IsRegionCode({ level: 'regency' }) regionCode: string;
  @ApiPropertyOptional({ example: 'Jl. Brigjen Sudiarto 118, Semarang' }) @IsOptional() @IsString() @MaxLength(500) address?: string;
}
export class CreateAssessorDto {
  @ApiProperty({ format: 'uuid', example: '5b1e7c2a-3d4f-4a6b-8c9d-0e1f2a3b4c5d' }) @IsUUID() lspId: string;
  @ApiProperty({ example: 'Andi Wijaya' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ example: 'MET.000.001234.2024', description: 'BNSP registration number' })
  @IsString()
  @Length(1, 64)
  registrationNumber: string;
  @ApiProperty({
    type: [String],
    example: ['J.620100.001.01', 'SKM-JWD-2026'],
    description: 'SKKNI unit codes or scheme codes the assessor may assess',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  competenceAreas: string[];
  @ApiProperty({ example: '2028-06-30' }) @Matches(DATE) registrationValidUntil: string;
  @ApiProperty({ example: 4, minimum: 1, maximum: 50, description: 'assessments a day at most' })
  @IsInt()
  @Min(1)
  @Max(50)
  dailyCapacity: number;
}
/**
 * LSPs (the public register; BNSP and the ministry license and suspend them). The certification service decides who manages
 * what: an LSP's account or client (organizationId = the LSP) only its own TUKs and assessors, another LSP's are 404.
 */
@ApiTags('Sertihub: LSPs, TUKs, assessors')
@Controller('v1/lsps')
export class LspsController {
  constructor(private readonly clients: ServiceClients) {}

  @Post()
  @RequireScopes('certification:write')
  @Roles('BNSP', 'MINISTRY_ADMIN')
  @ApiOperation({ summary: 'Register a licensed LSP (BNSP or the ministry)' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: LspDto })
  @ApiProblems(400, 401, 403, 409)
  async create(
    @Body() body: CreateLspDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<LspDto> {
    const lsp = { ...body, lspType: toProtoEnum('LSP_TYPE', body.lspType) as certificationV1.LspType };
    return created(res, '/v1/lsps', toLspDto(await this.clients.certification.createLsp({ lsp, requestId: key ?? '' }, asCaller(caller))));
  }

  @Post(':id/licence')
  @HttpCode(200)
  @RequireScopes('certification:write')
  @Roles('BNSP', 'MINISTRY_ADMIN')
  @ApiOperation({ summary: "Renew, suspend (with a reason) or reinstate an LSP's licence (BNSP or the ministry)" })
  @ApiOkResponse({ type: LspDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async licence(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateLspLicenceDto, @Caller() caller: AuthCaller): Promise<LspDto> {
    return toLspDto(
      await this.clients.certification.updateLspLicence(
        {
          id,
          status: toProtoEnum('LSP_STATUS', body.status) as certificationV1.LspStatus,
          licenceNumber: body.licenceNumber ?? '',
          licenceValidUntil: body.licenceValidUntil ?? '',
          reason: body.reason ?? '',
        },
        asCaller(caller),
      ),
    );
  }
}

@ApiTags('Sertihub: LSPs, TUKs, assessors')
@Controller('v1/tuks')
export class TuksController {
  constructor(private readonly clients: ServiceClients) {}

  @Post()
  @RequireScopes('certification:write')
  // the LSP itself, BNSP or the ministry: never a person's token
  @Roles('LSP', 'PARTNER', 'BNSP', 'MINISTRY_ADMIN')
  @ApiOperation({ summary: 'Register a TUK (assessment site) of an LSP: the LSP itself, BNSP or the ministry; another LSP is 404' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: TukDto })
  @ApiProblems(400, 401, 403, 404)
  async create(
    @Body() body: CreateTukDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<TukDto> {
    const tuk = { ...body, address: body.address ?? '', kind: toProtoEnum('TUK_KIND', body.kind) as certificationV1.TukKind };
    return created(res, '/v1/tuks', toTukDto(await this.clients.certification.createTuk({ tuk, requestId: key ?? '' }, asCaller(caller))));
  }

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

  @Post()
  @RequireScopes('certification:write')
  // the LSP itself, BNSP or the ministry: never a person's token
  @Roles('LSP', 'PARTNER', 'BNSP', 'MINISTRY_ADMIN')
  @ApiOperation({ summary: 'Register an assessor of an LSP: the LSP itself, BNSP or the ministry; another LSP is 404' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: AssessorDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async create(
    @Body() body: CreateAssessorDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<AssessorDto> {
    return created(
      res,
      '/v1/assessors',
      toAssessorDto(await this.clients.certification.createAssessor({ assessor: body, requestId: key ?? '' }, asCaller(caller))),
    );
  }

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
