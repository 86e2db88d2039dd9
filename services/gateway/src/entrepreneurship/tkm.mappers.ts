import type { entrepreneurshipV1 } from '@siapkerja/contracts';
import { toTrancheDto } from '../generated/entrepreneurship.views';
import type { BusinessReportDto, ProposalDto } from './tkm.dto';

/** int64 arrives as a decimal string; Rupiah amounts stay below 2^53. */
const num = (v: string | number) => Number(v);

export function toProposalDto(p: entrepreneurshipV1.Proposal__Output): ProposalDto {
  return {
    id: p.id,
    groupId: p.groupId,
    programId: p.programId,
    programYear: p.programYear,
    regionCode: p.regionCode,
    state: p.state,
    requestedAmount: num(p.requestedAmount),
    approvedAmount: num(p.approvedAmount),
    disbursedAmount: num(p.disbursedAmount),
    checklist: p.checklist.map((c) => ({ code: c.code, passed: c.passed, note: c.note })),
    rejectionReasons: p.rejectionReasons,
    decreeId: p.decreeId || null,
    decreeNumber: p.decreeNumber || null,
    tranches: p.tranches.map(toTrancheDto),
    history: p.history.map((h) => ({
      action: h.action,
      fromState: h.fromState,
      toState: h.toState,
      actor: h.actor,
      note: h.note,
      at: h.time,
    })),
    createdAt: p.createTime,
    updatedAt: p.updateTime,
  };
}

export function toReportDto(r: entrepreneurshipV1.BusinessReport__Output): BusinessReportDto {
  return {
    id: r.id,
    groupId: r.groupId,
    kind: r.kind,
    period: r.period,
    revenue: num(r.revenue),
    activeMembers: r.activeMembers,
    workersHired: r.workersHired,
    notes: r.notes,
    state: r.state,
    reviewNote: r.reviewNote,
    placementsRecorded: r.placementsRecorded,
    createdAt: r.createTime,
    reviewedAt: r.reviewTime || null,
  };
}
