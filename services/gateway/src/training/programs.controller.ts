import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsString, Length, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { IsKbji, IsRegionCode, IsSkkniUnit } from '@siapkerja/codes';
import { type trainingV1 } from '@siapkerja/contracts';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';

export class CreateProgramDto {
  @ApiProperty({ example: 'BLK Semarang' }) @IsString() @Length(1, 200) providerName: string;
  @ApiProperty({ example: 'Pemrograman Web Dasar' }) @IsString() @Length(1, 200) title: string;
  @ApiProperty({ example: '33.74', description: 'Kemendagri regency code' })
  @IsString()
  @IsRegionCode({ level: 'regency' })
  regionCode: string;
  @ApiProperty({ example: '2513', description: 'KBJI 2014 occupation the program trains for' }) @IsString() @IsKbji() kbjiCode: string;
  @ApiProperty({ type: [String], example: ['J.620100.001.01', 'J.620100.002.01'], description: 'SKKNI competency units' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsSkkniUnit({ each: true })
  competencyUnits: string[];
  @ApiProperty({ example: 40, minimum: 1, maximum: 365 }) @IsInt() @Min(1) @Max(365) durationDays: number;
  @ApiProperty({ example: 16, minimum: 1, maximum: 1000 }) @IsInt() @Min(1) @Max(1000) capacity: number;
}

export class ProgramDto extends CreateProgramDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    example: 'sandbox-partner-a',
    nullable: true,
    type: String,
    description:
      'the partner client that published it and adds its batches; null for a program of the ministry or of a training-provider account',
  })
  ownerClientId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toProgramDto(p: trainingV1.Program__Output): ProgramDto {
  return {
    id: p.id,
    providerName: p.providerName,
    title: p.title,
    regionCode: p.regionCode,
    kbjiCode: p.kbjiCode,
    competencyUnits: p.competencyUnits,
    durationDays: p.durationDays,
    capacity: p.capacity,
    ownerClientId: p.ownerClientId || null,
    createdAt: p.createTime,
  };
}

@ApiTags('Skillhub: training programs')
@Controller('v1/training-programs')
export class ProgramsController {
  constructor(private readonly clients: ServiceClients) {}

  @Post()
  @RequireScopes('training:write')
  @ApiOperation({ summary: 'Publish a training program built on SKKNI competency units' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: ProgramDto })
  @ApiProblems(400, 401, 403)
  async create(
    @Body() body: CreateProgramDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<ProgramDto> {
    assertRegion(caller, body.regionCode);
    return created(
      res,
      '/v1/training-programs',
      toProgramDto(await this.clients.training.createProgram({ program: { ...body }, requestId: key ?? '' }, asCaller(caller))),
    );
  }

  @Get(':id')
  @RequireScopes('training:read')
  @ApiOperation({ summary: 'Read a training program' })
  @ApiOkResponse({ type: ProgramDto })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<ProgramDto> {
    const p = await this.clients.training.getProgram({ id }, asCaller(caller, { idempotent: true }));
    assertRegion(caller, p.regionCode);
    return toProgramDto(p);
  }
}
