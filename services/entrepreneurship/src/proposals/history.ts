import type { EntityManager } from 'typeorm';
import { currentCaller } from '@siapkerja/authz';
import { HistoryEntity } from './proposal.entity';

/** Who acted, as the audit trail names him: the client, else the account, else the platform itself. */
export function actorOf(): string {
  const c = currentCaller();
  return c?.clientId ?? c?.sub ?? 'system';
}

/** Records one state change in the audit trail, in the transaction of the change. */
export async function audit(
  m: EntityManager,
  aggregate: 'PROGRAM' | 'GROUP' | 'PROPOSAL' | 'DECREE' | 'REPORT',
  aggregateId: string,
  action: string,
  fromState = '',
  toState = '',
  note = '',
): Promise<void> {
  await m
    .getRepository(HistoryEntity)
    .insert({ aggregate, aggregateId, action, fromState, toState, actor: actorOf(), note: note.slice(0, 2000) });
}
