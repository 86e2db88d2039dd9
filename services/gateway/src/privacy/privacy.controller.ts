import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { asCaller, asPersonCaller, Caller, Roles, type AuthCaller } from '../auth/caller';
import { IdentityClient } from '../auth/identity.client';
import { toPersonalDataExportDto } from '../generated/identity.views';
import { ServiceClients } from '../platform/clients';
import { GatewayPlatform } from '../platform/gateway-platform';
import { ApiProblems } from '../platform/http';
import { EXPORT_SECTIONS } from './export-sections';
import { PrivacyExportDto } from './privacy.dto';

/** A service's section of an export when the service did not answer: the person downloads the export again later. */
const UNAVAILABLE = { unavailable: true } as const;

/** The export: every service's section added to what identity holds; the other privacy routes (kept by identity) are generated. */
@ApiTags('Privacy (UU 27/2022)')
@Controller('v1/privacy')
export class PrivacyController {
  constructor(
    private readonly identity: IdentityClient,
    private readonly clients: ServiceClients,
    private readonly platform: GatewayPlatform,
  ) {}

  @Get('requests/:id/export')
  @Roles('JOB_SEEKER')
  @ApiOperation({ summary: 'Download the export of an EXPORT request: everything the gateway holds about you (JSON attachment)' })
  @ApiProduces('application/json')
  @ApiOkResponse({
    type: PrivacyExportDto,
    headers: { 'Content-Disposition': { description: 'attachment; filename="siapkerja-export-<id>.json"', schema: { type: 'string' } } },
  })
  @ApiProblems(400, 401, 403, 404, 409)
  async export(
    @Param('id') id: string,
    @Caller() caller: AuthCaller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Record<string, unknown>> {
    const body = await this.exportFor(caller, id);
    res.setHeader('Content-Disposition', `attachment; filename="siapkerja-export-${id}.json"`);
    res.setHeader('Cache-Control', 'no-store');
    return body;
  }

  /**
   * Everything identity and the services hold about the person of an EXPORT request; identity checks the request and
   * logs the read. Built at each download: a service that does not answer gets the section `{ unavailable: true }` (and
   * `complete: false`), the request stays COMPLETED, and the next download asks the service again.
   */
  private async exportFor(caller: AuthCaller, id: string): Promise<Record<string, unknown>> {
    const r = await this.identity.call('getPrivacyRequest', { id }, asCaller(caller));
    const names = Object.keys(EXPORT_SECTIONS);
    const mayExport = r.type === 'EXPORT' && r.accountId === caller.sub;
    const services = mayExport
      ? Object.fromEntries(await Promise.all(names.map(async (n) => [n, await this.serviceSection(n, caller, r.personId, r.id)] as const)))
      : {};
    const answered = names.filter((n) => services[n] && !('unavailable' in services[n]));
    const serviceFields = answered.flatMap((n) => EXPORT_SECTIONS[n].fields.map((f) => `${n}.${f}`));
    const x = await this.identity.call('exportPersonalData', { requestId: id, serviceFields }, asCaller(caller));
    return {
      format: 'siapkerja.privacy.export.v1',
      generatedAt: new Date().toISOString(),
      requestId: r.id,
      personId: r.personId,
      scope: ['gateway', ...names].join(','),
      complete: answered.length === names.length,
      note:
        'What the gateway holds about you (account, consents, data-subject requests, the log of reads of your personal data) and what the services hold ' +
        `(${names.map((n) => `services.${n}: ${EXPORT_SECTIONS[n].describe}`).join('; ')}). A section { "unavailable": true } means that ` +
        'service did not answer: download the export again later.',
      ...toPersonalDataExportDto(x),
      services,
    };
  }

  /**
   * One service's section (EXPORT_SECTIONS): its ExportPersonData with the person's own caller (his person id), retried on
   * UNAVAILABLE (a read); any failure is logged and becomes `{ unavailable: true }`, never a missing section.
   */
  private async serviceSection(name: string, caller: AuthCaller, personId: string, requestId: string): Promise<object> {
    try {
      const opts = asPersonCaller({ ...caller, personId }, { idempotent: true });
      return await EXPORT_SECTIONS[name].read(this.clients, { personId }, opts);
    } catch (e) {
      const err = e as { code?: number; details?: string; message?: string };
      this.platform.logger.warn(
        { requestId, service: name, grpcCode: err.code, err: err.details ?? err.message },
        'privacy export: a service did not answer; section marked unavailable',
      );
      return { ...UNAVAILABLE };
    }
  }
}
