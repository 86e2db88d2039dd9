import { assertRegionAllowed } from '@siapkerja/authz';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isRegionCode } from '@siapkerja/codes';
import { Violations } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import { findByIdOrThrow, onceByRequestId } from '@siapkerja/persistence';
import { GroupEntity, PROGRAM_KINDS, type ProgramKindValue } from './group.entity';
import { TkmGroupRegistered } from './groups.events';

export interface NewGroup {
  name: string;
  programKind: string;
  regionCode: string;
  memberCount: number;
  businessField?: string;
}

export const MAX_TEXT = 200;
/** Bounds of a group's size (typical: about 10 for Pemula, about 30 for Padat Karya); the DB CHECK mirrors them. */
export const MEMBER_COUNT = { min: 1, max: 100 } as const;

@Injectable()
export class GroupsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
  ) {}

  /** Registers a TKM group; the same requestId of the same caller returns the first result (safe retry). */
  async register(input: NewGroup, clientRequestId?: string): Promise<GroupEntity> {
    return onceByRequestId(this.ds.getRepository(GroupEntity), clientRequestId, async (requestId) => {
      const v = new Violations();
      v.check(!!input.name?.trim() && input.name.length <= MAX_TEXT, 'name', `is required (at most ${MAX_TEXT} characters)`);
      v.check(
        (PROGRAM_KINDS as readonly string[]).includes(input.programKind),
        'programKind',
        `must be one of ${PROGRAM_KINDS.join(', ')}`,
      );
      v.check(isRegionCode(input.regionCode, 'regency'), 'regionCode', 'must be an existing Kemendagri regency code (NN.NN)');
      v.check(
        Number.isInteger(input.memberCount) && input.memberCount >= MEMBER_COUNT.min && input.memberCount <= MEMBER_COUNT.max,
        'memberCount',
        `must be an integer from ${MEMBER_COUNT.min} to ${MEMBER_COUNT.max}`,
      );
      v.check((input.businessField ?? '').length <= MAX_TEXT, 'businessField', `must be at most ${MAX_TEXT} characters`);
      v.throwIfAny();
      assertRegionAllowed(input.regionCode);

      return this.outbox.run(async ({ manager, emit }) => {
        const repo = manager.getRepository(GroupEntity);
        const group = await repo.save(
          repo.create({
            name: input.name.trim(),
            programKind: input.programKind as ProgramKindValue,
            regionCode: input.regionCode,
            memberCount: input.memberCount,
            businessField: (input.businessField ?? '').trim(),
            requestId,
          }),
        );
        emit(TkmGroupRegistered, {
          subject: group.id,
          regionCode: group.regionCode,
          data: {
            groupId: group.id,
            programKind: group.programKind,
            regionCode: group.regionCode,
            memberCount: group.memberCount,
            registeredAt: group.createdAt.toISOString(),
          },
        });
        return group;
      });
    });
  }

  async get(id: string): Promise<GroupEntity> {
    return findByIdOrThrow(this.ds.getRepository(GroupEntity), id, 'Group');
  }
}
