import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { toProtoEnum, type entrepreneurshipV1 } from '@siapkerja/contracts';
import { existingIdOf } from '@siapkerja/errors';
import { asPersonCaller } from '../applications/person-caller';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import {
  BusinessReportDto,
  CreateReportDto,
  CreateVisitDto,
  fromBusinessPlanDto,
  fromCreateReportDto,
  GroupDto,
  MentorVisitDto,
  NewMemberDto,
  toBusinessReportDto,
  toGroupDto,
  toMentorVisitDto,
} from '../generated/entrepreneurship.views';
import { CreateGroupDto } from './tkm.dto';

const toNewMember = (m: NewMemberDto) => ({ ...m, educationLevel: m.educationLevel ?? '', leader: m.leader ?? false });

/**
 * TKM groups, their members, mentor, visits and business reports. Who sees and manages a group (its owner, officers of its
 * region, the ministry, its mentor, its leader's account) is the entrepreneurship service's decision: a partner that did
 * not register a group is answered 404, an officer outside its region 403. The plain routes are generated
 * (proto/siapkerja/entrepreneurship/v1); these stay: registering checks the region at the edge and takes a body of several
 * messages, adding a member names the other group of a 409 in Location, a visit and a report answer a Location under the group.
 */
@ApiTags('Entrepreneurship: TKM groups')
@Controller('v1/tkm-groups')
export class GroupsController {
  constructor(private readonly clients: ServiceClients) {}

  @Post()
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({
    summary: 'Register a Tenaga Kerja Mandiri group, with its members by NIK',
    description:
      'The program is programId, or else the latest program of programKind. Each member must be eligible for the program (age, employment ' +
      "status, residence, a completed Skillhub training when required: 409 naming the rule) and in no other active group of the program year (409 'Duplicate member').",
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: GroupDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async create(
    @Body() body: CreateGroupDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<GroupDto> {
    assertRegion(caller, body.regionCode);
    const group = {
      name: body.name,
      programId: body.programId ?? '',
      programKind: toProtoEnum('PROGRAM_KIND', body.programKind) as entrepreneurshipV1.ProgramKind,
      regionCode: body.regionCode,
      memberCount: body.memberCount ?? 0,
      businessField: body.businessField ?? '',
      businessPlan: body.businessPlan ? fromBusinessPlanDto(body.businessPlan) : undefined,
    };
    const g = await this.clients.entrepreneurship.createGroup(
      { group, members: (body.members ?? []).map(toNewMember), requestId: key ?? '' },
      // a person registering the group he leads: the service checks he is its leader
      await asPersonCaller(undefined, caller),
    );
    return created(res, '/v1/tkm-groups', toGroupDto(g));
  }

  @Post(':id/members')
  @HttpCode(200)
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({
    summary: 'Add a member by NIK',
    description:
      "409 when the person is in another active group of the program year ('Duplicate member'), not eligible ('Eligibility') or the group is full ('Group size').",
  })
  @ApiOkResponse({ type: GroupDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async addMember(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: NewMemberDto,
    @Caller() caller: AuthCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    try {
      return toGroupDto(
        await this.clients.entrepreneurship.addGroupMember(
          { groupId: id, member: toNewMember(body) },
          await asPersonCaller(undefined, caller),
        ),
      );
    } catch (err) {
      // the other group is named only to who may see it
      const existing = existingIdOf(err);
      if (existing) res.setHeader('Location', `/v1/tkm-groups/${existing}`);
      throw err;
    }
  }

  @Post(':id/visits')
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({ summary: "Record a mentor's visit (the group's mentor, officers of the region, the ministry)" })
  @ApiCreatedResponse({ type: MentorVisitDto })
  @ApiProblems(400, 401, 403, 404)
  async createVisit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateVisitDto,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<MentorVisitDto> {
    const v = await this.clients.entrepreneurship.createMentorVisit({ groupId: id, ...body }, asCaller(caller));
    return created(res, `/v1/tkm-groups/${id}/visits`, toMentorVisitDto(v));
  }

  @Post(':id/reports')
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({
    summary: 'Submit a periodic business report or the final accountability report',
    description: 'A group with an approved proposal; one report per kind and month (409 for a re-sent one).',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: BusinessReportDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async createReport(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateReportDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Caller() caller: AuthCaller,
  ): Promise<BusinessReportDto> {
    const r = await this.clients.entrepreneurship.createBusinessReport(
      { ...fromCreateReportDto(body), groupId: id, requestId: key ?? '' },
      await asPersonCaller(undefined, caller),
    );
    return created(res, `/v1/tkm-groups/${id}/reports`, toBusinessReportDto(r));
  }
}
