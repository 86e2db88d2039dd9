import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, type trainingV1 } from '@siapkerja/contracts';
import type { ProgramEntity } from './program.entity';
import { ProgramsService } from './programs.service';

export function toProgramMessage(p: ProgramEntity): trainingV1.Program {
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
  };
}

@Controller()
@GrpcService('training')
export class ProgramsGrpc implements GrpcControllerOf<'training'> {
  constructor(private readonly programs: ProgramsService) {}

  async createProgram(req: trainingV1.CreateProgramRequest__Output) {
    const p = req.program ?? ({} as trainingV1.Program__Output);
    const created = await this.programs.publish(
      {
        providerName: p.providerName,
        title: p.title,
        regionCode: p.regionCode,
        kbjiCode: p.kbjiCode,
        competencyUnits: p.competencyUnits,
        durationDays: p.durationDays,
        capacity: p.capacity,
      },
      req.requestId || undefined,
    );
    return toProgramMessage(created);
  }

  async getProgram(req: trainingV1.GetProgramRequest__Output) {
    return toProgramMessage(await this.programs.get(req.id));
  }

  async listPrograms(req: trainingV1.ListProgramsRequest__Output): Promise<trainingV1.ListProgramsResponse> {
    const page = await this.programs.list({
      competencyUnits: req.competencyUnits,
      regionCode: req.regionCode,
      pageSize: req.pageSize,
      pageToken: req.pageToken,
    });
    return { programs: page.programs.map(toProgramMessage), nextPageToken: page.nextPageToken };
  }
}
