import { Controller } from '@nestjs/common';
import { GrpcService, fromProtoEnum, toProtoEnum, type GrpcControllerOf, type trainingV1 } from '@siapkerja/contracts';
import type { TrainingProviderEntity } from './provider.entity';
import { ProvidersService } from './providers.service';

export function toProviderMessage(p: TrainingProviderEntity): trainingV1.TrainingProvider {
  return {
    id: p.id,
    kind: toProtoEnum('PROVIDER_KIND', p.kind) as trainingV1.ProviderKind,
    name: p.name,
    regionCode: p.regionCode,
    // a provider without a grade is not accredited: no accreditation at all (shown as null)
    accreditation: p.accreditationGrade ? { grade: p.accreditationGrade, validUntil: p.accreditationValidUntil ?? '' } : undefined,
    contact: { email: p.contactEmail, phone: p.contactPhone, website: p.contactWebsite },
    verified: !!p.verifiedAt,
    verifyTime: p.verifiedAt?.toISOString() ?? '',
    createTime: p.createdAt.toISOString(),
    updateTime: p.updatedAt.toISOString(),
  };
}

@Controller()
@GrpcService('training')
export class ProvidersGrpc implements GrpcControllerOf<'training'> {
  constructor(private readonly providers: ProvidersService) {}

  async createTrainingProvider(req: trainingV1.CreateTrainingProviderRequest__Output) {
    const p = req.provider ?? ({} as trainingV1.TrainingProvider__Output);
    const created = await this.providers.create(
      {
        kind: fromProtoEnum('PROVIDER_KIND', p.kind),
        name: p.name,
        regionCode: p.regionCode,
        accreditationGrade: p.accreditation?.grade ?? '',
        accreditationValidUntil: p.accreditation?.validUntil ?? '',
        contactEmail: p.contact?.email ?? '',
        contactPhone: p.contact?.phone ?? '',
        contactWebsite: p.contact?.website ?? '',
      },
      req.requestId || undefined,
    );
    return toProviderMessage(created);
  }

  async getTrainingProvider(req: trainingV1.GetTrainingProviderRequest__Output) {
    return toProviderMessage(await this.providers.get(req.id));
  }

  async listTrainingProviders(req: trainingV1.ListTrainingProvidersRequest__Output): Promise<trainingV1.ListTrainingProvidersResponse> {
    const page = await this.providers.list({
      regionCode: req.regionCode,
      kind: fromProtoEnum('PROVIDER_KIND', req.kind),
      pageSize: req.pageSize,
      pageToken: req.pageToken,
    });
    return { providers: page.providers.map(toProviderMessage), nextPageToken: page.nextPageToken };
  }

  async verifyTrainingProvider(req: trainingV1.VerifyTrainingProviderRequest__Output) {
    return toProviderMessage(await this.providers.verify(req.id, req.accreditation?.grade ?? '', req.accreditation?.validUntil ?? ''));
  }
}
