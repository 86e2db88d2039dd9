import type { EntityManager } from 'typeorm';
import { PersonErasureRequested, PersonProcessingRestricted } from '@siapkerja/contracts';
import { on, type EventHandler } from '@siapkerja/events';

/** What a data-subject request step needs of the inbox transaction it runs in. */
export type PersonRequestTx = Pick<EntityManager, 'query'>;

/** A column of `person_privacy` that remembers when a request arrived. */
export type PersonRequestColumn = 'erased_at' | 'processing_restricted_at';

/** What an erased person's name becomes, and what a free-text field that may name him becomes. */
export const ERASED_NAME = 'Dihapus (UU 27/2022)';
export const ERASED_TEXT = '(dihapus, UU 27/2022)';

/**
 * SQL of a unique 16-character stand-in for the NIK of the row whose uuid is in `idColumn`: it can never be a NIK (NIKs are
 * digits) and stays unique where the NIK column is.
 */
export function erasedNikSql(idColumn = 'id'): string {
  return `'X' || substr(replace(${idColumn}::text, '-', ''), 1, 15)`;
}

/**
 * Takes the per-person lock of data-subject requests for the rest of the transaction. A write that must see a request made
 * concurrently (e.g. a certificate issued while processing is restricted) takes it too.
 */
export async function lockPersonRequests(m: PersonRequestTx, personId: string): Promise<void> {
  await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`person-privacy:${personId}`]);
}

/**
 * Remembers a request in the service's `person_privacy` table (person_id primary key, erased_at, processing_restricted_at,
 * updated_at), under the per-person lock; the first time stays.
 */
export async function rememberPersonRequest(m: PersonRequestTx, personId: string, column: PersonRequestColumn, at: Date): Promise<void> {
  await lockPersonRequests(m, personId);
  await m.query(
    `INSERT INTO person_privacy (person_id, ${column}) VALUES ($1, $2)
     ON CONFLICT (person_id) DO UPDATE SET ${column} = COALESCE(person_privacy.${column}, EXCLUDED.${column}), updated_at = now()`,
    [personId, at],
  );
}

/**
 * Carries out a person's data-subject requests (UU 27/2022) exactly once: the base registers the erasure and restriction
 * events with the inbox consumer (each runs in the inbox's transaction), remembers them per person when the service keeps a
 * `person_privacy` table, and calls what the service means by erasing and restricting. A service where restriction changes
 * nothing leaves `restrict` out and does not consume that event. Every step must be idempotent.
 * Subclasses are registered as the service's event consumers (`EventConsumer` of libs/service-kit).
 */
export abstract class PersonRequestsConsumer {
  /** consumer name, unique within the service */
  abstract readonly consumerName: string;
  /** true when the service remembers each request per person in its `person_privacy` table */
  protected readonly remembersRequests: boolean = false;

  /** Erases (pseudonymises, unlinks) what this service holds about the person. */
  protected abstract erase(m: PersonRequestTx, personId: string, at: Date): Promise<unknown>;
  /** Marks what this service holds about the person as restricted; absent where restriction changes nothing. */
  protected restrict?(m: PersonRequestTx, personId: string, at: Date): Promise<unknown>;

  handlers(): EventHandler<any>[] {
    const step = async (m: PersonRequestTx, personId: string, column: PersonRequestColumn, at: Date, act: () => Promise<unknown>) => {
      if (this.remembersRequests) await rememberPersonRequest(m, personId, column, at);
      await act();
    };
    const handlers: EventHandler<any>[] = [
      on(PersonErasureRequested, async (e, m) => {
        const at = new Date(e.data.requestedAt);
        await step(m, e.data.personId, 'erased_at', at, () => this.erase(m, e.data.personId, at));
      }),
    ];
    const restrict = this.restrict?.bind(this);
    if (restrict) {
      handlers.push(
        on(PersonProcessingRestricted, async (e, m) => {
          const at = new Date(e.data.restrictedAt);
          await step(m, e.data.personId, 'processing_restricted_at', at, () => restrict(m, e.data.personId, at));
        }),
      );
    }
    return handlers;
  }
}
