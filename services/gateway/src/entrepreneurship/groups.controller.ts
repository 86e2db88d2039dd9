import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { existingIdOf } from '@siapkerja/errors';
import { asPersonCaller } from '../applications/person-caller';
import { Caller, RequireScopes, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { ApiProblems } from '../platform/http';
import { fromNewMemberDto, GroupDto, NewMemberDto, toGroupDto } from '../generated/entrepreneurship.views';

/**
 * TKM groups, their members, mentor, visits and business reports. Who sees and manages a group (its owner, officers of its
 * region, the ministry, its mentor, its leader's account) is the entrepreneurship service's decision: a partner that did
 * not register a group is answered 404, an officer outside its region 403 (registering included). The other routes are
 * generated (proto/siapkerja/entrepreneurship/v1); this one stays: adding a member names the other group of a 409 in
 * Location.
 */
@ApiTags('Entrepreneurship: TKM groups')
@Controller('v1/tkm-groups')
export class GroupsController {
  constructor(private readonly clients: ServiceClients) {}

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
          { groupId: id, member: fromNewMemberDto(body) },
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
}
