import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject } from 'class-validator';
import { asCaller, Caller, Public, RequireScopes, type AuthCaller } from '../auth/caller';
import { BatchVerificationDto, toBatchVerificationDto, VerifyRequestDto } from '../generated/certification.views';
import { ServiceClients } from '../platform/clients';
import { ApiProblems, MAX_PATH_NUMBER, pathNumber } from '../platform/http';
import { BulkLane } from '../traffic/rate-limit';

const VC_JWT = 'application/vc+jwt';

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

/**
 * Batch verification and the issuer's Bitstring Status List credentials. The certification service decides every answer;
 * a malformed or foreign credential is 200 NOT_GENUINE with the reason, never an error. Verification by GET and POST and
 * the issuer's DID document and JWK set are generated (proto/siapkerja/certification/v1); these stay: the batch runs on
 * the bulk lane with its items unvalidated one by one, and a status list is a bare JWS with its own media type.
 */
@ApiTags('Sertihub: public verification')
@Controller()
export class VerificationController {
  constructor(private readonly clients: ServiceClients) {}

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
  @ApiParam({ name: 'list', schema: { type: 'integer', minimum: 0, maximum: MAX_PATH_NUMBER, example: 0 } })
  @ApiProduces(VC_JWT)
  @ApiOkResponse({ description: 'compact JWS', content: { [VC_JWT]: { schema: { type: 'string' }, example: 'eyJhbGciOiJFZERTQSIs...' } } })
  @ApiProblems(400, 404, 429)
  async statusList(@Param('purpose') purpose: string, @Param('list') raw: string): Promise<string> {
    const list = pathNumber(raw, 'list', 'list');
    return (await this.clients.certification.getStatusList({ purpose, list }, { idempotent: true })).jwt;
  }
}
