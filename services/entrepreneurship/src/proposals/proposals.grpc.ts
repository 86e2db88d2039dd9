import { Controller } from '@nestjs/common';
import { GrpcService, fromProtoInt64, type GrpcControllerOf, type entrepreneurshipV1 } from '@siapkerja/contracts';
import { ProposalsService, type ProposalView } from './proposals.service';

export function toProposalMessage(v: ProposalView): entrepreneurshipV1.Proposal {
  const p = v.proposal;
  return {
    id: p.id,
    groupId: p.groupId,
    programId: p.programId,
    programYear: p.programYear,
    regionCode: p.regionCode,
    state: p.state,
    requestedAmount: String(p.requestedAmount),
    approvedAmount: String(p.approvedAmount),
    disbursedAmount: String(p.disbursedAmount),
    checklist: p.checklist,
    rejectionReasons: p.rejectionReasons,
    decreeId: p.decreeId ?? '',
    decreeNumber: v.decreeNumber,
    tranches: v.tranches.map((t) => ({
      id: t.id,
      amount: String(t.amount),
      disbursedOn: t.disbursedOn,
      reference: t.reference,
      createTime: t.createdAt.toISOString(),
    })),
    history: v.history.map((h) => ({
      action: h.action,
      fromState: h.fromState,
      toState: h.toState,
      actor: h.actor,
      note: h.note,
      time: h.at.toISOString(),
    })),
    createTime: p.createdAt.toISOString(),
    updateTime: p.updatedAt.toISOString(),
  };
}

@Controller()
@GrpcService('entrepreneurship')
export class ProposalsGrpc implements GrpcControllerOf<'entrepreneurship'> {
  constructor(private readonly proposals: ProposalsService) {}

  async submitProposal(req: entrepreneurshipV1.SubmitProposalRequest__Output) {
    return toProposalMessage(await this.proposals.submit(req.groupId, req.requestId || undefined));
  }

  async getProposal(req: entrepreneurshipV1.GetProposalRequest__Output) {
    return toProposalMessage(await this.proposals.get(req.id));
  }

  async listProposals(req: entrepreneurshipV1.ListProposalsRequest__Output) {
    const r = await this.proposals.list(req);
    return { proposals: r.proposals.map(toProposalMessage), nextPageToken: r.nextPageToken };
  }

  async verifyProposal(req: entrepreneurshipV1.VerifyProposalRequest__Output) {
    return toProposalMessage(await this.proposals.verify(req.id, req.decision, req.checklist ?? [], req.rejectionReasons ?? []));
  }

  async createDecree(req: entrepreneurshipV1.CreateDecreeRequest__Output) {
    const d = await this.proposals.createDecree({
      number: req.number,
      programId: req.programId,
      regionCode: req.regionCode,
      decidedOn: req.decidedOn,
      proposalIds: req.proposalIds ?? [],
    });
    return this.getDecree({ id: d.id });
  }

  async getDecree(req: entrepreneurshipV1.GetDecreeRequest__Output) {
    const { decree: d, proposalIds } = await this.proposals.getDecree(req.id);
    return {
      id: d.id,
      number: d.number,
      programId: d.programId,
      programYear: d.programYear,
      regionCode: d.regionCode,
      decidedOn: d.decidedOn,
      proposalIds,
      totalAmount: String(d.totalAmount),
      createTime: d.createdAt.toISOString(),
    };
  }

  async createTranche(req: entrepreneurshipV1.CreateTrancheRequest__Output) {
    return toProposalMessage(
      await this.proposals.createTranche(
        req.proposalId,
        fromProtoInt64(req.amount, { unsigned: true }),
        req.disbursedOn,
        req.reference,
        req.requestId || undefined,
      ),
    );
  }
}
