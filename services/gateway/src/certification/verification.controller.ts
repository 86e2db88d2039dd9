import { Body, Controller, Get, Header, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { asCaller, Caller, Public, RequireScopes, type AuthCaller } from '../auth/caller';
import {
  BatchVerificationDto,
  toBatchVerificationDto,
  toVerificationDto,
  VerificationDto,
  VerifyRequestDto,
} from '../generated/certification.views';
import { ServiceClients } from '../platform/clients';
import { ApiProblems } from '../platform/http';
import { BulkLane } from '../traffic/rate-limit';

const VC_JWT = 'application/vc+jwt';

export class VerifyQueryDto {
  @ApiPropertyOptional({ example: '62090 2512 3 0001234 2026' }) @IsOptional() @IsString() @MaxLength(64) number?: string;
  @ApiPropertyOptional({ description: 'a whole credential (compact JWS); long ones are better POSTed' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  credential?: string;
  @ApiPropertyOptional({ description: "a QR code's content" }) @IsOptional() @IsString() @MaxLength(8000) qr?: string;
}
export class BatchVerifyDto {
  // the items' shape is not validated one by one here (1,000 nested validations cost more than the verifications): a
  // field that is not a string is dropped, and the certification service answers a malformed item NOT_GENUINE (MALFORMED)
  @ApiProperty({ type: [VerifyRequestDto], description: '1 to 1,000 items, each one of number, credential or qrContent' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsObject({ each: true })
  items: VerifyRequestDto[];
}
const DID_EXAMPLE = {
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jwk/v1'],
  id: 'did:web:siapkerja.kemnaker.go.id',
  verificationMethod: [
    {
      id: 'did:web:siapkerja.kemnaker.go.id#key-Qm3x9sT1aB2c4D5e',
      type: 'JsonWebKey',
      controller: 'did:web:siapkerja.kemnaker.go.id',
      publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' },
    },
  ],
  assertionMethod: ['did:web:siapkerja.kemnaker.go.id#key-Qm3x9sT1aB2c4D5e'],
};

/**
 * Verification by anyone, without a token (rate-limited per client IP by the traffic interceptor), and the issuer's public
 * documents: its DID document (did:web), JWK set and Bitstring Status List credentials. The certification service decides
 * every answer; a malformed or foreign credential is 200 NOT_GENUINE with the reason, never an error. POST /v1/verify is
 * generated (proto/siapkerja/certification/v1); these stay: the query names qrContent `qr`, the batch runs on the bulk lane
 * with its items unvalidated one by one, and the issuer's documents are raw JSON or JWS with their own cache headers.
 */
@ApiTags('Sertihub: public verification')
@Controller()
export class VerificationController {
  constructor(private readonly clients: ServiceClients) {}

  @Get('v1/verify')
  @Public()
  @ApiOperation({
    security: [],
    summary: 'Verify a certificate by number, credential or QR content (no token; rate-limited per IP)',
    description:
      "Exactly one of number, credential or qr. Answers VALID, SUSPENDED, REVOKED, EXPIRED or NOT_GENUINE with the reason; the status is the register's at this instant. " +
      'This is also where the QR code of a certificate leads.',
  })
  @ApiOkResponse({ type: VerificationDto })
  @ApiProblems(400, 429)
  async verifyGet(@Query() q: VerifyQueryDto): Promise<VerificationDto> {
    return toVerificationDto(
      await this.clients.certification.verifyCredential(
        { number: q.number ?? '', credential: q.credential ?? '', qrContent: q.qr ?? '' },
        { idempotent: true },
      ),
    );
  }

  @Post('v1/verify/batch')
  @HttpCode(200)
  @BulkLane()
  @RequireScopes('certification:read')
  @ApiOperation({
    summary: 'Verify up to 1,000 certificates in one request (employers; one result per item, in order)',
    description: 'The body may be up to 4 MB here (1,000 whole credentials); 413 beyond.',
  })
  @ApiOkResponse({ type: BatchVerificationDto })
  @ApiProblems(400, 401, 403, 413, 429)
  async batch(@Body() body: BatchVerifyDto, @Caller() caller: AuthCaller): Promise<BatchVerificationDto> {
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const items = body.items.map((i) => ({ number: str(i.number), credential: str(i.credential), qrContent: str(i.qrContent) }));
    const r = await this.clients.certification.batchVerifyCredentials({ items }, asCaller(caller, { idempotent: true }));
    return toBatchVerificationDto(r);
  }

  @Get('.well-known/did.json')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({
    security: [],
    summary: "The issuer's DID document (did:web): every Ed25519 key ever used, so credentials signed before a rotation still verify",
  })
  @ApiOkResponse({ description: 'DID document', schema: { type: 'object', additionalProperties: true, example: DID_EXAMPLE } })
  @ApiProblems(429)
  async did(): Promise<Record<string, unknown>> {
    return JSON.parse((await this.clients.certification.getIssuerDocuments({}, { idempotent: true })).didDocumentJson);
  }

  @Get('v1/issuer/jwks.json')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({ security: [], summary: "The issuer's keys as a JWK set (the same keys as the DID document)" })
  @ApiOkResponse({
    description: 'JWK set',
    schema: {
      type: 'object',
      additionalProperties: true,
      example: {
        keys: [{ ...DID_EXAMPLE.verificationMethod[0].publicKeyJwk, kid: DID_EXAMPLE.assertionMethod[0], alg: 'EdDSA', use: 'sig' }],
      },
    },
  })
  @ApiProblems(429)
  async jwks(): Promise<Record<string, unknown>> {
    return JSON.parse((await this.clients.certification.getIssuerDocuments({}, { idempotent: true })).jwksJson);
  }

  @Get('v1/status-lists/:purpose/:list')
  @Public()
  @Header('content-type', VC_JWT)
  @Header('cache-control', 'no-cache')
  @ApiOperation({
    security: [],
    summary:
      'A Bitstring Status List credential (W3C Bitstring Status List v1.0, VC-JOSE), re-signed on every suspension, reinstatement and revocation',
  })
  @ApiParam({ name: 'purpose', enum: ['revocation', 'suspension'] })
  @ApiParam({ name: 'list', example: 0 })
  @ApiProduces(VC_JWT)
  @ApiOkResponse({ description: 'compact JWS', content: { [VC_JWT]: { schema: { type: 'string' }, example: 'eyJhbGciOiJFZERTQSIs...' } } })
  @ApiProblems(400, 404, 429)
  async statusList(@Param('purpose') purpose: string, @Param('list', ParseIntPipe) list: number): Promise<string> {
    return (await this.clients.certification.getStatusList({ purpose, list }, { idempotent: true })).jwt;
  }
}
