import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import { todayWib } from '@siapkerja/codes';

/** gRPC call options carrying a caller as the x-caller metadata (unsigned: a service under test started in-process). */
export type CallerOptions = { metadata: { [CALLER_METADATA_KEY]: string } };

/** A training program's fields (trainingV1.Program: the contracts are not imported here, they depend on this library). */
export interface TrainingProgramFields {
  title?: string;
  regionCode?: string;
  kbjiCode?: string;
  competencyUnits?: string[];
  durationDays?: number;
  capacity?: number;
  mode?: 'PROGRAM_MODE_OFFLINE' | 'PROGRAM_MODE_ONLINE' | 'PROGRAM_MODE_BLENDED';
  attendanceThresholdPercent?: number;
  passingScore?: number;
}

/** What of the training service's gRPC client (ServiceClient<'training'>) the set-up below calls. */
export interface TrainingSetupClient {
  createTrainingProvider(
    req: { provider: { kind: 'PROVIDER_KIND_PARTNER_PLATFORM'; name: string; regionCode: string } },
    opts: CallerOptions,
  ): Promise<{ id: string }>;
  createProgram(req: { program: TrainingProgramFields }, opts: CallerOptions): Promise<{ id: string }>;
  createBatch(
    req: {
      programId: string;
      batch: {
        startDate: string;
        endDate: string;
        registrationOpens: string;
        registrationCloses: string;
        mode: 'BATCH_MODE_ONLINE';
        capacity: number;
      };
    },
    opts: CallerOptions,
  ): Promise<{ id: string }>;
  transitionBatch(req: { id: string; toState: 'BATCH_STATE_OPEN' | 'BATCH_STATE_RUNNING' }, opts: CallerOptions): Promise<unknown>;
}

/** Where the training service's rows are moved to simulate time passing: its DataSource. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export interface TrainingBatchesOptions {
  /** the partner platform's OAuth client id; its provider is named `providerName` (else the same) */
  clientId: string;
  providerName?: string;
  /** seats of the program and of each batch */
  capacity: number;
  /** batches of the program (1) */
  batches?: number;
  /**
   * the program's fields that differ from Digital Marketing (KBJI 2431, one SKKNI unit, in region 31.71), online, one day,
   * attendance threshold 100 %, passing score 70
   */
  program?: TrainingProgramFields;
}

export interface TrainingBatches {
  /** the partner platform (PARTNER of its provider): owner of the program and batches */
  caller: CallerOptions;
  providerId: string;
  programId: string;
  /** OPEN for registration (today to in five days; the training in ten days) */
  batchIds: string[];
  /**
   * Selection and the start of the training, simulated: every enrolment of the batches ACCEPTED (accepted_count counts
   * them), the registration moved to 20 to 15 days ago and the training (its sessions) to 10 days ago, then each batch
   * RUNNING: attendance and outcomes may be recorded. `db` is the training service's database.
   */
  run(db: SqlRunner): Promise<void>;
}

const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));

/**
 * A partner platform's training provider (created by the ministry), one program of it and its batches, OPEN: enrol
 * participants (ApplyImportBatch, CreateEnrolment), then `run` the batches.
 */
export async function openTrainingBatches(training: TrainingSetupClient, options: TrainingBatchesOptions): Promise<TrainingBatches> {
  const { clientId, capacity } = options;
  const as = (who: Record<string, unknown>): CallerOptions => ({ metadata: { [CALLER_METADATA_KEY]: JSON.stringify(who) } });
  const ministry = as({ sub: 'min', roles: ['MINISTRY_ADMIN'] });
  const provider = await training.createTrainingProvider(
    { provider: { kind: 'PROVIDER_KIND_PARTNER_PLATFORM', name: options.providerName ?? clientId, regionCode: '31' } },
    ministry,
  );
  const caller = as({ sub: `client:${clientId}`, roles: ['PARTNER'], clientId, organizationId: provider.id });
  const defaults: TrainingProgramFields = {
    title: 'Digital Marketing',
    regionCode: '31.71',
    kbjiCode: '2431',
    competencyUnits: ['M.702090.001.01'],
    durationDays: 1,
    capacity,
    mode: 'PROGRAM_MODE_ONLINE',
    attendanceThresholdPercent: 100,
    passingScore: 70,
  };
  const program = await training.createProgram({ program: { ...defaults, ...options.program } }, caller);
  const batchIds: string[] = [];
  for (let b = 0; b < (options.batches ?? 1); b++) {
    const dates = { startDate: day(10), endDate: day(10), registrationOpens: day(0), registrationCloses: day(5) };
    const batch = await training.createBatch({ programId: program.id, batch: { ...dates, mode: 'BATCH_MODE_ONLINE', capacity } }, caller);
    await training.transitionBatch({ id: batch.id, toState: 'BATCH_STATE_OPEN' }, caller);
    batchIds.push(batch.id);
  }
  const run = async (db: SqlRunner) => {
    await db.query(`UPDATE enrolments SET state = 'ACCEPTED' WHERE batch_id = ANY($1::uuid[])`, [batchIds]);
    await db.query(
      `UPDATE batches SET accepted_count = (SELECT count(*) FROM enrolments e WHERE e.batch_id = batches.id),
              registration_opens = $2, registration_closes = $3, start_date = $4, end_date = $4
        WHERE id = ANY($1::uuid[])`,
      [batchIds, day(-20), day(-15), day(-10)],
    );
    await db.query(`UPDATE batch_sessions SET date = $2 WHERE batch_id = ANY($1::uuid[])`, [batchIds, day(-10)]);
    for (const id of batchIds) await training.transitionBatch({ id, toState: 'BATCH_STATE_RUNNING' }, caller);
  };
  return { caller, providerId: provider.id, programId: program.id, batchIds, run };
}
