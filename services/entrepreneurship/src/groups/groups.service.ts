import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { assertRegionAllowed, currentCaller, isRegionBound } from '@siapkerja/authz';
import { canonicalRegionCode, isRegionCode, todayWib } from '@siapkerja/codes';
import { TkmGroupChanged, TkmGroupDissolved, TkmGroupRegistered, type TkmGroupChangedData } from '@siapkerja/contracts';
import { alreadyExists, conflict, DomainError, echo, forbidden, isOneLine, notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox, type EventDefinition } from '@siapkerja/events';
import { PersonIdentity } from '@siapkerja/identity';
import { decodePageToken, isUniqueViolation, isUuid, newestFirstPage, onceByRequestId } from '@siapkerja/persistence';
import type { ProgramEntity } from '../programs/program.entity';
import { ineligibilityReason } from '../programs/programs.rules';
import { ProgramsService } from '../programs/programs.service';
import { IdentityClient } from '../identity.client';
import { audit } from '../proposals/history';
import {
  assertGroupVisible,
  groupAccess,
  isAuthority,
  isManager,
  visibleGroupsCondition,
  type AskedFor,
  type GroupAccess,
} from './group-access';
import { GroupEntity, GroupMemberEntity, GROUP_STATUSES, PROGRAM_KINDS, type GroupStatus } from './group.entity';
import {
  checkBusinessPlan,
  checkMember,
  checkMentorAccountId,
  MAX_TEXT,
  MEMBER_COUNT,
  type CheckedMember,
  type NewBusinessPlan,
  type NewMember,
} from './groups.rules';

export { MAX_TEXT, MEMBER_COUNT };

export interface NewGroup {
  name: string;
  programId?: string;
  /** first-release kind, when no programId is given: the latest program of that code */
  programKind: string;
  regionCode: string;
  /** declared size, for a group registered without members */
  memberCount: number;
  businessField?: string;
  businessPlan?: NewBusinessPlan;
}

/** A group with all its members (those who left included) and its leader's person id. */
export interface GroupView {
  group: GroupEntity;
  members: GroupMemberEntity[];
  leaderPersonId: string | undefined;
}

type Emit = <T>(def: EventDefinition<T>, e: { subject: string; regionCode?: string; data: T }) => void;

/** A loaded group with the caller's standing to it. */
export interface LoadedGroup extends GroupView {
  access: GroupAccess;
}

const ONE_ACTIVE_GROUP = 'tkm_one_active_group_per_year';

function constraintOf(e: unknown): string | undefined {
  return (e as { driverError?: { constraint?: string } })?.driverError?.constraint;
}

export function groupChangedData(g: GroupEntity, change: string): TkmGroupChangedData {
  return {
    groupId: g.id,
    programId: g.programId,
    programCode: g.programKind,
    programYear: g.programYear,
    regionCode: g.regionCode,
    status: g.status,
    memberCount: g.memberCount,
    kbliCode: g.kbliCode,
    mentorAssigned: !!g.mentorAccountId,
    change,
    occurredAt: new Date().toISOString(),
  };
}

