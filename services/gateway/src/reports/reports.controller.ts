import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import type { placementV1 } from '@siapkerja/contracts';
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

class PlacementCountDto {
  @ApiProperty({
    example: 'AKL',
    description: 'regency code, channel (AKL, AKAD, AKAN), KBLI main group, education level or employer type',
  })
  key: string;
  @ApiProperty({ example: 3 }) male: number;
  @ApiProperty({ example: 2 }) female: number;
  @ApiProperty({ example: 5 }) total: number;
}

export class PlacementReportDto {
  @ApiProperty({ example: '33' }) regionCode: string;
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ example: 5 }) total: number;
  @ApiProperty({ example: 3 }) male: number;
  @ApiProperty({ example: 2 }) female: number;
  @ApiProperty({ type: [PlacementCountDto], description: 'per regency of the placed seekers' }) byRegency: PlacementCountDto[];
  @ApiProperty({
    type: [PlacementCountDto],
    description: "AKL: work in the seeker's province; AKAD: another province; AKAN: abroad (IPK III/8)",
  })
  byChannel: PlacementCountDto[];
  @ApiProperty({ type: [PlacementCountDto], description: 'KBLI 2020 main group (2 digits) of the position (IPK III/7)' })
  byKbliMainGroup: PlacementCountDto[];
  @ApiProperty({ type: [PlacementCountDto] }) byEducation: PlacementCountDto[];
  @ApiProperty({
    type: [PlacementCountDto],
    description: 'GOVERNMENT, STATE_OWNED, COOPERATIVE, PRIVATE, OTHER_BUSINESS, INDIVIDUAL (IPK III/8)',
  })
  byEmployerType: PlacementCountDto[];
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
    return {
      regionCode: r.regionCode,
      month: r.month,
      registered: Number(r.registered),
      positions: Number(r.positions),
      rows: r.rows.map((x) => ({ regionCode: x.regionCode, registered: Number(x.registered), positions: Number(x.positions) })),
    };
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
    const counts = (list: placementV1.PlacementCount__Output[]) =>
      list.map((c) => ({ key: c.key, male: Number(c.male), female: Number(c.female), total: Number(c.total) }));
    return {
      regionCode: r.regionCode,
      month: r.month,
      total: Number(r.total),
      male: Number(r.male),
      female: Number(r.female),
      byRegency: counts(r.byRegency),
      byChannel: counts(r.byChannel),
      byKbliMainGroup: counts(r.byKbliMainGroup),
      byEducation: counts(r.byEducation),
      byEmployerType: counts(r.byEmployerType),
    };
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
    return { regionCode: r.regionCode, month: r.month, counts: r.counts.map((c) => ({ eventType: c.eventType, count: Number(c.count) })) };
  }
}
