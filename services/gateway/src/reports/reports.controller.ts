import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiProblems } from '../platform/http';

export class ReportQueryDto {
  @ApiProperty({ example: '33.73', description: 'Province (NN) or regency (NN.NN) Kemendagri code; 00 for national facts (activity only)' })
  @IsString() @Matches(/^\d{2}(\.\d{2})?$/, { message: 'region must be a province (NN) or regency (NN.NN) code' }) region: string;

  @ApiProperty({ example: '2026-11', description: 'Month YYYY-MM (WIB)' })
  @IsString() @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' }) month: string;
}

class ReportRowDto {
  @ApiProperty({ example: '33.73' }) regionCode: string;
  @ApiProperty({ example: 12 }) registered: number;
  @ApiProperty({ example: 30 }) positions: number;
}

export class VacancyReportDto {
  @ApiProperty({ example: '33' }) regionCode: string;
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ example: 12, description: 'vacancies registered in the month' }) registered: number;
  @ApiProperty({ example: 30, description: 'positions (sum of numberNeeded) of those vacancies' }) positions: number;
  @ApiProperty({ type: [ReportRowDto] }) rows: ReportRowDto[];
}

class ActivityCountDto {
  @ApiProperty({ example: 'siapkerja.training.program.published' }) eventType: string;
  @ApiProperty({ example: 4 }) count: number;
}

export class ActivityReportDto {
  @ApiProperty() regionCode: string;
  @ApiProperty() month: string;
  @ApiProperty({ type: [ActivityCountDto] }) counts: ActivityCountDto[];
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
    const r = await this.clients.placement.call('GetVacancyReport', { regionCode: q.region, month: q.month }, asCaller(caller, { idempotent: true }));
    return {
      regionCode: r.regionCode, month: r.month, registered: Number(r.registered), positions: Number(r.positions),
      rows: r.rows.map((x) => ({ regionCode: x.regionCode, registered: Number(x.registered), positions: Number(x.positions) })),
    };
  }

  @Get('activity')
  @ApiOperation({ summary: 'Events of every service counted for a region and month' })
  @ApiOkResponse({ type: ActivityReportDto })
  @ApiProblems(400, 401, 403)
  async activity(@Query() q: ReportQueryDto, @Caller() caller: AuthCaller): Promise<ActivityReportDto> {
    assertRegion(caller, q.region, 'region');
    const r = await this.clients.placement.call('ListActivityCounts', { regionCode: q.region, month: q.month }, asCaller(caller, { idempotent: true }));
    return { regionCode: r.regionCode, month: r.month, counts: r.counts.map((c) => ({ eventType: c.eventType, count: Number(c.count) })) };
  }
}
