import type { entrepreneurshipV1 } from '@siapkerja/contracts';
import type { BusinessReportDto, DecreeDto, GroupDto, MentorVisitDto, TkmProgramDto, ProposalDto } from './tkm.dto';

/** int64 arrives as a decimal string; Rupiah amounts stay below 2^53. */
const num = (v: string | number) => Number(v);

export function toProgramDto(p: entrepreneurshipV1.Program__Output): TkmProgramDto {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    year: p.year,
    fundingBasis: p.fundingBasis,
    amount: num(p.amount),
    workDays: p.workDays,
    minMembers: p.minMembers,
    maxMembers: p.maxMembers,
    minAge: p.minAge,
    maxAge: p.maxAge,
    eligibleStatuses: p.eligibleStatuses,
    residenceRule: p.residenceRule,
    requiresTraining: p.requiresTraining,
    trainingProgramIds: p.trainingProgramIds,
    quotas: p.quotas.map((q) => ({ regionCode: q.regionCode, maxGroups: q.maxGroups, approvedGroups: q.approvedGroups })),
    createdAt: p.createTime,
  };
}

export function toGroupDto(g: entrepreneurshipV1.Group__Output): GroupDto {
  return {
    id: g.id,
    name: g.name,
    programKind: g.programCode,
    programId: g.programId,
    programYear: g.programYear,
    regionCode: g.regionCode,
    memberCount: g.memberCount,
    businessField: g.businessField,
    status: g.status,
    businessPlan: {
      kbliCode: g.businessPlan?.kbliCode ?? '',
      description: g.businessPlan?.description ?? '',
      locationRegionCode: g.businessPlan?.locationRegionCode ?? '',
    },
    mentorAccountId: g.mentorAccountId || null,
    members: g.members.map((m) => ({
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
      joinedAt: m.joinTime,
      leftAt: m.leaveTime || null,
    })),
    createdAt: g.createTime,
    updatedAt: g.updateTime,
  };
}

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
    tranches: p.tranches.map((t) => ({
      id: t.id,
      amount: num(t.amount),
      disbursedOn: t.disbursedOn,
      reference: t.reference,
      createdAt: t.createTime,
    })),
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

export function toDecreeDto(d: entrepreneurshipV1.Decree__Output): DecreeDto {
  return {
    id: d.id,
    number: d.number,
    programId: d.programId,
    programYear: d.programYear,
    regionCode: d.regionCode,
    decidedOn: d.decidedOn,
    proposalIds: d.proposalIds,
    totalAmount: num(d.totalAmount),
    createdAt: d.createTime,
  };
}

export function toVisitDto(v: entrepreneurshipV1.MentorVisit__Output): MentorVisitDto {
  return {
    id: v.id,
    groupId: v.groupId,
    visitedOn: v.visitedOn,
    notes: v.notes,
    mentorAccountId: v.mentorAccountId,
    createdAt: v.createTime,
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
