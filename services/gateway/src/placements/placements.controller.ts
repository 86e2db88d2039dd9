import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { csvCell } from '@siapkerja/privacy';
import { asCaller, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiProblems } from '../platform/http';
import { fromListPlacementsQueryDto, toPlacementDto, type PlacementDto } from '../generated/placement.views';
import { ExportPlacementsQueryDto } from './placements.dto';

const CSV_COLUMNS: (keyof PlacementDto)[] = [
  'id',
  'personId',
  'employerKey',
  'selfEmployed',
  'kbjiCode',
  'kbliCode',
  'kbliMainGroup',
  'regionCode',
  'workRegionCode',
  'channel',
  'employerType',
  'sex',
  'educationLevel',
  'ageBand',
  'placedOn',
  'month',
  'sources',
];

/**
 * Placements of every channel: officers see their region (the placement service decides), the ministry all. The list is
 * a generated route (PlacementsController_list); the export streams every page as a file, so it stays hand-written.
 */
@ApiTags('Placements')
@Controller('v1/placements')
@RequireScopes('reports:read')
export class PlacementsController {
  constructor(private readonly clients: ServiceClients) {}

  private request(q: ExportPlacementsQueryDto, pageToken: string) {
    return { ...fromListPlacementsQueryDto(q), pageSize: 1000, pageToken };
  }

  @Get('export')
  @ApiOperation({
    summary: "A region's raw placement records as CSV or NDJSON (Disnaker download), streamed page by page",
    description: 'The same filters and scoping as the list; every matching record, newest first.',
  })
  @ApiProduces('application/x-ndjson', 'text/csv')
  @ApiOkResponse({
    description: 'one record per line',
    content: {
      'application/x-ndjson': { schema: { type: 'string' }, example: '{"id":"0b5f...","personId":"p_...","channel":"AKL"}\n' },
      'text/csv': { schema: { type: 'string' }, example: 'id,personId,employerKey\n0b5f...,p_...,nib:9120001234567\n' },
    },
  })
  @ApiProblems(400, 401, 403)
  async export(@Query() q: ExportPlacementsQueryDto, @Caller() caller: AuthCaller, @Res() res: Response): Promise<void> {
    const csv = q.format === 'csv';
    // the first page is asked before any byte is written, so a refusal is still a problem+json answer
    let page = await this.clients.placement.listPlacements(this.request(q, ''), asCaller(caller, { idempotent: true }));
    res.status(200).setHeader('content-type', csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
    res.setHeader('content-disposition', `attachment; filename="placements-${q.region ?? 'all'}.${csv ? 'csv' : 'ndjson'}"`);
    if (csv) res.write(`${CSV_COLUMNS.join(',')}\n`);
    for (;;) {
      for (const p of page.placements.map(toPlacementDto)) {
        res.write(csv ? `${CSV_COLUMNS.map((c) => csvCell(p[c])).join(',')}\n` : `${JSON.stringify(p)}\n`);
      }
      if (!page.nextPageToken) break;
      page = await this.clients.placement.listPlacements(this.request(q, page.nextPageToken), asCaller(caller, { idempotent: true }));
    }
    res.end();
  }
}
