import { BadRequestException, Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import QRCode from 'qrcode';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiProblems } from '../platform/http';

/** The QR code of a certificate, drawn here from the verification URL the certification service gives its readers. */
@ApiTags('Sertihub: certificates')
@Controller('v1/certificates')
export class CertificatesController {
  constructor(private readonly clients: ServiceClients) {}

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
    // a person's account is forwarded with its person id: the service lets the holder read his certificates
    const options = asCaller(caller, { idempotent: true });
    if (!caller.clientId && caller.personId) {
      const value = JSON.stringify({ ...JSON.parse(options.metadata![CALLER_METADATA_KEY]), personId: caller.personId });
      options.metadata = { ...options.metadata, [CALLER_METADATA_KEY]: value };
    }
    const c = await this.clients.certification.getCertificateCredential({ id }, options);
    if (format === 'png') {
      res
        .type('image/png')
        .send(await QRCode.toBuffer(c.verificationUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 320 }));
    } else {
      res.type('image/svg+xml').send(await QRCode.toString(c.verificationUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
    }
  }
}
