import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import {
  ActivityReportDto,
  PlacementReportDto,
  toActivityReportDto,
  toPlacementReportDto,
  toVacancyReportDto,
  VacancyReportDto,
} from '../generated/placement.views';
import { ServiceClients } from '../platform/clients';
import { ApiProblems } from '../platform/http';

export class ReportQueryDto {
  @ApiProperty({ example: '33.73', description: 'Province (NN) or regency (NN.NN) Kemendagri code; 00 for national facts (activity only)' })
  @IsString()
  @Matches(/^\d{2}(\.\d{2})?$/, { message: 'region must be a province (NN) or regency (NN.NN) code' })
  region: string;

  @ApiProperty({ example: '2026-11', description: 'Month YYYY-MM (WIB)' })
  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month: string;
}

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
    const r = await this.clients.placement.getVacancyReport(
      { regionCode: q.region, month: q.month },
      asCaller(caller, { idempotent: true }),
    );
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
    const r = await this.clients.placement.getPlacementReport(
      { regionCode: q.region, month: q.month },
      asCaller(caller, { idempotent: true }),
    );
    return toPlacementReportDto(r);
  }

  @Get('activity')
  @ApiOperation({ summary: 'Events of every service counted for a region and month' })
  @ApiOkResponse({ type: ActivityReportDto })
  @ApiProblems(400, 401, 403)
  async activity(@Query() q: ReportQueryDto, @Caller() caller: AuthCaller): Promise<ActivityReportDto> {
    assertRegion(caller, q.region, 'region');
    const r = await this.clients.placement.listActivityCounts(
      { regionCode: q.region, month: q.month },
      asCaller(caller, { idempotent: true }),
    );
    return toActivityReportDto(r);
  }
}
