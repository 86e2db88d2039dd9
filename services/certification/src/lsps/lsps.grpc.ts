import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, fromProtoEnum, toProtoEnum, type certificationV1 } from '@siapkerja/contracts';
import type { AssessorEntity, TukEntity } from './lsp.entity';
import { LspsService, type LspView } from './lsps.service';

export function toLspMessage({ lsp: l, licensedSchemeIds }: LspView): certificationV1.Lsp {
  return {
    id: l.id,
    name: l.name,
    lspType: toProtoEnum('LSP_TYPE', l.lspType) as certificationV1.LspType,
    licenceNumber: l.licenceNumber,
    licenceValidUntil: l.licenceValidUntil,
    regionCode: l.regionCode,
    status: toProtoEnum('LSP_STATUS', l.status) as certificationV1.LspStatus,
    statusReason: l.statusReason,
    licensedSchemeIds,
    createTime: l.createdAt.toISOString(),
    updateTime: l.updatedAt.toISOString(),
  };
}

export const toTukMessage = (t: TukEntity): certificationV1.Tuk => ({
  id: t.id,
  lspId: t.lspId,
  name: t.name,
  kind: toProtoEnum('TUK_KIND', t.kind) as certificationV1.TukKind,
  regionCode: t.regionCode,
  address: t.address,
  createTime: t.createdAt.toISOString(),
});

export const toAssessorMessage = (a: AssessorEntity): certificationV1.Assessor => ({
  id: a.id,
  lspId: a.lspId,
  name: a.name,
  registrationNumber: a.registrationNumber,
  competenceAreas: a.competenceAreas,
  registrationValidUntil: a.registrationValidUntil,
  dailyCapacity: a.dailyCapacity,
  createTime: a.createdAt.toISOString(),
});

@Controller()
@GrpcService('certification')
export class LspsGrpc implements GrpcControllerOf<'certification'> {
  constructor(private readonly lsps: LspsService) {}

  async createLsp(req: certificationV1.CreateLspRequest__Output) {
    const l = req.lsp ?? ({} as certificationV1.Lsp__Output);
    return toLspMessage(
      await this.lsps.create(
        {
          name: l.name,
          lspType: fromProtoEnum('LSP_TYPE', l.lspType),
          licenceNumber: l.licenceNumber,
          licenceValidUntil: l.licenceValidUntil,
          regionCode: l.regionCode,
        },
        req.requestId || undefined,
      ),
    );
  }

  async getLsp(req: certificationV1.GetLspRequest__Output) {
    return toLspMessage(await this.lsps.get(req.id));
  }

  async listLsps(req: certificationV1.ListLspsRequest__Output): Promise<certificationV1.ListLspsResponse> {
    const r = await this.lsps.list({ pageSize: req.pageSize, pageToken: req.pageToken, regionCode: req.regionCode });
    return { lsps: r.lsps.map(toLspMessage), nextPageToken: r.nextPageToken };
  }

  async updateLspLicence(req: certificationV1.UpdateLspLicenceRequest__Output) {
    return toLspMessage(
      await this.lsps.updateLicence(req.id, {
        status: fromProtoEnum('LSP_STATUS', req.status),
        licenceNumber: req.licenceNumber,
        licenceValidUntil: req.licenceValidUntil,
        reason: req.reason,
      }),
    );
  }

  async createTuk(req: certificationV1.CreateTukRequest__Output) {
    const t = req.tuk ?? ({} as certificationV1.Tuk__Output);
    return toTukMessage(
      await this.lsps.createTuk(
        { lspId: t.lspId, name: t.name, kind: fromProtoEnum('TUK_KIND', t.kind), regionCode: t.regionCode, address: t.address },
        req.requestId || undefined,
      ),
    );
  }

  async listTuks(req: certificationV1.ListTuksRequest__Output): Promise<certificationV1.ListTuksResponse> {
    const r = await this.lsps.listTuks(req.lspId, req);
    return { tuks: r.tuks.map(toTukMessage), nextPageToken: r.nextPageToken };
  }

  async createAssessor(req: certificationV1.CreateAssessorRequest__Output) {
    const a = req.assessor ?? ({} as certificationV1.Assessor__Output);
    return toAssessorMessage(
      await this.lsps.createAssessor(
        {
          lspId: a.lspId,
          name: a.name,
          registrationNumber: a.registrationNumber,
          competenceAreas: a.competenceAreas,
          registrationValidUntil: a.registrationValidUntil,
          dailyCapacity: a.dailyCapacity,
        },
        req.requestId || undefined,
      ),
    );
  }

  async listAssessors(req: certificationV1.ListAssessorsRequest__Output): Promise<certificationV1.ListAssessorsResponse> {
    const r = await this.lsps.listAssessors(req.lspId, req);
    return { assessors: r.assessors.map(toAssessorMessage), nextPageToken: r.nextPageToken };
  }
}