@Injectable()
export class GroupsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly identity: PersonIdentity,
    private readonly programs: ProgramsService,
    private readonly identityService: IdentityClient,
  ) {}

  /** Registers a TKM group with its first members; the same requestId of the same caller returns the first result (safe retry). */
  async register(input: NewGroup, members: NewMember[] = [], clientRequestId?: string, now: Date = new Date()): Promise<GroupView> {
    // the code as the code list writes it (' 33.73', '33.73\n' and '3373' are 33.73): what is checked, compared and stored;
    // a malformed code stays as given, for the checks to refuse
    const regionCode = canonicalRegionCode(input.regionCode);
    // an officer registers only in his region: refused before anything else is checked (the edge's rule, its message)
    assertRegionAllowed(regionCode, currentCaller(), 'regionCode');
    const v = new Violations();
    v.check(!!input.name?.trim() && input.name.length <= MAX_TEXT, 'name', `is required (at most ${MAX_TEXT} characters)`);
    v.check(isOneLine(input.name), 'name', 'must be one line (no tab or line break)');
    if (input.programId) v.check(isUuid(input.programId), 'programId', 'must be a program id (UUID)');
    else
      v.check(
        (PROGRAM_KINDS as readonly string[]).includes(input.programKind),
        'programKind',
        `must be one of ${PROGRAM_KINDS.join(', ')} (or give programId)`,
      );
    v.check(isRegionCode(regionCode, 'regency'), 'regionCode', 'must be an existing Kemendagri regency code (NN.NN)');
    if (!members.length)
      v.check(
        Number.isInteger(input.memberCount) && input.memberCount >= MEMBER_COUNT.min && input.memberCount <= MEMBER_COUNT.max,
        'memberCount',
        `must be an integer from ${MEMBER_COUNT.min} to ${MEMBER_COUNT.max}`,
      );
    v.check(
      (input.businessField ?? '').length <= MAX_TEXT && isOneLine(input.businessField),
      'businessField',
      `must be at most ${MAX_TEXT} characters on one line`,
    );
    const plan = checkBusinessPlan(v, input.businessPlan ?? { kbliCode: '', description: '', locationRegionCode: '' }, regionCode);
    v.check(members.length <= MEMBER_COUNT.max, 'members', `must be at most ${MEMBER_COUNT.max}`);
    const checked = members.slice(0, MEMBER_COUNT.max).map((m, i) => checkMember(v, m, `members[${i}]`, now));
    v.check(members.filter((m) => m.leader).length <= 1, 'members', 'must have at most one leader');
    v.check(new Set(members.map((m) => m.nik)).size === members.length, 'members', 'must not list the same NIK twice');
    v.throwIfAny();
    const caller = currentCaller();
    const list = checked as CheckedMember[];
    if (list.length && !list.some((m) => m.leader)) list[0] = { ...list[0], leader: true };
    // a person with his own account (no client, no office) registers only a group he leads himself
    if (caller && !caller.clientId && caller.roles.length > 0 && caller.roles.every((r) => r === 'JOB_SEEKER')) {
      const leader = list.find((m) => m.leader);
      if (!caller.personId || !leader || this.identity.personId(leader.nik) !== caller.personId)
        throw forbidden('A person registers only a group he leads himself: list yourself as its leader');
    }

    const created = await onceByRequestId(this.ds.getRepository(GroupEntity), clientRequestId, (requestId, key) =>
      this.withMemberRace(() =>
        this.outbox.run(async ({ manager, emit }) => {
          const program = await this.programs.resolve(manager, input.programId ?? '', input.programKind);
          const repo = manager.getRepository(GroupEntity);
          const group = await repo.save(
            repo.create({
              name: input.name.trim(),
              programKind: program.code,
              programId: program.id,
              programYear: program.year,
              regionCode,
              memberCount: list.length || input.memberCount,
              hasMembers: list.length > 0,
              businessField: (input.businessField ?? '').trim(),
              status: 'ACTIVE',
              kbliCode: plan.kbliCode,
              planDescription: plan.description,
              locationRegionCode: plan.locationRegionCode || null,
              mentorAccountId: null,
              ownerClientId: caller?.clientId ?? null,
              registeredBy: caller?.sub ?? null,
              registeredRegion: isRegionBound(caller) ? caller.regionCode : null,
              requestId,
              requestHash: key.requestHash,
            }),
          );
          const today = todayWib(now);
          for (const m of list) await this.addMemberIn(manager, group, program, m, today);
          await audit(manager, 'GROUP', group.id, 'REGISTERED', '', 'ACTIVE', `${list.length} members`);
          emit(TkmGroupRegistered, {
            subject: group.id,
            regionCode: group.regionCode,
            data: {
              groupId: group.id,
              programKind: group.programKind,
              regionCode: group.regionCode,
              memberCount: group.memberCount,
              registeredAt: group.createdAt.toISOString(),
            },
          });
          return group;
        }),
      ),
    );
    return this.view(this.ds.manager, created);
  }

  /** One group, to who may see it (group-access.ts). */
  async get(id: string): Promise<GroupView> {
    const g = await this.load(this.ds.manager, id);
    return g;
  }

  /** The groups the caller may see, newest first, keyset-paginated. */
  async list(q: { regionCode?: string; programId?: string; status?: string; pageSize?: number; pageToken?: string }): Promise<{
    groups: GroupView[];
    nextPageToken: string;
  }> {
    const caller = currentCaller();
    // the filter as the code list writes it: '3373' and ' 33.73' list what '33.73' lists
    const region = q.regionCode ? canonicalRegionCode(q.regionCode) : '';
    const filter = JSON.stringify([region, q.programId ?? '', q.status ?? '', caller?.clientId ?? caller?.sub ?? '']);
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    new Violations()
      .check(!region || /^\d{2}(\.\d{2})?$/.test(region), 'regionCode', 'must be a province (NN) or regency (NN.NN) code')
      .check(!q.programId || isUuid(q.programId), 'programId', 'must be a program id (UUID)')
      .check(!q.status || (GROUP_STATUSES as readonly string[]).includes(q.status), 'status', `must be one of ${GROUP_STATUSES.join(', ')}`)
      .check(!q.pageSize || (q.pageSize > 0 && q.pageSize <= 100), 'pageSize', 'must be 1 to 100')
      .check(!q.pageToken || cursor?.filter === filter, 'pageToken', 'is not a token of this listing')
      .throwIfAny();
    const qb = this.ds.getRepository(GroupEntity).createQueryBuilder('g');
    const visible = visibleGroupsCondition(caller);
    if (visible) qb.andWhere(visible.sql, visible.params);
    if (region) qb.andWhere('(g.region_code = :rc OR g.region_code LIKE :rcPrefix)', { rc: region, rcPrefix: `${region}.%` });
    if (q.programId) qb.andWhere('g.program_id = :pid', { pid: q.programId });
    if (q.status) qb.andWhere('g.status = :st', { st: q.status });
    const { page, nextPageToken } = await newestFirstPage(qb, 'g', cursor, q.pageSize || 20, filter);
    return { groups: await Promise.all(page.map((g) => this.view(this.ds.manager, g))), nextPageToken };
  }

  /** Adds a member by NIK: eligible for the program, within its size, and in no other active group of the program year. */
  async addMember(groupId: string, member: NewMember, now: Date = new Date()): Promise<GroupView> {
    const v = new Violations();
    const m = checkMember(v, member, 'member', now);
    v.throwIfAny();
    await this.withMemberRace(() =>
      this.outbox.run(async ({ manager, emit }) => {
        const g = await this.load(manager, groupId, true);
        if (!isManager(g.access))
          throw forbidden(`Only the owner of group ${groupId}, a Disnaker officer of its region or the ministry adds members`);
        if (g.group.status === 'STOPPED') throw conflict(`Group ${groupId} is STOPPED: it takes no members`);
        const program = await this.programs.resolve(manager, g.group.programId, '');
        if (m!.leader && g.members.some((x) => x.active && x.leader)) throw conflict(`Group ${groupId} already has a leader`);
        await this.addMemberIn(manager, g.group, program, m!, todayWib(now));
        await this.changed(manager, g.group, 'MEMBER_JOINED', emit);
      }),
    );
    return this.get(groupId);
  }

  /** A member leaves: he is inactive from now on (free to join another group; never counted as a placement again). */
  async removeMember(groupId: string, memberId: string): Promise<GroupView> {
    await this.outbox.run(async ({ manager, emit }) => {
      const g = await this.load(manager, groupId, true);
      if (!isManager(g.access))
        throw forbidden(`Only the owner of group ${groupId}, a Disnaker officer of its region or the ministry removes members`);
      const member = g.members.find((x) => x.id === memberId && x.active);
      if (!member) throw notFound('Member', memberId);
      if (g.members.filter((x) => x.active).length === 1)
        throw conflict(`Member ${memberId} is the last one of group ${groupId}: stop the group instead`);
      await manager.getRepository(GroupMemberEntity).update({ id: member.id }, { active: false, leftAt: new Date() });
      await audit(manager, 'GROUP', groupId, 'MEMBER_LEFT', '', '', member.id);
      await this.changed(manager, g.group, 'MEMBER_LEFT', emit);
    });
    return this.get(groupId);
  }

  /**
   * Assigns the mentor (a TKM_MENTOR account): officers of the region and the ministry. The account is identity's
   * (groups.rules.ts checkMentorAccountId): here its id is checked for shape, and refused for a group that is STOPPED or
   * when it is the group's own registrant (whose standing to the group is its owner's, never its mentor's); then identity
   * is asked whether it is an active account or client holding TKM_MENTOR (FAILED_PRECONDITION naming mentorAccountId if
   * not; UNAVAILABLE, nothing stored, when identity does not answer). Identity is asked before the transaction, so no row
   * stays locked while it answers; the checks of the group are made again under the lock.
   */
  async assignMentor(groupId: string, mentorAccountId: string): Promise<GroupView> {
    const v = new Violations();
    const mentor = checkMentorAccountId(v, mentorAccountId);
    v.throwIfAny();
    this.assertMentorAssignable(await this.load(this.ds.manager, groupId), mentor);
    await this.assertActiveMentor(mentor);
    await this.outbox.run(async ({ manager, emit }) => {
      const g = await this.load(manager, groupId, true);
      this.assertMentorAssignable(g, mentor);
      g.group.mentorAccountId = mentor;
      await manager.getRepository(GroupEntity).update({ id: groupId }, { mentorAccountId: g.group.mentorAccountId });
      await audit(manager, 'GROUP', groupId, 'MENTOR_ASSIGNED', '', '', g.group.mentorAccountId);
      await this.changed(manager, g.group, 'MENTOR_ASSIGNED', emit);
    });
    return this.get(groupId);
  }

  /** Who may assign the group's mentor, to which group, and whom (a refusal names the reason). */
  private assertMentorAssignable(g: LoadedGroup, mentor: string): void {
    const groupId = g.group.id;
    if (!isAuthority(g.access))
      throw forbidden(`Only a Disnaker officer of region ${g.group.regionCode} or the ministry assigns the mentor`);
    if (g.group.status === 'STOPPED') throw conflict(`Group ${groupId} is STOPPED: it takes no mentor`);
    new Violations()
      .check(
        mentor !== g.group.ownerClientId && mentor !== g.group.registeredBy,
        'mentorAccountId',
        'must not be the account or client that registered the group (its owner does not mentor it)',
      )
      .throwIfAny();
  }

  /** The mentor must be an account (or client) identity knows, active, holding TKM_MENTOR: else FAILED_PRECONDITION. */
  private async assertActiveMentor(mentor: string): Promise<void> {
    const s = await this.identityService.subjectStanding(mentor);
    if (s.exists && s.active && s.roles.includes('TKM_MENTOR')) return;
    const description = `mentorAccountId ${echo(mentor)} is not an active TKM_MENTOR account`;
    throw new DomainError('FAILED_PRECONDITION', description, [{ field: 'mentorAccountId', description }], {
      reason: 'MENTOR_NOT_ACTIVE',
    });
  }

  /** Stops a group: its members become inactive (free to join another group), the feed withdraws it. */
  async stop(groupId: string, reason: string): Promise<GroupView> {
    new Violations().check((reason ?? '').length <= 2000, 'reason', 'must be at most 2000 characters').throwIfAny();
    await this.outbox.run(async ({ manager, emit }) => {
      const g = await this.load(manager, groupId, true);
      if (!isManager(g.access))
        throw forbidden(`Only the owner of group ${groupId}, a Disnaker officer of its region or the ministry stops it`);
      if (g.group.status === 'STOPPED') throw conflict(`Group ${groupId} is already STOPPED`);
      await manager.query(`UPDATE tkm_group_members SET active = false, left_at = now() WHERE group_id = $1 AND active`, [groupId]);
      await this.setStatus(manager, g.group, 'STOPPED', reason ?? '', emit);
      emit(TkmGroupDissolved, {
        subject: groupId,
        regionCode: g.group.regionCode,
        data: { groupId, regionCode: g.group.regionCode, dissolvedAt: new Date().toISOString() },
      });
    });
    return this.get(groupId);
  }

  /** Moves the group's status (audited, evented). */
  async setStatus(manager: EntityManager, group: GroupEntity, to: GroupStatus, note: string, emit: Emit): Promise<void> {
    if (group.status === to) return;
    const from = group.status;
    group.status = to;
    await manager.getRepository(GroupEntity).update({ id: group.id }, { status: to });
    await audit(manager, 'GROUP', group.id, 'STATUS_CHANGED', from, to, note);
    emit(TkmGroupChanged, { subject: group.id, regionCode: group.regionCode, data: groupChangedData(group, 'STATUS_CHANGED') });
  }

  /**
   * Loads a group (locked for update when asked) with its members and the caller's standing; refuses who may not see it,
   * naming `asked` (a proposal or report of the group) when the group was reached through it.
   */
  async load(m: EntityManager, id: string, lock = false, asked?: AskedFor): Promise<LoadedGroup> {
    const group = isUuid(id)
      ? await m.getRepository(GroupEntity).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!group) throw asked ? notFound(asked.resource, asked.id) : notFound('Group', id);
    const view = await this.view(m, group);
    return { ...view, access: assertGroupVisible(group, view.leaderPersonId, currentCaller(), asked) };
  }

  private async view(m: EntityManager, group: GroupEntity): Promise<GroupView> {
    const members = await m
      .getRepository(GroupMemberEntity)
      .find({ where: { groupId: group.id }, order: { joinedAt: 'ASC', leader: 'DESC', id: 'ASC' } });
    return { group, members, leaderPersonId: members.find((x) => x.active && x.leader)?.personId };
  }

  /**
   * A change of the group, told as an event. A member joining or leaving makes the group counted by its member records
   * from then on; any other change (a mentor) keeps its count: a group declared by its size (no member records) would be
   * recounted to 0, which its CHECK (1 to 100) refuses.
   */
  private async changed(manager: EntityManager, group: GroupEntity, change: string, emit: Emit): Promise<void> {
    if (change === 'MEMBER_JOINED' || change === 'MEMBER_LEFT') {
      const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM tkm_group_members WHERE group_id = $1 AND active`, [group.id]);
      group.memberCount = n;
      group.hasMembers = true;
      await manager.getRepository(GroupEntity).update({ id: group.id }, { memberCount: n, hasMembers: true });
    }
    emit(TkmGroupChanged, { subject: group.id, regionCode: group.regionCode, data: groupChangedData(group, change) });
  }

  private async addMemberIn(
    manager: EntityManager,
    group: GroupEntity,
    program: ProgramEntity,
    m: CheckedMember,
    today: string,
  ): Promise<void> {
    const personId = this.identity.personId(m.nik);
    const existing = await manager.getRepository(GroupMemberEntity).findOneBy({ personId, programYear: group.programYear, active: true });
    if (existing) throw await this.duplicate(manager, existing.groupId, group.programYear);
    const trainings: { program_id: string }[] = await manager.query(`SELECT program_id FROM tkm_completed_trainings WHERE person_id = $1`, [
      personId,
    ]);
    const reason = ineligibilityReason(
      program,
      m,
      group.regionCode,
      trainings.map((t) => t.program_id),
      today,
    );
    if (reason) throw conflict(reason);
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM tkm_group_members WHERE group_id = $1 AND active`, [group.id]);
    if (n >= program.maxMembers)
      throw conflict(`Group size: program ${program.code} ${program.year} takes groups of at most ${program.maxMembers} members`);
    await manager.getRepository(GroupMemberEntity).insert({
      groupId: group.id,
      personId,
      nik: m.nik,
      name: m.name,
      birthDate: m.birthDate,
      sex: m.sex,
      employmentStatus: m.employmentStatus,
      residenceRegionCode: m.residenceRegionCode,
      educationLevel: m.educationLevel,
      leader: m.leader,
      active: true,
      programYear: group.programYear,
      leftAt: null,
    });
  }

  /** The refusal of a second active membership, naming the other group only to who may see it. */
  private async duplicate(manager: EntityManager, otherGroupId: string, year: number) {
    const other = await manager.getRepository(GroupEntity).findOneByOrFail({ id: otherGroupId });
    const leader = await manager.getRepository(GroupMemberEntity).findOneBy({ groupId: other.id, active: true, leader: true });
    const visible = !!groupAccess(other, leader?.personId);
    return alreadyExists(
      `Duplicate member: this person is already a member of an active TKM group of program year ${year}${visible ? ` (group ${other.id})` : ''}; a person is in at most one active group per program year`,
      visible ? { existingId: other.id } : {},
    );
  }

  /** A concurrent insert of the same person into another group of the year hits the database's unique index: say so. */
  private async withMemberRace<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      if (isUniqueViolation(e) && constraintOf(e) === ONE_ACTIVE_GROUP)
        throw alreadyExists(
          'Duplicate member: this person is already a member of an active TKM group of this program year; a person is in at most one active group per program year',
        );
      throw e;
    }
  }
}
