import { Controller, Get, Header, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { asPersonCaller } from '../applications/person-caller';
import { asCaller, Caller, Public, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiProblems } from '../platform/http';
import { FieldValidationException } from '../platform/problem.filter';
import { fromLabourMarketQueryDto, LabourMarketQueryDto, toIpkFormDto, toPersonTraceBaseDto } from '../generated/placement.views';
import { ipkCsv, ipkXlsx, type IpkFormView } from './ipk.render';
import { IPK_FORM_CODES, IpkFormsDto, IpkQueryDto, PersonTraceDto } from './labour-market.dto';
import { labourMarketPage } from './labour-market.page';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * IPK series III (several calls, files) and a person's trace ('me', days shown as null): the placement service decides what each
 * caller sees. Graduate outcomes and labour-market information are generated routes (ReportsRoutes).
 */
@ApiTags('Reports')
@Controller('v1/reports')
export class LabourMarketReportsController {
  constructor(private readonly clients: ServiceClients) {}

  @Get('ipk')
  @RequireScopes('reports:read')
  @ApiOperation({
    summary: 'IPK forms III/1-III/8 of a regency, province (rolled up) or the nation (00) for a month, as JSON, CSV or XLSX',
    description:
      'Built from events into read models. In every seeker and vacancy row remaining = carried over + registered - placed - removed, and ' +
      "next month's carried over is this month's remaining. Officers: their region only; the nation: the ministry only.",
  })
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOkResponse({
    type: IpkFormsDto,
    description: 'JSON (format=json), CSV sections per table (format=csv), or a workbook with one sheet per form (format=xlsx)',
  })
  @ApiProblems(400, 401, 403)
  async ipk(
    @Query() q: IpkQueryDto,
    @Caller() caller: AuthCaller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<IpkFormsDto | StreamableFile | string> {
    const codes = !q.form || q.form === 'ALL' ? IPK_FORM_CODES : [q.form];
    const forms: IpkFormView[] = [];
    for (const code of codes) {
      const f = await this.clients.placement.getIpkForm(
        { regionCode: q.region, month: q.month, form: code.replace('-', '/') },
        asCaller(caller, { idempotent: true }),
      );
      forms.push(toIpkFormDto(f));
    }
    const name = `ipk-${q.region}-${q.month}${codes.length === 1 ? `-${codes[0]}` : ''}`;
    if (q.format === 'csv') {
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${name}.csv"`);
      return ipkCsv(forms);
    }
    if (q.format === 'xlsx') {
      res.setHeader('content-type', XLSX);
      res.setHeader('content-disposition', `attachment; filename="${name}.xlsx"`);
      return new StreamableFile(await ipkXlsx(forms));
    }
    return { forms };
  }

  @Get('outcomes/traces/:personId')
  @ApiParam({ name: 'personId', example: 'me', description: "a person id, or 'me' for the caller's own (a person's token)" })
  @ApiOperation({
    summary: "One person's path: training -> certificate -> placement, with dates",
    description:
      'For the person himself (his own token, personId me or his person id), the ministry, or an officer (the records of his region).',
  })
  @ApiOkResponse({ type: PersonTraceDto })
  @ApiProblems(400, 401, 403, 404)
  async trace(@Param('personId') raw: string, @Caller() caller: AuthCaller): Promise<PersonTraceDto> {
    const personId = raw === 'me' ? caller.personId : raw;
    if (!personId) throw new FieldValidationException([{ field: 'personId', description: "'me' needs a person's own token" }]);
    const t = await this.clients.placement.getPersonTrace({ personId }, await asPersonCaller(undefined, caller, { idempotent: true }));
    return { ...toPersonTraceBaseDto(t), daysToPlacement: t.daysToPlacement < 0 ? null : t.daysToPlacement };
  }
}

/** The public labour-market page for BLK staff: server-rendered HTML with inline SVG charts (Bahasa Indonesia). */
@ApiTags('Public')
@Controller('v1/public')
export class LabourMarketPageController {
  constructor(private readonly clients: ServiceClients) {}

  @Get('labour-market')
  @Public()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({
    security: [],
    summary: 'Public labour-market page of a region: supply and demand, trend, programs in shortage, graduate employment rates (HTML)',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({
    description: 'HTML page',
    content: { 'text/html': { schema: { type: 'string' }, example: '<!doctype html><html lang="id">...' } },
  })
  @ApiProblems(400)
  async page(@Query() q: LabourMarketQueryDto): Promise<string> {
    return labourMarketPage(await this.clients.placement.getLabourMarket(fromLabourMarketQueryDto(q), { idempotent: true }));
  }
}
