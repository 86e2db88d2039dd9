import { Controller } from '@nestjs/common';
import { GrpcService, fromProtoEnum, fromProtoInt64, toProtoEnum, type GrpcControllerOf, type trainingV1 } from '@siapkerja/contracts';
import type { EligibilityRules } from './eligibility.rules';
import type { ProgramFields } from './programs.rules';
import { ProgramsService, type ProgramView } from './programs.service';

export function toProgramMessage(v: ProgramView): trainingV1.Program {
  const p = v.program;
  const e = p.eligibility ?? {};
  return {
    id: p.id,
    providerName: p.providerName,
    title: p.title,
    regionCode: p.regionCode,
    kbjiCode: p.kbjiCode,
    competencyUnits: p.competencyUnits,
    durationDays: p.durationDays,
    capacity: p.capacity,
    createTime: p.createdAt.toISOString(),
    ownerClientId: p.ownerClientId ?? '',
    providerId: p.providerId,
    description: p.description,
    certificationSchemeId: p.certificationSchemeId,
    durationHours: p.durationHours,
    mode: toProtoEnum('PROGRAM_MODE', p.mode) as trainingV1.ProgramMode,
    eligibility: {
      minAge: e.minAge ?? 0,
      maxAge: e.maxAge ?? 0,
      minEducation: e.minEducation ?? '',
      sex: e.sex ?? 0,
      residenceRegionCodes: e.residenceRegionCodes ?? [],
      jobSeekerRequired: !!e.jobSeekerRequired,
    },
    costIdr: String(p.costIdr),
    state: toProtoEnum('PROGRAM_STATE', p.state) as trainingV1.ProgramState,
    attendanceThresholdPercent: p.attendanceThreshold,
    passingScore: p.passingScore,
    providerKind: toProtoEnum('PROVIDER_KIND', v.providerKind) as trainingV1.ProviderKind,
    updateTime: p.updatedAt.toISOString(),
    hasOpenBatch: v.hasOpenBatch,
  };
}

/** The program fields of a request message (proto defaults included; the mask or create decides which count). */
function fieldsOf(p: trainingV1.Program__Output): Partial<ProgramFields> {
  const e = p.eligibility;
  const eligibility: EligibilityRules = e
    ? {
        minAge: e.minAge,
        maxAge: e.maxAge,
        minEducation: e.minEducation,
        sex: e.sex,
        residenceRegionCodes: e.residenceRegionCodes,
        jobSeekerRequired: e.jobSeekerRequired,
      }
    : {};
  return {
    title: p.title,
    description: p.description,
    regionCode: p.regionCode,
    kbjiCode: p.kbjiCode,
    competencyUnits: p.competencyUnits,
    certificationSchemeId: p.certificationSchemeId,
    durationDays: p.durationDays,
    durationHours: p.durationHours,
    mode: fromProtoEnum('PROGRAM_MODE', p.mode) || 'OFFLINE',
    eligibility,
    costIdr: fromProtoInt64(p.costIdr, { unsigned: true }),
    capacity: p.capacity,
    attendanceThreshold: p.attendanceThresholdPercent,
    passingScore: p.passingScore,
  };
}

/** Proto field-mask paths (snake or camel case) as the service's field names. */
const MASK_FIELD: Record<string, keyof ProgramFields> = {
  attendance_threshold_percent: 'attendanceThreshold',
  attendanceThresholdPercent: 'attendanceThreshold',
};
const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

@Controller()
@GrpcService('training')
export class ProgramsGrpc implements GrpcControllerOf<'training'> {
  constructor(private readonly programs: ProgramsService) {}

  async createProgram(req: trainingV1.CreateProgramRequest__Output) {
    const p = req.program ?? ({} as trainingV1.Program__Output);
    const created = await this.programs.publish(
      {
        ...fieldsOf(p),
        providerId: p.providerId,
        providerName: p.providerName,
        state: fromProtoEnum('PROGRAM_STATE', p.state),
      },
      req.requestId || undefined,
    );
    return toProgramMessage(created);
  }

  async updateProgram(req: trainingV1.UpdateProgramRequest__Output) {
    const p = req.program ?? ({} as trainingV1.Program__Output);
    const mask = (req.updateMask?.paths ?? []).map((path) => MASK_FIELD[path] ?? camel(path));
    return toProgramMessage(await this.programs.update(p.id, fieldsOf(p), mask));
  }

  async publishProgram(req: trainingV1.PublishProgramRequest__Output) {
    return toProgramMessage(await this.programs.transition(req.id, 'PUBLISHED'));
  }

  async withdrawProgram(req: trainingV1.WithdrawProgramRequest__Output) {
    return toProgramMessage(await this.programs.transition(req.id, 'WITHDRAWN', req.reason));
  }

  async getProgram(req: trainingV1.GetProgramRequest__Output) {
    return toProgramMessage(await this.programs.get(req.id));
  }

  async listPrograms(req: trainingV1.ListProgramsRequest__Output): Promise<trainingV1.ListProgramsResponse> {
    const page = await this.programs.list({
      competencyUnits: req.competencyUnits,
      regionCode: req.regionCode,
      kbjiCode: req.kbjiCode,
      mode: fromProtoEnum('PROGRAM_MODE', req.mode),
      hasOpenBatch: req.hasOpenBatch,
      query: req.query,
      providerId: req.providerId,
      state: fromProtoEnum('PROGRAM_STATE', req.state),
      pageSize: req.pageSize,
      pageToken: req.pageToken,
    });
    return { programs: page.programs.map(toProgramMessage), nextPageToken: page.nextPageToken };
  }
}
