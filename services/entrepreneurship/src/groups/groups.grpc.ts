import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, fromProtoEnum, toProtoEnum, type entrepreneurshipV1 } from '@siapkerja/contracts';
import type { GroupEntity } from './group.entity';
import { GroupsService } from './groups.service';

export function toGroupMessage(g: GroupEntity): entrepreneurshipV1.Group {
  return {
    id: g.id,
    name: g.name,
    programKind: toProtoEnum('PROGRAM_KIND', g.programKind) as entrepreneurshipV1.ProgramKind,
    regionCode: g.regionCode,
    memberCount: g.memberCount,
    businessField: g.businessField,
    createTime: g.createdAt.toISOString(),
  };
}

@Controller()
@GrpcService('entrepreneurship')
export class GroupsGrpc implements GrpcControllerOf<'entrepreneurship'> {
  constructor(private readonly groups: GroupsService) {}

  async createGroup(req: entrepreneurshipV1.CreateGroupRequest__Output) {
    const g = req.group ?? ({} as entrepreneurshipV1.Group__Output);
    const created = await this.groups.register(
      {
        name: g.name,
        programKind: fromProtoEnum('PROGRAM_KIND', g.programKind),
        regionCode: g.regionCode,
        memberCount: g.memberCount,
        businessField: g.businessField,
      },
      req.requestId || undefined,
    );
    return toGroupMessage(created);
  }

  async getGroup(req: entrepreneurshipV1.GetGroupRequest__Output) {
    return toGroupMessage(await this.groups.get(req.id));
  }
}
