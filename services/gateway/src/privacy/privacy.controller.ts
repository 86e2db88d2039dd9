import { Body, Controller, Delete, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller, RequireScopes, Roles, type AuthCaller } from '../auth/caller';
import { ApiIdempotencyKey, ApiProblems } from '../platform/http';
import { FieldValidationException } from '../platform/problem.filter';
import { AccessAudit } from './access-audit';
import {
  AccessLogPageDto,
  AccessLogQueryDto,
  ConsentDto,
  ConsentListDto,
  ConsentPurposeParamDto,
  CreatePrivacyRequestDto,
  GiveConsentDto,
  ListPrivacyRequestsQueryDto,
  PrivacyExportDto,
  PrivacyRequestDto,
  PrivacyRequestPageDto,
  ResolvePrivacyRequestDto,
} from './privacy.dto';
import { decodeCursor, encodeCursor, PrivacyService } from './privacy.service';
import { CONSENT_PURPOSES } from './purposes';

@ApiTags('Privacy (UU 27/2022)')
@Controller('v1/privacy')
export class PrivacyController {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly audit: AccessAudit,
  ) {}

  @Get('access-log')
  @Roles('MINISTRY_ADMIN')
  @RequireScopes('admin:read')
  @ApiOperation({
    summary: 'Reads of unmasked personal data: who, what, about whom, when and why (ministry administrators)',
    description:
      'Newest first, cursor paginated. The log is append-only in the database itself: it cannot be updated, deleted or truncated.',
  })
  @ApiOkResponse({ type: AccessLogPageDto })
  @ApiProblems(400, 401, 403)
  async accessLog(@Query() q: AccessLogQueryDto): Promise<AccessLogPageDto> {
    const from = q.from ? new Date(q.from) : undefined;
    const to = q.to ? new Date(q.to) : undefined;
    if (from && to && from >= to) throw new FieldValidationException([{ field: 'to', description: 'to must be after from' }]);
    let beforeSeq: string | undefined;
    if (q.pageToken) {
      beforeSeq = decodeCursor(q.pageToken, ['s']).s;
      if (!/^\d{1,18}$/.test(beforeSeq))
        throw new FieldValidationException([{ field: 'pageToken', description: 'pageToken must be the nextPageToken of a previous page' }]);
    }
    const page = await this.audit.query({ subject: q.subject, actor: q.actor, from, to, beforeSeq, limit: q.pageSize ?? 100 });
    return { items: page.items, nextPageToken: page.nextSeq ? encodeCursor({ s: page.nextSeq }) : '' };
  }

  @Post('consents')
  @Roles('JOB_SEEKER')
  @ApiOperation({
    summary: 'Give consent for a purpose under a version of the privacy notice (the signed-in person)',
    description:
      'Consent already active for the same purpose and version is answered as is (200); a new version supersedes the active consent (kept in the history).',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: ConsentDto, description: 'consent recorded' })
  @ApiOkResponse({ type: ConsentDto, description: 'the same consent was already active' })
  @ApiProblems(400, 401, 403)
  async giveConsent(
    @Body() body: GiveConsentDto,
    @Caller() caller: AuthCaller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ConsentDto> {
    const { consent, created } = await this.privacy.giveConsent(caller, body.purpose, body.policyVersion);
    res.status(created ? 201 : 200);
    return consent;
  }

  @Get('consents')
  @Roles('JOB_SEEKER')
  @ApiOperation({ summary: 'Your consents, with their history (withdrawn and superseded ones too)' })
  @ApiOkResponse({ type: ConsentListDto })
  @ApiProblems(401, 403)
  async consents(@Caller() caller: AuthCaller): Promise<ConsentListDto> {
    return { items: await this.privacy.listConsents(caller) };
  }

  @Delete('consents/:purpose')
  @Roles('JOB_SEEKER')
  @ApiOperation({ summary: 'Withdraw your consent for a purpose (the record stays, with withdrawnAt)' })
  @ApiParam({ name: 'purpose', enum: [...CONSENT_PURPOSES], example: 'JOB_MATCHING' })
  @ApiOkResponse({ type: ConsentDto })
  @ApiProblems(400, 401, 403, 404)
  withdraw(@Param() p: ConsentPurposeParamDto, @Caller() caller: AuthCaller): Promise<ConsentDto> {
    return this.privacy.withdrawConsent(caller, p.purpose);
  }

  @Post('requests')
  @Roles('JOB_SEEKER')
  @ApiOperation({
    summary: 'Make a data-subject request (the signed-in person)',
    description:
      'EXPORT is completed at once: download it from exportUrl. ERASURE pseudonymises your account in the gateway at once (you are signed out and the login ' +
      'no longer works) and tells every service (event PersonErasureRequested, carrying only your person id). RESTRICTION marks your account and tells ' +
      'every service (PersonProcessingRestricted). CORRECTION waits for an administrator.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: PrivacyRequestDto })
  @ApiProblems(400, 401, 403, 409)
  async createRequest(
    @Body() body: CreatePrivacyRequestDto,
    @Caller() caller: AuthCaller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PrivacyRequestDto> {
    const r = await this.privacy.createRequest(caller, body.type, body.details);
    res.location(`/v1/privacy/requests/${r.id}`);
    return r;
  }

  @Get('requests')
  @Roles('MINISTRY_ADMIN')
  @RequireScopes('admin:read')
  @ApiOperation({ summary: 'Data-subject requests, newest first (ministry administrators)' })
  @ApiOkResponse({ type: PrivacyRequestPageDto })
  @ApiProblems(400, 401, 403)
  listRequests(@Query() q: ListPrivacyRequestsQueryDto): Promise<PrivacyRequestPageDto> {
    return this.privacy.listRequests({ status: q.status, type: q.type, pageSize: q.pageSize ?? 50, pageToken: q.pageToken });
  }

  @Get('requests/:id')
  @Roles('JOB_SEEKER', 'MINISTRY_ADMIN')
  @ApiOperation({ summary: 'Status of a data-subject request (your own, or any for ministry administrators)' })
  @ApiOkResponse({ type: PrivacyRequestDto })
  @ApiProblems(401, 403, 404)
  getRequest(@Param('id') id: string, @Caller() caller: AuthCaller): Promise<PrivacyRequestDto> {
    return this.privacy.getRequest(caller, id);
  }

  @Get('requests/:id/export')
  @Roles('JOB_SEEKER')
  @ApiOperation({ summary: 'Download the export of an EXPORT request: everything the gateway holds about you (JSON attachment)' })
  @ApiProduces('application/json')
  @ApiOkResponse({
    type: PrivacyExportDto,
    headers: { 'Content-Disposition': { description: 'attachment; filename="siapkerja-export-<id>.json"', schema: { type: 'string' } } },
  })
  @ApiProblems(401, 403, 404, 409)
  async export(
    @Param('id') id: string,
    @Caller() caller: AuthCaller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Record<string, unknown>> {
    const body = await this.privacy.exportFor(caller, id);
    res.setHeader('Content-Disposition', `attachment; filename="siapkerja-export-${id}.json"`);
    res.setHeader('Cache-Control', 'no-store');
    return body;
  }

  @Patch('requests/:id')
  @Roles('MINISTRY_ADMIN')
  @RequireScopes('admin:write')
  @ApiOperation({ summary: 'Close a RECEIVED request (e.g. a CORRECTION done in the services, or a refusal with its reason)' })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: PrivacyRequestDto })
  @ApiProblems(400, 401, 403, 404, 409)
  resolve(@Param('id') id: string, @Body() body: ResolvePrivacyRequestDto): Promise<PrivacyRequestDto> {
    return this.privacy.resolveRequest(id, body.status, body.resolution);
  }
}
