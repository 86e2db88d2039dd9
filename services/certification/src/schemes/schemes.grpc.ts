import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, fromProtoEnum, toProtoEnum, type certificationV1 } from '@siapkerja/contracts';
import type { SchemeEntity } from './scheme.entity';
import { SchemesService } from './schemes.service';

export function toSchemeMessage(s: SchemeEntity): certificationV1.Scheme {
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    schemeType: toProtoEnum('SCHEME_TYPE', s.schemeType) as certificationV1.SchemeType,
    kkniLevel: s.kkniLevel,
    competencyUnits: s.competencyUnits,
    kbjiCode: s.kbjiCode,
    lspName: s.lspName,
    createTime: s.createdAt.toISOString(),
    lspId: s.lspId,
    prerequisite: toProtoEnum('SCHEME_PREREQUISITE', s.prerequisite) as certificationV1.SchemePrerequisite,
    minExperienceMonths: s.minExperienceMonths,
    validityYears: s.validityYears,
  };
}

@Controller()
@GrpcService('certification')
export class SchemesGrpc implements GrpcControllerOf<'certification'> {
  constructor(private readonly schemes: SchemesService) {}

  async createScheme(req: certificationV1.CreateSchemeRequest__Output) {
    const s = req.scheme ?? ({} as certificationV1.Scheme__Output);
    const created = await this.schemes.register(
      {
        code: s.code,
        name: s.name,
        schemeType: fromProtoEnum('SCHEME_TYPE', s.schemeType),
        kkniLevel: s.kkniLevel,
        competencyUnits: s.competencyUnits,
        kbjiCode: s.kbjiCode,
        lspId: s.lspId,
        prerequisite: fromProtoEnum('SCHEME_PREREQUISITE', s.prerequisite),
        minExperienceMonths: s.minExperienceMonths,
        validityYears: s.validityYears,
      },
      req.requestId || undefined,
    );
    return toSchemeMessage(created);
  }

  async getScheme(req: certificationV1.GetSchemeRequest__Output) {
    return toSchemeMessage(await this.schemes.get(req.id));
  }
}
