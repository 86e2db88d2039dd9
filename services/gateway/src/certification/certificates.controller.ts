import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import QRCode from 'qrcode';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import type { certificationV1 } from '@siapkerja/contracts';
import { type CallOptions } from '@siapkerja/grpc';
import { personIdOf } from '../applications/person-caller';
import { asCaller, Caller, RequireScopes, Roles, type AuthCaller } from '../auth/caller';
import {
  CertificateCredentialDto,
  CertificateReasonDto,
  CertificateVerificationDto,
  CreateCertificateDto,
  fromListCertificatesQueryDto,
  fromVerifyCertificateQueryDto,
  RevokeCertificateDto,
  toCertificateCredentialDto,
  toCertificateDto as toCertificateView,
  toCertificateVerificationDto,
  VerifyCertificateQueryDto,
} from '../generated/certification.views';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import { AccessAudit, type AccessRecord } from '../privacy/access-audit';
import { ApiPurposeHeader, resolvePurpose, type AccessPurpose } from '../privacy/purposes';
import { CertificateDto, CertificatePageDto, ListCertificatesQueryDto } from './certificates.dto';

/**
 * The REST view of a certificate, as the certification service redacted it for the caller (`nikMasked`: the holder's NIK is
 * masked unless the caller is the holder himself or the ministry). The second argument is ignored: callers written when the
 * gateway masked (the data export) pass it for records returned in clear.
 */
export function toCertificateDto(c: certificationV1.Certificate__Output, _nikUnmaskedByCaller?: boolean): CertificateDto {
  return toCertificateView(c);
}

/**
 * Sertihub competency certificates. Who reads and acts is decided by the certification service as well (the issuing LSP owns
 * a certificate; its holder and the ministry read it; anyone else gets 404); the gateway checks scopes and roles, forwards the
 * caller with the person id of a person's account and writes every read to the access log (the certification service masks
 * the NIK for the issuer). Verification by number and code answers anyone with a token (like the public catalogue): status,
 * scheme, validity and the holder's initials.
 */
@ApiTags('Sertihub: certificates')
@Controller('v1/certificates')
export class CertificatesController {
  constructor(
    private readonly clients: ServiceClients,
    private readonly ds: DataSource,
    private readonly audit: AccessAudit,
  ) {}

