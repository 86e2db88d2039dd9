import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, fromProtoEnum, toProtoEnum, type jobsV1 } from '@siapkerja/contracts';
import type { EmployerEntity, EmployerMemberEntity } from './employer.entity';
import { EmployersService, type EmployerPatch } from './employers.service';

export function toEmployerMessage(e: EmployerEntity): jobsV1.Employer {
  return {
    id: e.id,
    nib: e.nib,
    legalName: e.legalName,
    employerType: toProtoEnum('EMPLOYER_TYPE', e.employerType) as jobsV1.EmployerType,
    kbliCodes: e.kbliCodes,
    regionCode: e.regionCode,
    address: e.address,
    createTime: e.createdAt.toISOString(),
    updateTime: e.updatedAt.toISOString(),
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    contactEmail: e.contactEmail,
    verificationStatus: toProtoEnum('VERIFICATION_STATUS', e.verificationStatus) as jobsV1.VerificationStatus,
    verificationNote: e.verificationNote,
    verifyTime: e.verifiedAt ? e.verifiedAt.toISOString() : '',
    ownerClientId: e.ownerClientId ?? '',
  };
}

function toMemberMessage(m: EmployerMemberEntity): jobsV1.EmployerMember {
  return {
    employerId: m.employerId,
    accountId: m.accountId,
    role: toProtoEnum('EMPLOYER_MEMBER_ROLE', m.role) as jobsV1.EmployerMemberRole,
    addedBy: m.addedBy,
    createTime: m.createdAt.toISOString(),
  };
}

/** proto field mask paths (snake_case) -> entity field names (camelCase) */
const snakeToCamel = (p: string) => p.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

@Controller()
@GrpcService('jobs')
export class EmployersGrpc implements GrpcControllerOf<'jobs'> {
  constructor(private readonly employers: EmployersService) {}

  async createEmployer(req: jobsV1.CreateEmployerRequest__Output) {
    const e = req.employer ?? ({} as jobsV1.Employer__Output);
    const created = await this.employers.register(
      {
        nib: e.nib,
        legalName: e.legalName,
        employerType: fromProtoEnum('EMPLOYER_TYPE', e.employerType),
        kbliCodes: e.kbliCodes,
        regionCode: e.regionCode,
        address: e.address,
        contactName: e.contactName,
        contactPhone: e.contactPhone,
        contactEmail: e.contactEmail,
      },
      req.requestId || undefined,
    );
    return toEmployerMessage(created);
  }

  async getEmployer(req: jobsV1.GetEmployerRequest__Output) {
    return toEmployerMessage(await this.employers.get(req.id));
  }

  async listEmployers(req: jobsV1.ListEmployersRequest__Output): Promise<jobsV1.ListEmployersResponse> {
    const r = await this.employers.list({
      pageSize: req.pageSize,
      pageToken: req.pageToken,
      regionCode: req.regionCode,
      verificationStatus: fromProtoEnum('VERIFICATION_STATUS', req.verificationStatus),
      mine: req.mine,
    });
    return { employers: r.employers.map(toEmployerMessage), nextPageToken: r.nextPageToken };
  }

  async updateEmployer(req: jobsV1.UpdateEmployerRequest__Output) {
    const e = req.employer ?? ({} as jobsV1.Employer__Output);
    const patch: EmployerPatch = {
      legalName: e.legalName,
      employerType: fromProtoEnum('EMPLOYER_TYPE', e.employerType),
      kbliCodes: e.kbliCodes,
      address: e.address,
      contactName: e.contactName,
      contactPhone: e.contactPhone,
      contactEmail: e.contactEmail,
    };
    return toEmployerMessage(await this.employers.update(e.id, patch, (req.updateMask?.paths ?? []).map(snakeToCamel)));
  }

  async verifyEmployer(req: jobsV1.VerifyEmployerRequest__Output) {
    return toEmployerMessage(await this.employers.verify(req.id, fromProtoEnum('VERIFICATION_STATUS', req.status), req.note));
  }

  async addEmployerMember(req: jobsV1.AddEmployerMemberRequest__Output) {
    return toMemberMessage(await this.employers.addMember(req.employerId, req.accountId, fromProtoEnum('EMPLOYER_MEMBER_ROLE', req.role)));
  }

  async listEmployerMembers(req: jobsV1.ListEmployerMembersRequest__Output): Promise<jobsV1.ListEmployerMembersResponse> {
    return {
      members: (await this.employers.listMembers(req.employerId)).map(toMemberMessage),
    };
  }

  async removeEmployerMember(req: jobsV1.RemoveEmployerMemberRequest__Output): Promise<jobsV1.RemoveEmployerMemberResponse> {
    await this.employers.removeMember(req.employerId, req.accountId);
    return {};
  }
}
