import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { toProtoEnum, type entrepreneurshipV1 } from '@siapkerja/contracts';
import { existingIdOf } from '@siapkerja/errors';
import { asPersonCaller } from '../applications/person-caller';
import { asCaller, assertRegion, Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiIdempotencyKey, ApiProblems, created, IdempotencyKey } from '../platform/http';
import {
  AssignMentorDto,
  BusinessReportDto,
  BusinessReportListDto,
  CreateReportDto,
  fromAssignMentorDto,
  fromBusinessPlanDto,
  fromCreateReportDto,
  fromReviewReportDto,
  fromStopGroupDto,
  GroupDto,
  GroupPageDto,
  MentorVisitDto,
  MentorVisitListDto,
  ReviewReportDto,
  StopGroupDto,
  toBusinessReportDto,
  toBusinessReportListDto,
  toGroupDto,
  toGroupPageDto,
  toMentorVisitDto,
  toMentorVisitListDto,
} from '../generated/entrepreneurship.views';
import { CreateGroupDto, CreateVisitDto, ListGroupsQueryDto, NewMemberDto } from './tkm.dto';

const toNewMember = (m: NewMemberDto) => ({ ...m, educationLevel: m.educationLevel ?? '', leader: m.leader ?? false });

/**
 * TKM groups, their members, mentor, visits and business reports. Who sees and manages a group (its owner, officers of its
 * region, the ministry, its mentor, its leader's account) is the entrepreneurship service's decision: a partner that did
 * not register a group is answered 404, an officer outside its region 403.
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

  @Get()
  @RequireScopes('entrepreneurship:read')
  @ApiOperation({ summary: 'The groups the caller may see, newest first, with cursor pagination' })
  @ApiOkResponse({ type: GroupPageDto })
  @ApiProblems(400, 401, 403)
  async list(@Query() q: ListGroupsQueryDto, @Caller() caller: AuthCaller): Promise<GroupPageDto> {
    const r = await this.clients.entrepreneurship.listGroups(
      {
        regionCode: q.regionCode ?? '',
        programId: q.programId ?? '',
        status: q.status ?? '',
        pageSize: q.pageSize ?? 20,
        pageToken: q.pageToken ?? '',
      },
      await asPersonCaller(undefined, caller, { idempotent: true }),
    );
    return toGroupPageDto(r);
  }

  @Get(':id')
  @RequireScopes('entrepreneurship:read')
  @ApiOperation({ summary: 'Read a TKM group with its members (NIK masked)' })
  @ApiOkResponse({ type: GroupDto })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<GroupDto> {
    return toGroupDto(await this.clients.entrepreneurship.getGroup({ id }, await asPersonCaller(undefined, caller, { idempotent: true })));
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

  @Delete(':id/members/:memberId')
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({ summary: 'A member leaves the group (never counted as a placement again); the last member cannot leave: stop the group' })
  @ApiOkResponse({ type: GroupDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async removeMember(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Caller() caller: AuthCaller,
  ) {
    return toGroupDto(
      await this.clients.entrepreneurship.removeGroupMember({ groupId: id, memberId }, await asPersonCaller(undefined, caller)),
    );
  }

  @Put(':id/mentor')
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({ summary: 'Assign the mentor (pendamping): a TKM_MENTOR account; Disnaker officers of the region and the ministry' })
  @ApiOkResponse({ type: GroupDto })
  @ApiProblems(400, 401, 403, 404)
  async assignMentor(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AssignMentorDto,
    @Caller() caller: AuthCaller,
  ): Promise<GroupDto> {
    return toGroupDto(
      await this.clients.entrepreneurship.assignGroupMentor({ ...fromAssignMentorDto(body), groupId: id }, asCaller(caller)),
    );
  }

  @Post(':id/stop')
  @HttpCode(200)
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({ summary: 'Stop a group (STOPPED, final): its members are free to join another group; the change feed withdraws it' })
  @ApiOkResponse({ type: GroupDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async stop(@Param('id', ParseUUIDPipe) id: string, @Body() body: StopGroupDto, @Caller() caller: AuthCaller): Promise<GroupDto> {
    return toGroupDto(
      await this.clients.entrepreneurship.stopGroup({ ...fromStopGroupDto(body), groupId: id }, await asPersonCaller(undefined, caller)),
    );
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

  @Get(':id/visits')
  @RequireScopes('entrepreneurship:read')
  @ApiOperation({ summary: "The mentor's visits to a group, newest first" })
  @ApiOkResponse({ type: MentorVisitListDto })
  @ApiProblems(400, 401, 403, 404)
  async listVisits(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<MentorVisitListDto> {
    const r = await this.clients.entrepreneurship.listMentorVisits(
      { groupId: id },
      await asPersonCaller(undefined, caller, { idempotent: true }),
    );
    return toMentorVisitListDto(r);
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

  @Get(':id/reports')
  @RequireScopes('entrepreneurship:read')
  @ApiOperation({ summary: "A group's business reports, newest period first" })
  @ApiOkResponse({ type: BusinessReportListDto })
  @ApiProblems(400, 401, 403, 404)
  async listReports(@Param('id', ParseUUIDPipe) id: string, @Caller() caller: AuthCaller): Promise<BusinessReportListDto> {
    const r = await this.clients.entrepreneurship.listBusinessReports(
      { groupId: id },
      await asPersonCaller(undefined, caller, { idempotent: true }),
    );
    return toBusinessReportListDto(r);
  }

  @Post(':id/reports/:reportId/review')
  @HttpCode(200)
  @RequireScopes('entrepreneurship:write')
  @ApiOperation({
    summary: 'Accept or reject a submitted report (the mentor, officers of the region, the ministry)',
    description:
      'Accepting records the self-employment placements (SelfEmploymentPlacementRecorded): each active member once, each hired worker once; ' +
      'a business that hires becomes GROWING.',
  })
  @ApiOkResponse({ type: BusinessReportDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async review(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('reportId', ParseUUIDPipe) reportId: string,
    @Body() body: ReviewReportDto,
    @Caller() caller: AuthCaller,
  ): Promise<BusinessReportDto> {
    const r = await this.clients.entrepreneurship.reviewBusinessReport(
      { ...fromReviewReportDto(body), id: reportId, groupId: id },
      asCaller(caller),
    );
    return toBusinessReportDto(r);
  }
}
