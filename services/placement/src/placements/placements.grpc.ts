import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, type placementV1 } from '@siapkerja/contracts';
import { PlacementsPersonData } from '../privacy/placements.privacy';
import { PlacementsService, type PlacementCount } from './placements.service';

const count = (c: PlacementCount): placementV1.PlacementCount => ({
  key: c.key,
  male: String(c.male),
  female: String(c.female),
  total: String(c.total),
});

@Controller()
@GrpcService('placement')
export class PlacementsGrpc implements GrpcControllerOf<'placement'> {
  constructor(
    private readonly placements: PlacementsService,
    private readonly personData: PlacementsPersonData,
  ) {}

  async getPlacementReport(req: placementV1.GetPlacementReportRequest__Output): Promise<placementV1.PlacementReport> {
    const r = await this.placements.report(req.regionCode, req.month);
    return {
      regionCode: r.regionCode,
      month: r.month,
      total: String(r.total),
      male: String(r.male),
      female: String(r.female),
      byRegency: r.byRegency.map(count),
      byChannel: r.byChannel.map(count),
      byKbliMainGroup: r.byKbliMainGroup.map(count),
      byEducation: r.byEducation.map(count),
      byEmployerType: r.byEmployerType.map(count),
    };
  }

  async exportPersonData(req: placementV1.ExportPersonDataRequest__Output): Promise<placementV1.ExportPersonDataResponse> {
    const d = await this.personData.export(req.personId);
    return {
      placements: d.placements.map((p) => ({
        applicationId: p.application_id,
        vacancyId: p.vacancy_id,
        employerId: p.employer_id,
        employerType: p.employer_type,
        kbjiCode: p.kbji_code,
        kbliMainGroup: p.kbli_main_group,
        regionCode: p.region_code,
        workRegionCode: p.work_region_code,
        overseas: p.overseas,
        channel: p.channel,
        month: p.month,
        placeTime: new Date(p.placed_at).toISOString(),
      })),
      eraseTime: d.erasedAt ? d.erasedAt.toISOString() : '',
    };
  }
}
