import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { assertRegionAllowed, currentCaller, isRegionBound, regionWithin } from '@siapkerja/authz';
import { canonicalRegionCode, isRegionCode, parseYmd } from '@siapkerja/codes';
import {
  TkmProposalApproved,
  TkmProposalRejected,
  TkmProposalSubmitted,
  TkmProposalVerified,
  TkmTrancheDisbursed,
  type TkmProposalEventData,
} from '@siapkerja/contracts';
import { alreadyExists, conflict, forbidden, isOneLine, notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import {
  decodePageToken,
  findByIdOrThrow,
  isUniqueViolation,
  isUuid,
  newestFirstPage,
  onceByRequestId,
  readAll,
} from '@siapkerja/persistence';
import { isAuthority, isManager, visibleGroupsCondition } from '../groups/group-access';
import { GroupsService } from '../groups/groups.service';
import { ProgramEntity } from '../programs/program.entity';
import { assistanceAmount, groupSizeReason } from '../programs/programs.rules';
import { actorOf, audit } from './history';
import { DecreeEntity, HistoryEntity, PROPOSAL_STATES, ProposalEntity, TrancheEntity, type ChecklistItem } from './proposal.entity';
import { quotaRefusal, quotaRegions, trancheRefusal, trancheViolations, verificationViolations } from './proposals.rules';

export interface ProposalView {
  proposal: ProposalEntity;
  decreeNumber: string;
  tranches: TrancheEntity[];
  history: HistoryEntity[];
}

export interface NewDecree {
  number: string;
  programId: string;
  regionCode: string;
  decidedOn: string;
  proposalIds: string[];
}

const MAX_DECREE_PROPOSALS = 500;

function eventData(p: ProposalEntity, decree?: DecreeEntity | null): TkmProposalEventData {
  return {
    proposalId: p.id,
    groupId: p.groupId,
    programId: p.programId,
    programYear: p.programYear,
    regionCode: p.regionCode,
    state: p.state,
    requestedAmount: p.requestedAmount,
    approvedAmount: p.approvedAmount,
    disbursedAmount: p.disbursedAmount,
    decreeId: p.decreeId ?? '',
    decreeNumber: decree?.number ?? '',
    reasons: p.rejectionReasons,
    occurredAt: new Date().toISOString(),
  };
}

@Injectable()
export class ProposalsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly groups: GroupsService,
  ) {}

  /** The group's proposal: its active members within the program's size; one live proposal per group. */
  async submit(groupId: string, clientRequestId?: string): Promise<ProposalView> {
    const repo = this.ds.getRepository(ProposalEntity);
    const created = await onceByRequestId(repo, clientRequestId, async (requestId, key) => {
      try {
        return await this.outbox.run(async ({ manager, emit }) => {
          const g = await this.groups.load(manager, groupId, true);
          if (!isManager(g.access))
            throw forbidden(`Only the owner of group ${groupId}, a Disnaker officer of its region or the ministry submits its proposal`);
          if (g.group.status === 'STOPPED') throw conflict(`Group ${groupId} is STOPPED`);
          const active = g.members.filter((m) => m.active).length;
          if (!g.group.hasMembers) throw conflict(`Group ${groupId} has no registered members: add its members (by NIK) first`);
          const program = await manager.getRepository(ProgramEntity).findOneByOrFail({ id: g.group.programId });
          const size = groupSizeReason(program, active);
          if (size) throw conflict(size);
          const live = await manager.getRepository(ProposalEntity).findOne({ where: { groupId }, order: { createdAt: 'DESC' } });
          if (live && live.state !== 'REJECTED')
            throw alreadyExists(`Group ${groupId} already has proposal ${live.id} (${live.state})`, { existingId: live.id });
          const r = manager.getRepository(ProposalEntity);
          const p = await r.save(
            r.create({
              groupId,
              programId: program.id,
              programYear: program.year,
              regionCode: g.group.regionCode,
              state: 'SUBMITTED',
              requestedAmount: assistanceAmount(program, active),
              approvedAmount: 0,
              disbursedAmount: 0,
              checklist: [],
              rejectionReasons: [],
              decreeId: null,
              submittedBy: actorOf(),
              requestId,
              requestHash: key.requestHash,
            }),
          );
          await audit(manager, 'PROPOSAL', p.id, 'SUBMITTED', '', 'SUBMITTED');
          emit(TkmProposalSubmitted, { subject: p.id, regionCode: p.regionCode, data: eventData(p) });
          return p;
        });
      } catch (e) {
        if (isUniqueViolation(e) && !(requestId && (await repo.existsBy({ requestId }))))
          throw alreadyExists(`Group ${groupId} already has a live proposal`);
        throw e;
      }
    });
    return this.view(this.ds.manager, created);
  }

  async get(id: string): Promise<ProposalView> {
    const p = isUuid(id) ? await this.ds.getRepository(ProposalEntity).findOneBy({ id }) : null;
    if (!p) throw notFound('Proposal', id);
    await this.groups.load(this.ds.manager, p.groupId, false, { resource: 'Proposal', id });
    return this.view(this.ds.manager, p);
  }

  async list(q: { state?: string; programId?: string; regionCode?: string; groupId?: string; pageSize?: number; pageToken?: string }) {
    const caller = currentCaller();
    // the filter as the code list writes it: '3373' and ' 33.73' list what '33.73' lists
    const region = q.regionCode ? canonicalRegionCode(q.regionCode) : '';
    const filter = JSON.stringify([q.state ?? '', q.programId ?? '', region, q.groupId ?? '', caller?.clientId ?? caller?.sub ?? '']);
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    new Violations()
      .check(!q.state || (PROPOSAL_STATES as readonly string[]).includes(q.state), 'state', `must be one of ${PROPOSAL_STATES.join(', ')}`)
      .check(!q.programId || isUuid(q.programId), 'programId', 'must be a program id (UUID)')
      .check(!q.groupId || isUuid(q.groupId), 'groupId', 'must be a group id (UUID)')
      .check(!region || /^\d{2}(\.\d{2})?$/.test(region), 'regionCode', 'must be a province (NN) or regency (NN.NN) code')
      .check(!q.pageSize || (q.pageSize > 0 && q.pageSize <= 100), 'pageSize', 'must be 1 to 100')
      .check(!q.pageToken || cursor?.filter === filter, 'pageToken', 'is not a token of this listing')
      .throwIfAny();
    const qb = this.ds.getRepository(ProposalEntity).createQueryBuilder('p').innerJoin('tkm_groups', 'g', 'g.id = p.group_id');
    const visible = visibleGroupsCondition(caller);
    if (visible) qb.andWhere(visible.sql, visible.params);
    if (q.state) qb.andWhere('p.state = :state', { state: q.state });
    if (q.programId) qb.andWhere('p.program_id = :pid', { pid: q.programId });
    if (q.groupId) qb.andWhere('p.group_id = :gid', { gid: q.groupId });
    if (region) qb.andWhere('(p.region_code = :rc OR p.region_code LIKE :rcp)', { rc: region, rcp: `${region}.%` });
    const { page, nextPageToken } = await newestFirstPage(qb, 'p', cursor, q.pageSize || 20, filter);
    return { proposals: await Promise.all(page.map((p) => this.view(this.ds.manager, p))), nextPageToken };
  }

  /** Verification by the Disnaker of the region (regency or province) or the ministry: a checklist, or reasons for rejection. */
  async verify(id: string, decision: string, checklist: ChecklistItem[], reasons: string[]): Promise<ProposalView> {
    verificationViolations(decision, checklist, reasons).throwIfAny();
    const p = await this.outbox.run(async ({ manager, emit }) => {
      const p = await this.lockProposal(manager, id);
      const g = await this.groups.load(manager, p.groupId, false, { resource: 'Proposal', id });
      if (!isAuthority(g.access)) throw forbidden(`Only a Disnaker officer of region ${p.regionCode} or the ministry verifies proposals`);
      if (p.state !== 'SUBMITTED') throw conflict(`Proposal ${id} is ${p.state}: only a SUBMITTED proposal is verified or rejected`);
      p.state = decision as 'VERIFIED' | 'REJECTED';
      p.checklist = checklist.map((c) => ({ code: c.code, passed: c.passed, note: c.note ?? '' }));
      p.rejectionReasons = reasons.map((r) => r.trim());
      await manager.getRepository(ProposalEntity).save(p);
      await audit(manager, 'PROPOSAL', p.id, decision, 'SUBMITTED', decision, reasons.join('; '));
      emit(decision === 'VERIFIED' ? TkmProposalVerified : TkmProposalRejected, {
        subject: p.id,
        regionCode: p.regionCode,
        data: eventData(p),
      });
      return p;
    });
    return this.view(this.ds.manager, p);
  }

  /**
   * A decree approving verified proposals of one program inside its region, all or none, within the quotas of their
   * regencies and provinces. The quota rows are locked (FOR UPDATE, in region order) for the rest of the transaction, so
   * concurrent decrees queue on them and never approve past a quota; the database CHECK backs it.
   */
  async createDecree(input: NewDecree): Promise<DecreeEntity> {
    const ids = [...new Set(input.proposalIds)];
    // the decree's region as the code list writes it ('3373' and ' 33.73' are 33.73): what is checked, compared and stored
    const d = { ...input, regionCode: canonicalRegionCode(input.regionCode) };
    new Violations()
      .check(
        !!d.number?.trim() && d.number.length <= 100 && isOneLine(d.number),
        'number',
        'is required (at most 100 characters, on one line)',
      )
      .check(isUuid(d.programId), 'programId', 'must be a program id (UUID)')
      .check(
        isRegionCode(d.regionCode, 'province') || isRegionCode(d.regionCode, 'regency'),
        'regionCode',
        'must be a province (NN) or regency (NN.NN) code',
      )
      .check(!!parseYmd(d.decidedOn), 'decidedOn', 'must be a date YYYY-MM-DD (years 0001-9999)')
      .check(
        ids.length >= 1 && ids.length <= MAX_DECREE_PROPOSALS && ids.every(isUuid),
        'proposalIds',
        `must list 1 to ${MAX_DECREE_PROPOSALS} proposal ids (UUID)`,
      )
      .throwIfAny();
    const caller = currentCaller();
    if (caller && !caller.roles.includes('MINISTRY_ADMIN') && !isRegionBound(caller))
      throw forbidden('Only a Disnaker officer or the ministry issues decrees');
    assertRegionAllowed(d.regionCode);
    try {
      return await this.outbox.run(async ({ manager, emit }) => {
        const program = await manager.getRepository(ProgramEntity).findOneBy({ id: d.programId });
        if (!program) throw notFound('Program', d.programId);
        const proposals = await manager
          .getRepository(ProposalEntity)
          .createQueryBuilder('p')
          .where('p.id IN (:...ids)', { ids })
          .orderBy('p.id')
          .setLock('pessimistic_write')
          .getMany();
        for (const id of ids) if (!proposals.some((p) => p.id === id)) throw notFound('Proposal', id);
        // the region first: of a proposal outside the decree's region (another officer's), nothing more is told
        for (const p of proposals)
          if (!regionWithin(p.regionCode, d.regionCode))
            throw conflict(`Proposal ${p.id} is in region ${p.regionCode}, outside the decree's region ${d.regionCode}`);
        for (const p of proposals) {
          if (p.state !== 'VERIFIED') throw conflict(`Proposal ${p.id} is ${p.state}: only VERIFIED proposals are approved`);
          if (p.programId !== program.id) throw conflict(`Proposal ${p.id} is of another program than ${program.code} ${program.year}`);
        }
        const perRegion = new Map<string, number>();
        for (const p of proposals) for (const r of quotaRegions(p.regionCode)) perRegion.set(r, (perRegion.get(r) ?? 0) + 1);
        const regions = [...perRegion.keys()].sort();
        const rows: { region_code: string; max_groups: number; approved_groups: number }[] = await manager.query(
          `SELECT region_code, max_groups, approved_groups FROM tkm_program_quotas WHERE program_id = $1 AND region_code = ANY($2) ORDER BY region_code FOR UPDATE`,
          [program.id, regions],
        );
        const quota = rows.map((r) => ({ regionCode: r.region_code, maxGroups: r.max_groups, approvedGroups: r.approved_groups }));
        const refusal = quotaRefusal(
          [...new Set(proposals.map((p) => p.regionCode))],
          perRegion,
          quota,
          `program ${program.code} ${program.year}`,
        );
        if (refusal) throw conflict(refusal);
        for (const q of quota)
          await manager.query(
            `UPDATE tkm_program_quotas SET approved_groups = approved_groups + $3 WHERE program_id = $1 AND region_code = $2`,
            [program.id, q.regionCode, perRegion.get(q.regionCode)],
          );
        const dr = manager.getRepository(DecreeEntity);
        const decree = await dr.save(
          dr.create({
            number: d.number.trim(),
            programId: program.id,
            programYear: program.year,
            regionCode: d.regionCode,
            decidedOn: d.decidedOn,
            totalAmount: proposals.reduce((s, p) => s + p.requestedAmount, 0),
            issuedBy: actorOf(),
          }),
        );
        await audit(manager, 'DECREE', decree.id, 'ISSUED', '', '', `${decree.number}: ${proposals.length} proposals`);
        for (const p of proposals) {
          p.state = 'APPROVED';
          p.approvedAmount = p.requestedAmount;
          p.decreeId = decree.id;
          await manager.getRepository(ProposalEntity).save(p);
          await audit(manager, 'PROPOSAL', p.id, 'APPROVED', 'VERIFIED', 'APPROVED', `decree ${decree.number}`);
          emit(TkmProposalApproved, { subject: p.id, regionCode: p.regionCode, data: eventData(p, decree) });
        }
        return decree;
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw alreadyExists(`Decree number ${d.number} already exists`);
      throw e;
    }
  }

  /**
   * A decree, to who may see it: the ministry, and officers whose region holds the decree's, see it whole; anyone else
   * (an officer of a region inside it, the owner of a group it approved, its mentor) sees it with the proposals of the groups
   * he may see, and only when there is one; an officer with none is PERMISSION_DENIED, anyone else is told it does not exist.
   */
  async getDecree(id: string): Promise<{ decree: DecreeEntity; proposalIds: string[] }> {
    const decree = await findByIdOrThrow(this.ds.getRepository(DecreeEntity), id, 'Decree');
    const caller = currentCaller();
    const whole =
      !caller || caller.roles.includes('MINISTRY_ADMIN') || (isRegionBound(caller) && regionWithin(decree.regionCode, caller.regionCode));
    const qb = this.ds
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .innerJoin('tkm_groups', 'g', 'g.id = p.group_id')
      .select('p.id', 'id')
      .where('p.decree_id = :id', { id })
      .orderBy('p.id', 'ASC');
    const visible = whole ? undefined : visibleGroupsCondition(caller);
    if (visible) qb.andWhere(visible.sql, visible.params);
    const ps: { id: string }[] = await qb.getRawMany();
    if (!whole && !ps.length) {
      if (isRegionBound(caller))
        throw forbidden(`Decree ${id} is in region ${decree.regionCode}, outside the caller's region ${caller.regionCode}`);
      throw notFound('Decree', id);
    }
    return { decree, proposalIds: ps.map((p) => p.id) };
  }

  /** A tranche of an approved proposal (the proposal row locked): never more than approved in total. */
  async createTranche(
    proposalId: string,
    amount: number,
    disbursedOn: string,
    reference: string,
    clientRequestId?: string,
  ): Promise<ProposalView> {
    trancheViolations(amount, disbursedOn, reference).throwIfAny();
    const repo = this.ds.getRepository(TrancheEntity);
    const t = await onceByRequestId(repo, clientRequestId, async (requestId, key) => {
      try {
        return await this.outbox.run(async ({ manager, emit }) => {
          const p = await this.lockProposal(manager, proposalId);
          const g = await this.groups.load(manager, p.groupId, false, { resource: 'Proposal', id: proposalId });
          if (!isAuthority(g.access))
            throw forbidden(`Only a Disnaker officer of region ${p.regionCode} or the ministry disburses tranches`);
          const refusal = trancheRefusal(p, amount);
          if (refusal) throw conflict(refusal);
          const tr = manager.getRepository(TrancheEntity);
          const t = await tr.save(
            tr.create({ proposalId: p.id, amount, disbursedOn, reference: reference.trim(), requestId, requestHash: key.requestHash }),
          );
          const from = p.state;
          p.disbursedAmount += amount;
          if (p.disbursedAmount === p.approvedAmount) p.state = 'DISBURSED';
          await manager.getRepository(ProposalEntity).save(p);
          await audit(manager, 'PROPOSAL', p.id, 'TRANCHE_DISBURSED', from, p.state, `${amount} (${t.reference})`);
          emit(TkmTrancheDisbursed, { subject: p.id, regionCode: p.regionCode, data: eventData(p) });
          return t;
        });
      } catch (e) {
        if (isUniqueViolation(e) && !(requestId && (await repo.existsBy({ requestId }))))
          throw alreadyExists(`Proposal ${proposalId} already has a tranche with reference ${reference}`);
        throw e;
      }
    });
    return this.get(t.proposalId);
  }

  private async lockProposal(m: EntityManager, id: string): Promise<ProposalEntity> {
    const p = isUuid(id) ? await m.getRepository(ProposalEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!p) throw notFound('Proposal', id);
    return p;
  }

  async view(m: EntityManager, p: ProposalEntity): Promise<ProposalView> {
    const [tranches, history, decree] = await readAll(m, [
      () => m.getRepository(TrancheEntity).find({ where: { proposalId: p.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      () => m.getRepository(HistoryEntity).find({ where: { aggregateId: p.id }, order: { id: 'ASC' } }),
      () => (p.decreeId ? m.getRepository(DecreeEntity).findOneBy({ id: p.decreeId }) : null),
    ]);
    return { proposal: p, decreeNumber: decree?.number ?? '', tranches, history };
  }

  /** Has the group an approved (funded) proposal? Business reports follow the assistance. */
  async funded(m: EntityManager, groupId: string): Promise<ProposalEntity | null> {
    return m.getRepository(ProposalEntity).findOne({ where: { groupId, state: In(['APPROVED', 'DISBURSED']) } });
  }
}
