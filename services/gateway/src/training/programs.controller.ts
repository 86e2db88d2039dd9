import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, OmitType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { IsKbji, IsRegionCode, IsSkkniUnit } from '@siapkerja/codes';
import { toProtoEnum, type trainingV1 } from '@siapkerja/contracts';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { ProgramDto, toProgramDto, UpdateProgramDto } from '../generated/training.views';

export class CreateProgramDto extends OmitType(UpdateProgramDto, [
  'title',
  'kbjiCode',
  'competencyUnits',
  'durationDays',
  'capacity',
] as const) {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "the training provider running it: a provider's own account or client publishes for its provider only (omit it); the ministry and officers name it",
  })
  @IsOptional()
  @IsUUID()
  providerId?: string;
  @ApiPropertyOptional({
    example: 'BLK Semarang',
    description: "without providerId and without an organization: the provider of this name in the program's regency (created if new)",
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  providerName?: string;
  @ApiProperty({ example: 'Pemrograman Web Dasar' }) @IsString() @Length(1, 200) title: string;
  @ApiProperty({ example: '33.74', description: 'Kemendagri regency code' })
  @IsString()
  @IsRegionCode({ level: 'regency' })
  regionCode: string;
  @ApiProperty({ example: '2513', description: 'KBJI 2014 occupation the program trains for' })
  @IsString()
  @IsKbji()
  kbjiCode: string;
  @ApiProperty({ type: [String], example: ['J.620100.001.01', 'J.620100.002.01'], description: 'SKKNI competency units' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsSkkniUnit({ each: true })
  competencyUnits: string[];
  @ApiProperty({ example: 40, minimum: 1, maximum: 365 }) @IsInt() @Min(1) @Max(365) durationDays: number;
  @ApiProperty({ example: 16, minimum: 1, maximum: 1000 }) @IsInt() @Min(1) @Max(1000) capacity: number;
  @ApiPropertyOptional({ enum: ['DRAFT', 'PUBLISHED'], description: 'absent: PUBLISHED' })
  @IsOptional()
  @IsIn(['DRAFT', 'PUBLISHED'])
  state?: 'DRAFT' | 'PUBLISHED';
}

/** The program message of a create body (absent fields: proto defaults; the service decides). */
function toProgramMessage(b: CreateProgramDto): trainingV1.Program {
  const e = b.eligibility;
  return {
    id: '',
    providerId: b.providerId ?? '',
    providerName: b.providerName ?? '',
    title: b.title ?? '',
    description: b.description ?? '',
    regionCode: b.regionCode ?? '',
    kbjiCode: b.kbjiCode ?? '',
    competencyUnits: b.competencyUnits ?? [],
    certificationSchemeId: b.certificationSchemeId ?? '',
    durationDays: b.durationDays ?? 0,
    durationHours: b.durationHours ?? 0,
    mode: toProtoEnum('PROGRAM_MODE', b.mode ?? 'OFFLINE') as trainingV1.ProgramMode,
    eligibility: {
      minAge: e?.minAge ?? 0,
      maxAge: e?.maxAge ?? 0,
      minEducation: e?.minEducation ?? '',
      sex: e?.sex ?? 0,
      residenceRegionCodes: e?.residenceRegionCodes ?? [],
      jobSeekerRequired: e?.jobSeekerRequired ?? false,
    },
    costIdr: String(b.costIdr ?? 0),
    capacity: b.capacity ?? 0,
    state: toProtoEnum('PROGRAM_STATE', b.state) as trainingV1.ProgramState,
    attendanceThresholdPercent: b.attendanceThresholdPercent ?? 0,
    passingScore: b.passingScore ?? 0,
  };
}

/**
 * Skillhub's public catalogue of training programs. Who may publish, change and withdraw a program (its provider's accounts
 * and clients, officers of its region, the ministry) is decided by the training service; another provider is told the
 * program does not exist.
 */
@ApiTags('Skillhub: training programs')
@Controller('v1/training-programs')
export class ProgramsController {
  constructor(private readonly clients: ServiceClients) {}

  @Post()
  @RequireScopes('training:write')
  @ApiOperation({
    summary: 'Create a training program of a provider (PUBLISHED, or DRAFT to publish later)',
    description:
      "A provider's account or client (organizationId) publishes for its own provider; the ministry and Disnaker officers name providerId. " +
      'certificationSchemeId is checked against the certification service (400 when it is not a scheme; 503 when that service is down). ' +
      'Eligibility rules are data: age range, minimum education, sex, residence regions, registered job seekers only.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: ProgramDto })
  @ApiProblems(400, 401, 403, 404, 503)
  async create(
    @Body() body: CreateProgramDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<ProgramDto> {
    return created(
      res,
      '/v1/training-programs',
      toProgramDto(await this.clients.training.createProgram({ program: toProgramMessage(body), requestId: key ?? '' }, asCaller(caller))),
    );
  }
}
