import { Controller } from '@nestjs/common';
import { GrpcService, fromProtoInt64, type GrpcControllerOf, type entrepreneurshipV1 } from '@siapkerja/contracts';
import type { FUNDING_BASES, RESIDENCE_RULES } from './program.entity';
import { ProgramsService, type ProgramView } from './programs.service';

export function toProgramMessage(v: ProgramView): entrepreneurshipV1.Program {
  const p = v.program;
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    year: p.year,
    fundingBasis: p.fundingBasis,
    amount: String(p.amount),
    workDays: p.workDays,
    minMembers: p.minMembers,
    maxMembers: p.maxMembers,
    minAge: p.minAge,
    maxAge: p.maxAge,
    eligibleStatuses: p.eligibleStatuses,
    residenceRule: p.residenceRule,
    requiresTraining: p.requiresTraining,
    trainingProgramIds: p.trainingProgramIds,
    quotas: v.quotas.map((q) => ({ regionCode: q.regionCode, maxGroups: q.maxGroups, approvedGroups: q.approvedGroups })),
    createTime: p.createdAt.toISOString(),
  };
}

@Controller()
@GrpcService('entrepreneurship')
export class ProgramsGrpc implements GrpcControllerOf<'entrepreneurship'> {
  constructor(private readonly programs: ProgramsService) {}

  async createProgram(req: entrepreneurshipV1.CreateProgramRequest__Output) {
    const p = req.program ?? ({} as entrepreneurshipV1.Program__Output);
    const created = await this.programs.create(
      {
        code: p.code,
        name: p.name,
        year: p.year,
        fundingBasis: p.fundingBasis as (typeof FUNDING_BASES)[number],
        amount: fromProtoInt64(p.amount, { unsigned: true }),
        workDays: p.workDays,
        minMembers: p.minMembers,
        maxMembers: p.maxMembers,
        minAge: p.minAge,
        maxAge: p.maxAge,
        eligibleStatuses: p.eligibleStatuses ?? [],
        residenceRule: (p.residenceRule || 'ANY') as (typeof RESIDENCE_RULES)[number],
        requiresTraining: p.requiresTraining,
        trainingProgramIds: p.trainingProgramIds ?? [],
      },
      req.requestId || undefined,
    );
    return toProgramMessage(created);
  }

  async getProgram(req: entrepreneurshipV1.GetProgramRequest__Output) {
    return toProgramMessage(await this.programs.get(req.id));
  }

  async listPrograms(req: entrepreneurshipV1.ListProgramsRequest__Output) {
    const r = await this.programs.list({ year: req.year, code: req.code, pageSize: req.pageSize, pageToken: req.pageToken });
    return { programs: r.programs.map(toProgramMessage), nextPageToken: r.nextPageToken };
  }

  async setProgramQuota(req: entrepreneurshipV1.SetProgramQuotaRequest__Output) {
    return toProgramMessage(await this.programs.setQuota(req.programId, req.regionCode, req.maxGroups));
  }
}
