import { Controller } from '@nestjs/common';
import { assertMayExportPersonData } from '@siapkerja/authz';
import { DataSource } from 'typeorm';
import { GrpcService, type GrpcControllerOf, fromProtoEnum, toProtoEnum, type entrepreneurshipV1 } from '@siapkerja/contracts';
import { PROGRAM_KINDS } from './group.entity';
import { memberView } from './groups.rules';
import { GroupsService, type GroupView } from './groups.service';

export function toGroupMessage(v: GroupView): entrepreneurshipV1.Group {
  const g = v.group;
  return {
    id: g.id,
    name: g.name,
    programKind: toProtoEnum(
      'PROGRAM_KIND',
      (PROGRAM_KINDS as readonly string[]).includes(g.programKind) ? g.programKind : '',
    ) as entrepreneurshipV1.ProgramKind,
    regionCode: g.regionCode,
    memberCount: g.memberCount,
    businessField: g.businessField,
    createTime: g.createdAt.toISOString(),
    programId: g.programId,
    programCode: g.programKind,
    programYear: g.programYear,
    status: g.status,
    businessPlan: { kbliCode: g.kbliCode, description: g.planDescription, locationRegionCode: g.locationRegionCode ?? '' },
    mentorAccountId: g.mentorAccountId ?? '',
    members: v.members.map(memberView).map((m) => ({
      id: m.id,
      personId: m.personId,
      nikMasked: m.nikMasked,
      name: m.name,
      sex: m.sex,
      employmentStatus: m.employmentStatus,
      residenceRegionCode: m.residenceRegionCode,
      educationLevel: m.educationLevel,
      leader: m.leader,
      active: m.active,
      joinTime: m.joinedAt.toISOString(),
      leaveTime: m.leftAt?.toISOString() ?? '',
    })),
    updateTime: g.updatedAt.toISOString(),
  };
}

const toNewMember = (m: entrepreneurshipV1.NewGroupMember__Output) => ({
  nik: m.nik,
  name: m.name,
  birthDate: m.birthDate,
  employmentStatus: m.employmentStatus,
  residenceRegionCode: m.residenceRegionCode,
  educationLevel: m.educationLevel,
  leader: m.leader,
});

@Controller()
@GrpcService('entrepreneurship')
export class GroupsGrpc implements GrpcControllerOf<'entrepreneurship'> {
  constructor(
    private readonly groups: GroupsService,
    private readonly ds: DataSource,
  ) {}

  /** The person's own data-subject export: his memberships as stored, NIK included (only the person or the ministry). */
  async exportPersonData(req: entrepreneurshipV1.ExportPersonDataRequest__Output): Promise<entrepreneurshipV1.ExportPersonDataResponse> {
    assertMayExportPersonData(req.personId);
    const rows: Record<string, string | number | boolean | Date | null>[] = await this.ds.query(
      `SELECT m.group_id, g.name AS group_name, g.program_kind AS program_code, m.program_year, g.region_code, m.nik, m.name,
              m.birth_date::text AS birth_date, m.sex, m.employment_status, m.residence_region_code, m.education_level,
              m.leader, m.active, m.joined_at, m.left_at
         FROM tkm_group_members m JOIN tkm_groups g ON g.id = m.group_id
        WHERE m.person_id = $1 ORDER BY m.joined_at`,
      [req.personId],
    );
    return {
      memberships: rows.map((r) => ({
        groupId: String(r.group_id),
        groupName: String(r.group_name),
        programCode: String(r.program_code),
        programYear: Number(r.program_year),
        regionCode: String(r.region_code),
        nik: String(r.nik),
        name: String(r.name),
        birthDate: String(r.birth_date),
        sex: Number(r.sex),
        employmentStatus: String(r.employment_status),
        residenceRegionCode: String(r.residence_region_code),
        educationLevel: String(r.education_level),
        leader: Boolean(r.leader),
        active: Boolean(r.active),
        joinTime: (r.joined_at as Date).toISOString(),
        leaveTime: r.left_at ? (r.left_at as Date).toISOString() : '',
      })),
    };
  }

  async createGroup(req: entrepreneurshipV1.CreateGroupRequest__Output) {
    const g = req.group ?? ({} as entrepreneurshipV1.Group__Output);
    const plan = g.businessPlan;
    const created = await this.groups.register(
      {
        name: g.name,
        programId: g.programId,
        programKind: fromProtoEnum('PROGRAM_KIND', g.programKind),
        regionCode: g.regionCode,
        memberCount: g.memberCount,
        businessField: g.businessField,
        businessPlan: plan
          ? { kbliCode: plan.kbliCode, description: plan.description, locationRegionCode: plan.locationRegionCode }
          : undefined,
      },
      (req.members ?? []).map(toNewMember),
      req.requestId || undefined,
    );
    return toGroupMessage(created);
  }

  async getGroup(req: entrepreneurshipV1.GetGroupRequest__Output) {
    return toGroupMessage(await this.groups.get(req.id));
  }

  async listGroups(req: entrepreneurshipV1.ListGroupsRequest__Output) {
    const r = await this.groups.list({
      regionCode: req.regionCode,
      programId: req.programId,
      status: req.status,
      pageSize: req.pageSize,
      pageToken: req.pageToken,
    });
    return { groups: r.groups.map(toGroupMessage), nextPageToken: r.nextPageToken };
  }

  async addGroupMember(req: entrepreneurshipV1.AddGroupMemberRequest__Output) {
    return toGroupMessage(
      await this.groups.addMember(req.groupId, toNewMember(req.member ?? ({} as entrepreneurshipV1.NewGroupMember__Output))),
    );
  }

  async removeGroupMember(req: entrepreneurshipV1.RemoveGroupMemberRequest__Output) {
    return toGroupMessage(await this.groups.removeMember(req.groupId, req.memberId));
  }

  async assignGroupMentor(req: entrepreneurshipV1.AssignGroupMentorRequest__Output) {
    return toGroupMessage(await this.groups.assignMentor(req.groupId, req.mentorAccountId));
  }

  async stopGroup(req: entrepreneurshipV1.StopGroupRequest__Output) {
    return toGroupMessage(await this.groups.stop(req.groupId, req.reason));
  }
}
