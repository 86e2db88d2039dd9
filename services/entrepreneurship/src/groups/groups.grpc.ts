import { Injectable } from '@nestjs/common';
import { fromProtoEnum, toProtoEnum, type entrepreneurshipV1 } from '@siapkerja/contracts';
import type { UnaryHandler } from '@siapkerja/grpc';
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

@Injectable()
export class GroupsGrpc {
  constructor(private readonly groups: GroupsService) {}

  handlers(): Record<string, UnaryHandler> {
    return {
      CreateGroup: async (req: entrepreneurshipV1.CreateGroupRequest__Output) => {
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
      },
      GetGroup: async (req: entrepreneurshipV1.GetGroupRequest__Output) => toGroupMessage(await this.groups.get(req.id)),
    };
  }
}