  @Post()
  @RequireScopes('certification:write')
  @Roles('PARTNER', 'LSP')
  @ApiOperation({
    summary: 'Issue a competency certificate (an LSP: its partner client or an LSP account, which then owns it)',
    description:
      "For a registered scheme and a person (NIK checked; events carry only the person id). The units are the scheme's or the subset recommended K; valid three years unless validUntil is given. " +
      'The answer carries the verificationCode to print with the number (and in a QR code). A number already registered is 409. The same Idempotency-Key replays the first answer.',
  })
  @ApiIdempotencyKey()
  @ApiPurposeHeader()
  @ApiCreatedResponse({ type: CertificateDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async issue(
    @Body() body: CreateCertificateDto,
    @IdempotencyKey() key: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<CertificateDto> {
    const purpose = resolvePurpose(req, caller);
    const personId = await this.personOf(caller);
    const c = await this.clients.certification.issueCertificate(
      {
        schemeId: body.schemeId,
        holder: { nik: body.holder.nik, name: body.holder.name },
        number: body.number,
        competencyUnits: body.competencyUnits ?? [],
        issueDate: body.issueDate,
        validUntil: body.validUntil ?? '',
        requestId: key ?? '',
      },
      this.asPerson(caller, personId),
    );
    const [view] = await this.views([c], caller, personId, purpose);
    return created(res, '/v1/certificates', view);
  }

  @Get()
  @RequireScopes('certification:read')
  @ApiOperation({
    summary: "The caller's certificates, newest first, with cursor pagination",
    description:
      'An LSP (partner client or LSP account) lists those it issued, a person those he holds (also `held=true`), the ministry all of them; filters by status and scheme.',
  })
  @ApiPurposeHeader()
  @ApiOkResponse({ type: CertificatePageDto })
  @ApiProblems(400, 401, 403)
  async list(@Query() q: ListCertificatesQueryDto, @Req() req: Request, @Caller() caller: AuthCaller): Promise<CertificatePageDto> {
    const purpose = resolvePurpose(req, caller);
    const personId = await this.personOf(caller);
    const r = await this.clients.certification.listCertificates(
      fromListCertificatesQueryDto(q),
      this.asPerson(caller, personId, { idempotent: true }),
    );
    return { certificates: await this.views(r.certificates, caller, personId, purpose), nextPageToken: r.nextPageToken };
  }

  // declared before ':id' so that "verification" is never read as an id
  @Get('verification')
  @RequireScopes('certification:read')
  @ApiOperation({
    summary: 'Verify a certificate by its number and verification code',
    description:
      "Anyone with a token verifies (like the public catalogue): the status (only VALID means certified today), the scheme, the validity, and the holder's initials; " +
      "after an erasure of the holder's data the certificate stays verifiable with `holder.withheld: ERASED`. An unknown number and a wrong code are the same 404. " +
      'Example: `/v1/certificates/verification?number=62090%202512%203%200001234%202026&code=7K3QD-M2X9P-4HVT0-BW8RZ`.',
  })
  @ApiOkResponse({ type: CertificateVerificationDto })
  @ApiProblems(400, 401, 403, 404)
  async verify(@Query() q: VerifyCertificateQueryDto, @Caller() caller: AuthCaller): Promise<CertificateVerificationDto> {
    const v = await this.clients.certification.verifyCertificate(fromVerifyCertificateQueryDto(q), asCaller(caller, { idempotent: true }));
    return toCertificateVerificationDto(v);
  }

  @Get(':id/credential')
  @RequireScopes('certification:read')
  @ApiOperation({
    summary:
      'Download the verifiable credential of a certificate (its holder from "my certificates", its LSP, BNSP, the ministry; anyone else 404)',
    description:
      'W3C Verifiable Credential 2.0, Open Badges 3.0 compatible, in the VC-JOSE form (compact JWS, EdDSA over Ed25519); verifiable offline with the DID document and the status lists.',
  })
  @ApiOkResponse({ type: CertificateCredentialDto })
  @ApiProblems(400, 401, 403, 404)
  async credential(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<CertificateCredentialDto> {
    const personId = await this.personOf(caller);
    const c = await this.clients.certification.getCertificateCredential({ id }, this.asPerson(caller, personId, { idempotent: true }));
    return toCertificateCredentialDto(c);
  }

  @Get(':id/qr.:format')
  @RequireScopes('certification:read')
  @ApiOperation({
    summary: 'The QR code of a certificate (PNG or SVG), leading to the public verification',
    description: 'Same readers as the certificate.',
  })
  @ApiParam({ name: 'format', enum: ['png', 'svg'] })
  @ApiProduces('image/png', 'image/svg+xml')
  @ApiOkResponse({
    description: 'the QR code',
    content: { 'image/png': { schema: { type: 'string', format: 'binary' } }, 'image/svg+xml': { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 401, 403, 404)
  async qr(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('format') format: string,
    @Caller() caller: AuthCaller,
    @Res() res: Response,
  ): Promise<void> {
    if (format !== 'png' && format !== 'svg') throw new BadRequestException('format must be png or svg');
    const personId = await this.personOf(caller);
    const c = await this.clients.certification.getCertificateCredential({ id }, this.asPerson(caller, personId, { idempotent: true }));
    if (format === 'png') {
      res
        .type('image/png')
        .send(await QRCode.toBuffer(c.verificationUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 320 }));
    } else {
      res.type('image/svg+xml').send(await QRCode.toString(c.verificationUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
    }
  }

  @Get(':id')
  @RequireScopes('certification:read')
  @ApiOperation({
    summary: 'Read a certificate in full (its issuer, its holder, the ministry; anyone else 404)',
    description: 'The NIK is masked for the issuer; unmasked reads are written to the access log.',
  })
  @ApiPurposeHeader()
  @ApiOkResponse({ type: CertificateDto })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id', ParseUUIDPipe) id: string, @Req() req: Request, @Caller() caller: AuthCaller): Promise<CertificateDto> {
    const purpose = resolvePurpose(req, caller);
    const personId = await this.personOf(caller);
    const c = await this.clients.certification.getCertificate({ id }, this.asPerson(caller, personId, { idempotent: true }));
    return (await this.views([c], caller, personId, purpose))[0];
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @RequireScopes('certification:write')
  @Roles('PARTNER', 'LSP', 'MINISTRY_ADMIN')
  @ApiOperation({ summary: 'Suspend a VALID certificate (the issuing LSP or the ministry); any other status is 409' })
  @ApiOkResponse({ type: CertificateDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async suspend(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CertificateReasonDto,
    @Req() req: Request,
    @Caller() caller: AuthCaller,
  ): Promise<CertificateDto> {
    return this.change('suspendCertificate', id, body.reason ?? '', req, caller);
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @RequireScopes('certification:write')
  @Roles('PARTNER', 'LSP', 'MINISTRY_ADMIN')
  @ApiOperation({
    summary: 'Reinstate a SUSPENDED certificate still inside its validity (the issuing LSP or the ministry); anything else is 409',
  })
  @ApiOkResponse({ type: CertificateDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async reinstate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CertificateReasonDto,
    @Req() req: Request,
    @Caller() caller: AuthCaller,
  ): Promise<CertificateDto> {
    return this.change('reinstateCertificate', id, body.reason ?? '', req, caller);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @RequireScopes('certification:write')
  @Roles('PARTNER', 'LSP', 'MINISTRY_ADMIN')
  @ApiOperation({
    summary:
      'Revoke a VALID or SUSPENDED certificate with a reason (final; the issuing LSP or the ministry); a REVOKED or EXPIRED one is 409',
  })
  @ApiOkResponse({ type: CertificateDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async revoke(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RevokeCertificateDto,
    @Req() req: Request,
    @Caller() caller: AuthCaller,
  ): Promise<CertificateDto> {
    return this.change('revokeCertificate', id, body.reason, req, caller);
  }

  private async change(
    rpc: 'suspendCertificate' | 'reinstateCertificate' | 'revokeCertificate',
    id: string,
    reason: string,
    req: Request,
    caller: AuthCaller,
  ): Promise<CertificateDto> {
    const purpose = resolvePurpose(req, caller);
    const personId = await this.personOf(caller);
    const c = await this.clients.certification[rpc]({ id, reason }, this.asPerson(caller, personId));
    return (await this.views([c], caller, personId, purpose))[0];
  }

  /** The person id of a person's account (none for clients). */
  private personOf(caller: AuthCaller): Promise<string | undefined> {
    return caller.clientId ? Promise.resolve(undefined) : personIdOf(this.ds, caller);
  }

  /** asCaller plus, for a person's account, its person id: the service lets a person read the certificates issued to him. */
  private asPerson(caller: AuthCaller, personId: string | undefined, opts: CallOptions = {}): CallOptions {
    const base = asCaller(caller, opts);
    if (!personId) return base;
    const value = JSON.stringify({ ...JSON.parse(base.metadata![CALLER_METADATA_KEY]), personId });
    return { ...base, metadata: { ...(base.metadata ?? {}), [CALLER_METADATA_KEY]: value } };
  }

  /**
   * The REST views of certificates the service let this caller read, as it redacted them (the NIK unmasked for the holder
   * himself and the ministry, masked for the issuer); every answer discloses the holder's name, so each is written to the
   * access log (one statement) before it leaves, with the caller's purpose or the one its relation implies.
   */
  private async views(
    certs: certificationV1.Certificate__Output[],
    caller: AuthCaller,
    personId: string | undefined,
    purpose: AccessPurpose | undefined,
  ): Promise<CertificateDto[]> {
    const ministry = caller.roles.includes('MINISTRY_ADMIN');
    const out: CertificateDto[] = [];
    const entries: AccessRecord[] = [];
    for (const c of certs) {
      const holder = !!personId && personId === c.personId;
      out.push(toCertificateDto(c));
      if (c.eraseTime) continue; // nothing personal left to disclose
      entries.push({
        caller,
        resourceType: 'certificate',
        resourceId: c.id,
        subjectPersonId: c.personId,
        fields: c.nikMasked ? ['holder.name'] : ['holder.name', 'holder.nik'],
        purpose: purpose ?? (holder ? 'DATA_SUBJECT_REQUEST' : ministry ? 'SUPERVISION' : 'CERTIFICATION'),
      });
    }
    await this.audit.recordMany(entries);
    return out;
  }
}
