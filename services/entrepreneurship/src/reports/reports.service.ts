import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { currentCaller } from '@siapkerja/authz';
import { todayWib } from '@siapkerja/codes';
import {
  SelfEmploymentPlacementRecorded,
  TkmBusinessReportReviewed,
  TkmBusinessReportSubmitted,
  type TkmBusinessReportEventData,
} from '@siapkerja/contracts';
import { alreadyExists, conflict, forbidden, notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import { isUniqueViolation, isUuid, onceByRequestId } from '@siapkerja/persistence';
import { isAuthority, isManager } from '../groups/group-access';
import type { GroupEntity } from '../groups/group.entity';
import { GroupsService } from '../groups/groups.service';
import { audit } from '../proposals/history';
import { ProposalsService } from '../proposals/proposals.service';
import { BusinessReportEntity, MentorVisitEntity } from './report.entity';
import { placementsOf, REVIEW_DECISIONS, reportViolations, visitViolations, type NewReport } from './reports.rules';

function reportEvent(r: BusinessReportEntity, g: GroupEntity): TkmBusinessReportEventData {
  return {
    reportId: r.id,
    groupId: r.groupId,
    regionCode: g.regionCode,
    kind: r.kind,
    period: r.period,
    state: r.state,
    revenue: r.revenue,
    activeMembers: r.activeMembers,
    workersHired: r.workersHired,
    occurredAt: new Date().toISOString(),
  };
}

@Injectable()
export class ReportsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly groups: GroupsService,
    private readonly proposals: ProposalsService,
  ) {}

  /** A mentor's visit: the group's assigned mentor, officers of the region or the ministry. */
  async createVisit(groupId: string, visitedOn: string, notes: string, now: Date = new Date()): Promise<MentorVisitEntity> {
    visitViolations(visitedOn, notes, todayWib(now)).throwIfAny();
    return this.ds.transaction(async (m) => {
      const g = await this.groups.load(m, groupId);
      if (g.access !== 'MENTOR' && !isAuthority(g.access))
        throw forbidden(`Only the mentor of group ${groupId}, a Disnaker officer of its region or the ministry records visits`);
      const r = m.getRepository(MentorVisitEntity);
      const visit = await r.save(r.create({ groupId, visitedOn, notes: notes.trim(), mentorAccountId: currentCaller()?.sub ?? 'system' }));
      await audit(m, 'GROUP', groupId, 'MENTOR_VISIT', '', '', visitedOn);
      return visit;
    });
  }

  async listVisits(groupId: string): Promise<MentorVisitEntity[]> {
    await this.groups.load(this.ds.manager, groupId);
    return this.ds
      .getRepository(MentorVisitEntity)
      .find({ where: { groupId }, order: { visitedOn: 'DESC', createdAt: 'DESC' }, take: 500 });
  }

  /** A business report of a funded group, by its owner or mentor; one per kind and period (a re-sent report is refused). */
  async createReport(groupId: string, input: NewReport, clientRequestId?: string, now: Date = new Date()): Promise<BusinessReportEntity> {
    reportViolations(input, todayWib(now)).throwIfAny();
    const repo = this.ds.getRepository(BusinessReportEntity);
    return onceByRequestId(repo, clientRequestId, async (requestId, key) => {
      try {
        return await this.outbox.run(async ({ manager, emit }) => {
          const g = await this.groups.load(manager, groupId, true);
          if (g.access !== 'MENTOR' && !isManager(g.access))
            throw forbidden(`Only the owner or mentor of group ${groupId}, a Disnaker officer of its region or the ministry reports`);
          if (g.group.status === 'STOPPED') throw conflict(`Group ${groupId} is STOPPED`);
          if (!(await this.proposals.funded(manager, groupId)))
            throw conflict(`Group ${groupId} has no approved proposal: business reports follow the assistance`);
          const prior = await manager
            .getRepository(BusinessReportEntity)
            .createQueryBuilder('r')
            .where('r.group_id = :groupId AND r.kind = :kind AND r.period = :period AND r.state <> :rejected', {
              groupId,
              kind: input.kind,
              period: input.period,
              rejected: 'REJECTED',
            })
            .getOne();
          if (prior)
            throw alreadyExists(`Group ${groupId} already reported ${input.kind} ${input.period}: report ${prior.id}`, {
              existingId: prior.id,
            });
          const r = manager.getRepository(BusinessReportEntity);
          const report = await r.save(
            r.create({
              groupId,
              kind: input.kind as 'PERIODIC' | 'FINAL',
              period: input.period,
              revenue: input.revenue,
              activeMembers: input.activeMembers,
              workersHired: input.workersHired,
              notes: (input.notes ?? '').trim(),
              state: 'SUBMITTED',
              reviewNote: '',
              placementsRecorded: 0,
              submittedBy: currentCaller()?.clientId ?? currentCaller()?.sub ?? 'system',
              reviewedBy: null,
              requestId,
              requestHash: key.requestHash,
              reviewedAt: null,
            }),
          );
          await audit(manager, 'REPORT', report.id, 'SUBMITTED', '', 'SUBMITTED', `${report.kind} ${report.period}`);
          emit(TkmBusinessReportSubmitted, { subject: groupId, regionCode: g.group.regionCode, data: reportEvent(report, g.group) });
          return report;
        });
      } catch (e) {
        if (isUniqueViolation(e) && !(requestId && (await repo.existsBy({ requestId }))))
          throw alreadyExists(`Group ${groupId} already reported ${input.kind} ${input.period}`);
        throw e;
      }
    });
  }

  async listReports(groupId: string): Promise<BusinessReportEntity[]> {
    await this.groups.load(this.ds.manager, groupId);
    return this.ds
      .getRepository(BusinessReportEntity)
      .find({ where: { groupId }, order: { period: 'DESC', createdAt: 'DESC' }, take: 500 });
  }

  /**
   * Accepts or rejects a report (the mentor, officers of the region, the ministry). Accepting one records the group's
   * self-employment placements: each active member once, each hired worker once (keys in tkm_placements, so a member who
   * left, a re-sent report or a second acceptance never yields a second placement). A business that hires becomes GROWING.
   */
  async review(id: string, decision: string, note: string, groupId = '', now: Date = new Date()): Promise<BusinessReportEntity> {
    new Violations()
      .check((REVIEW_DECISIONS as readonly string[]).includes(decision), 'decision', `must be one of ${REVIEW_DECISIONS.join(', ')}`)
      .check((note ?? '').length <= 2000, 'note', 'must be at most 2000 characters')
      .throwIfAny();
    return this.outbox.run(async ({ manager, emit }) => {
      const report = isUuid(id)
        ? await manager.getRepository(BusinessReportEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!report || (groupId && report.groupId !== groupId)) throw notFound('Report', id);
      const g = await this.groups.load(manager, report.groupId, true, { resource: 'Report', id });
      if (g.access !== 'MENTOR' && !isAuthority(g.access))
        throw forbidden(`Only the mentor of group ${report.groupId}, a Disnaker officer of its region or the ministry reviews reports`);
      if (report.state !== 'SUBMITTED') throw conflict(`Report ${id} is ${report.state}: only a SUBMITTED report is reviewed`);
      report.state = decision as 'ACCEPTED' | 'REJECTED';
      report.reviewNote = (note ?? '').trim();
      report.reviewedBy = currentCaller()?.sub ?? 'system';
      report.reviewedAt = now;
      if (report.state === 'ACCEPTED' && g.group.status !== 'STOPPED') {
        const placedAt = todayWib(now);
        for (const p of placementsOf(g.group, g.members, report.workersHired, placedAt, now.toISOString())) {
          const inserted: unknown[] = await manager.query(
            `INSERT INTO tkm_placements (placement_key, group_id, report_id, role, person_id, placed_at) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (placement_key) DO NOTHING RETURNING placement_key`,
            [p.placementKey, p.groupId, report.id, p.role, p.personId, p.placedAt],
          );
          if (!inserted.length) continue;
          report.placementsRecorded++;
          emit(SelfEmploymentPlacementRecorded, { subject: g.group.id, regionCode: p.regionCode, data: p });
        }
        if (report.workersHired > 0)
          await this.groups.setStatus(manager, g.group, 'GROWING', `report ${report.period}: ${report.workersHired} workers`, emit);
      }
      await manager.getRepository(BusinessReportEntity).save(report);
      await audit(manager, 'REPORT', report.id, decision, 'SUBMITTED', decision, report.reviewNote);
      emit(TkmBusinessReportReviewed, { subject: report.groupId, regionCode: g.group.regionCode, data: reportEvent(report, g.group) });
      return report;
    });
  }
}
