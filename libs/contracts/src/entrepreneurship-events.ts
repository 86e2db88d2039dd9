import { defineEvent } from '@siapkerja/events';

/*
 * TKM (entrepreneurship) facts other than the first-release group registration (events.ts) and the self-employment
 * placements (link-and-match-events.ts). No personal data: groups are named by id, never by their members.
 */

/** A TKM program was defined (its amounts and rules are data). Topic siapkerja.entrepreneurship.program.v1, keyed by program id. */
export interface TkmProgramEventData {
  programId: string;
  code: string;
  year: number;
  fundingBasis: string;
  amount: number;
  occurredAt: string;
}
export const TkmProgramDefined = defineEvent<TkmProgramEventData>(
  'siapkerja.entrepreneurship.program.v1',
  'siapkerja.entrepreneurship.program.defined',
);

/**
 * A group changed (members joined or left, mentor assigned, status ACTIVE/GROWING/STOPPED). On the group topic, keyed by
 * the group id, after its TkmGroupRegistered. Counts only: no member is named.
 */
export interface TkmGroupChangedData {
  groupId: string;
  programId: string;
  programCode: string;
  programYear: number;
  regionCode: string;
  status: string;
  memberCount: number;
  kbliCode: string;
  mentorAssigned: boolean;
  /** MEMBER_JOINED, MEMBER_LEFT, MENTOR_ASSIGNED, STATUS_CHANGED */
  change: string;
  occurredAt: string;
}
export const TkmGroupChanged = defineEvent<TkmGroupChangedData>(
  'siapkerja.entrepreneurship.group.v1',
  'siapkerja.entrepreneurship.group.changed',
);

/**
 * A proposal changed state: submitted, verified, rejected, approved (in a decree), a tranche disbursed. Topic
 * siapkerja.entrepreneurship.proposal.v1, keyed by the proposal id; the decisions (verified, rejected, approved) are what
 * webhooks announce.
 */
export interface TkmProposalEventData {
  proposalId: string;
  groupId: string;
  programId: string;
  programYear: number;
  regionCode: string;
  state: string;
  requestedAmount: number;
  approvedAmount: number;
  disbursedAmount: number;
  decreeId: string;
  decreeNumber: string;
  /** rejection reasons (no personal data: chosen by the verifier) */
  reasons: string[];
  occurredAt: string;
}
const PROPOSAL_TOPIC = 'siapkerja.entrepreneurship.proposal.v1';
export const TkmProposalSubmitted = defineEvent<TkmProposalEventData>(PROPOSAL_TOPIC, 'siapkerja.entrepreneurship.proposal.submitted');
export const TkmProposalVerified = defineEvent<TkmProposalEventData>(PROPOSAL_TOPIC, 'siapkerja.entrepreneurship.proposal.verified');
export const TkmProposalRejected = defineEvent<TkmProposalEventData>(PROPOSAL_TOPIC, 'siapkerja.entrepreneurship.proposal.rejected');
export const TkmProposalApproved = defineEvent<TkmProposalEventData>(PROPOSAL_TOPIC, 'siapkerja.entrepreneurship.proposal.approved');
export const TkmTrancheDisbursed = defineEvent<TkmProposalEventData>(
  PROPOSAL_TOPIC,
  'siapkerja.entrepreneurship.proposal.tranche-disbursed',
);
/** The proposal decisions partners may be told of (feed and webhooks), once integration projects them. */
export const TKM_PROPOSAL_DECISION_EVENTS = [TkmProposalVerified, TkmProposalRejected, TkmProposalApproved] as const;

/** A business report was submitted, accepted or rejected. Topic siapkerja.entrepreneurship.report.v1, keyed by the group id. */
export interface TkmBusinessReportEventData {
  reportId: string;
  groupId: string;
  regionCode: string;
  kind: string;
  period: string;
  state: string;
  revenue: number;
  activeMembers: number;
  workersHired: number;
  occurredAt: string;
}
const REPORT_TOPIC = 'siapkerja.entrepreneurship.report.v1';
export const TkmBusinessReportSubmitted = defineEvent<TkmBusinessReportEventData>(
  REPORT_TOPIC,
  'siapkerja.entrepreneurship.report.submitted',
);
export const TkmBusinessReportReviewed = defineEvent<TkmBusinessReportEventData>(
  REPORT_TOPIC,
  'siapkerja.entrepreneurship.report.reviewed',
);
