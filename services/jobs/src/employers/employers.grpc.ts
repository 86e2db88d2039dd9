import { Injectable } from '@nestjs/common';
import { fromProtoEnum, toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import type { UnaryHandler } from '@siapkerja/grpc';
import type { EmployerEntity } from './employer.entity';
import { EmployersService } from './employers.service';

export function toEmployerMessage(e: EmployerEntity): jobsV1.Employer {
  return {
    id: e.id, nib: e.nib, legalName: e.legalName, employerType: toProtoEnum('EMPLOYER_TYPE', e.employerType) as jobsV1.EmployerType,
    kbliCodes: e.kbliCodes, regionCode: e.regionCode, address: e.address, createTime: e.createdAt.toISOString(), updateTime: e.updatedAt.toISOString(),
  };
}

@Injectable()
export class EmployersGrpc {
  constructor(private readonly employers: EmployersService) {}

  handlers(): Record<string, UnaryHandler> {
    return {
      CreateEmployer: async (req: jobsV1.CreateEmployerRequest__Output) => {
        const e = req.employer ?? ({} as jobsV1.Employer__Output);
        const created = await this.employers.register(
          { nib: e.nib, legalName: e.legalName, employerType: fromProtoEnum('EMPLOYER_TYPE', e.employerType), kbliCodes: e.kbliCodes, regionCode: e.regionCode, address: e.address },
          req.requestId || undefined,
        );
        return toEmployerMessage(created);
      },
      GetEmployer: async (req: jobsV1.GetEmployerRequest__Output) => toEmployerMessage(await this.employers.get(req.id)),
    };
  }
}
