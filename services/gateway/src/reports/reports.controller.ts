import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import {
  ActivityReportDto,
  fromReportQueryDto,
  PlacementReportDto,
  ReportQueryDto,
  toActivityReportDto,
  toPlacementReportDto,
  toVacancyReportDto,
  VacancyReportDto,
} from '../generated/placement.views';
import { ServiceClients } from '../platform/clients';
import { ApiProblems } from '../platform/http';

/** Hand-written routes: each checks the region at the edge (assertRegion) before calling. */
@ApiTags('Reports')
@Controller('v1/reports')
@RequireScopes('reports:read')
export class ReportsController {
  constructor(private readonly clients: ServiceClients) {}

  @Get('vacancies')
  @ApiOperation({ summary: 'Vacancies registered in a region and month (IPK), built from events' })
  @ApiOkResponse({ type: VacancyReportDto })
  @ApiProblems(400, 401, 403)
  async vacancies(@Query() q: ReportQueryDto, @Caller() caller: AuthCaller): Promise<VacancyReportDto> {
    assertRegion(caller, q.region, 'region');
    const r = await this.clients.placement.getVacancyReport(fromReportQueryDto(q), asCaller(caller, { idempotent: true }));
    return toVacancyReportDto(r);
  }

  @Get('placements')
  @ApiOperation({
    summary:
      'Placements (hires through Karirhub) in a region and month by channel, sex, KBLI main group, education and employer type (IPK III/7, III/8)',
    description:
      'Counted in the regency of the placed job seeker, in the WIB month of the hire; built from PlacementRecorded events, each counted once.',
  })
  @ApiOkResponse({ type: PlacementReportDto })
  @ApiProblems(400, 401, 403)
  async placements(@Query() q: ReportQueryDto, @Caller() caller: AuthCaller): Promise<PlacementReportDto> {
    assertRegion(caller, q.region, 'region');
    const r = await this.clients.placement.getPlacementReport(fromReportQueryDto(q), asCaller(caller, { idempotent: true }));
    return toPlacementReportDto(r);
  }

  @Get('activity')
  @ApiOperation({ summary: 'Events of every service counted for a region and month' })
  @ApiOkResponse({ type: ActivityReportDto })
  @ApiProblems(400, 401, 403)
  async activity(@Query() q: ReportQueryDto, @Caller() caller: AuthCaller): Promise<ActivityReportDto> {
    assertRegion(caller, q.region, 'region');
    const r = await this.clients.placement.listActivityCounts(fromReportQueryDto(q), asCaller(caller, { idempotent: true }));
    return toActivityReportDto(r);
  }
}
