import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { Response } from 'express';
import { personCall } from '../applications/person-caller';
import { Caller, RequireScopes, Roles, type AuthCaller } from '../auth/caller';
import {
  AssessmentDto,
  CertificateHolderInputDto,
  DecideAssessmentDto,
  fromDecideAssessmentDto,
  fromRecordResultsDto,
  RecordResultsDto,
  ScheduleAssessmentDto,
  SelfAssessedUnitDto,
  toAssessmentDto,
} from '../generated/certification.views';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';

/**
 * Hand-written: generated inputs come in proto declaration order, and CreateAssessmentRequest (assessments.proto) comes before
 * CertificateHolder (certificates.proto), whose input it takes: the generated class would name CertificateHolderInputDto
 * before its declaration.
 */
export class CreateAssessmentDto {
  @ApiProperty({ format: 'uuid', example: '0f8b8a3e-6a0c-4d53-9a6e-2f1d8c7b5a40' }) @IsUUID() schemeId: string;
  @ApiProperty({ type: CertificateHolderInputDto, description: 'the applicant (his own NIK when he applies himself)' })
  @ValidateNested()
  @Type(() => CertificateHolderInputDto)
  applicant: CertificateHolderInputDto;
  @ApiPropertyOptional({
    type: [String],
    example: ['doc:ijazah-smk', 'doc:sertifikat-pelatihan'],
    description: 'APL.01 evidence references',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  evidenceRefs?: string[];
  @ApiPropertyOptional({ example: 18, minimum: 0, maximum: 600 }) @IsOptional() @IsInt() @Min(0) @Max(600) experienceMonths?: number;
  @ApiPropertyOptional({ type: [SelfAssessedUnitDto], description: 'APL.02 per unit' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SelfAssessedUnitDto)
  selfAssessment?: SelfAssessedUnitDto[];
}
/**
 * The assessment workflow. A person applies for himself (his token: the gateway forwards his person id) or the scheme's LSP
 * applies for him; the LSP schedules, records K / BK per unit and decides. Every rule is the certification service's.
 */
@ApiTags('Sertihub: assessments')
@Controller('v1/assessments')
export class AssessmentsController {
  constructor(private readonly clients: ServiceClients) {}

  @Post()
  // a write: a person's token carries certification:write (identity grants it to JOB_SEEKER for applying, as
  // entrepreneurship:write for TKM); the service lets only the applicant himself or the scheme's LSP apply
  @RequireScopes('certification:write')
  @ApiOperation({
    summary: 'Apply for an assessment (APL.01 with evidence, APL.02 self-assessment); eligibility is decided at once',
    description:
      "NOT_ELIGIBLE names what is missing; a training prerequisite is met automatically when Skillhub reports the person's completed training (the reason names it). " +
      "Only the applicant himself (his NIK) or the scheme's LSP applies (403 otherwise). Needs certification:write: a person's token carries it.",
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: AssessmentDto })
  @ApiProblems(400, 401, 403, 404)
  async create(
    @Body() body: CreateAssessmentDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<AssessmentDto> {
    const { options } = await personCall(undefined, caller);
    const a = await this.clients.certification.createAssessment(
      {
        schemeId: body.schemeId,
        applicant: body.applicant,
        evidenceRefs: body.evidenceRefs ?? [],
        experienceMonths: body.experienceMonths ?? 0,
        selfAssessment: (body.selfAssessment ?? []).map((u) => ({ ...u, evidenceRef: u.evidenceRef ?? '' })),
        requestId: key ?? '',
      },
      options,
    );
    return created(res, '/v1/assessments', toAssessmentDto(a));
  }

  @Get(':id')
  @RequireScopes('certification:read')
  @ApiOperation({ summary: 'One assessment: its applicant, its LSP, BNSP, the ministry (anyone else 404)' })
  @ApiOkResponse({ type: AssessmentDto })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<AssessmentDto> {
    const { options } = await personCall(undefined, caller, { idempotent: true });
    return toAssessmentDto(await this.clients.certification.getAssessment({ id }, options));
  }

  @Post(':id/schedule')
  @HttpCode(200)
  @RequireScopes('certification:write')
  // the LSP of the assessment runs it (the service checks which LSP); a person's token (certification:write, to apply) does not
  @Roles('LSP', 'PARTNER')
  @ApiOperation({
    summary: "Schedule an ELIGIBLE assessment at the LSP's TUK with its assessor",
    description:
      "409 outside the assessor's competence areas, after his registration ends, or beyond his daily capacity (the reason names the rule).",
  })
  @ApiOkResponse({ type: AssessmentDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async schedule(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ScheduleAssessmentDto,
    @Caller() caller: AuthCaller,
  ): Promise<AssessmentDto> {
    const { options } = await personCall(undefined, caller);
    return toAssessmentDto(await this.clients.certification.scheduleAssessment({ id, ...body }, options));
  }

  @Post(':id/results')
  @HttpCode(200)
  @RequireScopes('certification:write')
  // the LSP of the assessment runs it (the service checks which LSP); a person's token (certification:write, to apply) does not
  @Roles('LSP', 'PARTNER')
  @ApiOperation({ summary: "Record the assessor's K / BK for every unit of the scheme (SCHEDULED -> ASSESSED)" })
  @ApiOkResponse({ type: AssessmentDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async results(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordResultsDto,
    @Caller() caller: AuthCaller,
  ): Promise<AssessmentDto> {
    const { options } = await personCall(undefined, caller);
    return toAssessmentDto(await this.clients.certification.recordAssessmentResults({ ...fromRecordResultsDto(body), id }, options));
  }

  @Post(':id/decision')
  @HttpCode(200)
  @RequireScopes('certification:write')
  // the LSP of the assessment runs it (the service checks which LSP); a person's token (certification:write, to apply) does not
  @Roles('LSP', 'PARTNER')
  @ApiOperation({
    summary: "The LSP's decision: every unit K issues the certificate (COMPETENT); any BK ends NOT_YET_COMPETENT with the units to retake",
  })
  @ApiOkResponse({ type: AssessmentDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async decide(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DecideAssessmentDto,
    @Caller() caller: AuthCaller,
  ): Promise<AssessmentDto> {
    const { options } = await personCall(undefined, caller);
    return toAssessmentDto(await this.clients.certification.decideAssessment({ ...fromDecideAssessmentDto(body), id }, options));
  }
}
