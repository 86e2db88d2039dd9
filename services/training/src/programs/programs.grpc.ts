import { Injectable } from '@nestjs/common';
import type { trainingV1 } from '@siapkerja/contracts';
import type { UnaryHandler } from '@siapkerja/grpc';
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

@Injectable()
export class ProgramsGrpc {
  constructor(private readonly programs: ProgramsService) {}

  handlers(): Record<string, UnaryHandler> {
    return {
      CreateProgram: async (req: trainingV1.CreateProgramRequest__Output) => {
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
      },
      GetProgram: async (req: trainingV1.GetProgramRequest__Output) => toProgramMessage(await this.programs.get(req.id)),
      ListPrograms: async (req: trainingV1.ListProgramsRequest__Output): Promise<trainingV1.ListProgramsResponse> => {
        const page = await this.programs.list({
          competencyUnits: req.competencyUnits,
          regionCode: req.regionCode,
          pageSize: req.pageSize,
          pageToken: req.pageToken,
        });
        return { programs: page.programs.map(toProgramMessage), nextPageToken: page.nextPageToken };
      },
    };
  }
}
