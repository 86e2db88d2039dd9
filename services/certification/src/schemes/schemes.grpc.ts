import { Injectable } from '@nestjs/common';
import { fromProtoEnum, toProtoEnum, type certificationV1 } from '@siapkerja/contracts';
import type { UnaryHandler } from '@siapkerja/grpc';
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
  };
}

@Injectable()
export class SchemesGrpc {
  constructor(private readonly schemes: SchemesService) {}

  handlers(): Record<string, UnaryHandler> {
    return {
      CreateScheme: async (req: certificationV1.CreateSchemeRequest__Output) => {
        const s = req.scheme ?? ({} as certificationV1.Scheme__Output);
        const created = await this.schemes.register(
          {
            code: s.code,
            name: s.name,
            schemeType: fromProtoEnum('SCHEME_TYPE', s.schemeType),
            kkniLevel: s.kkniLevel,
            competencyUnits: s.competencyUnits,
            kbjiCode: s.kbjiCode,
            lspName: s.lspName,
          },
          req.requestId || undefined,
        );
        return toSchemeMessage(created);
      },
      GetScheme: async (req: certificationV1.GetSchemeRequest__Output) => toSchemeMessage(await this.schemes.get(req.id)),
    };
  }
}
