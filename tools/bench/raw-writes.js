// The write benchmark's baselines: the statements the jobs service runs to create vacancies, straight through `pg`, per
// create (one transaction each) and batched as the service batches the creates that arrive together. Used by
// search-bench.js (its raw paths) and bare-search-server.js (its POST /v1/vacancies). The compiled libs and the service's
// lookup are loaded on first use, after the build.
const path = require('node:path');
const { createHash, randomUUID } = require('node:crypto');

const ROOT = path.resolve(__dirname, '../..');

/** A compiled module of the project (after the build), its path aliases registered. */
const compiled = (file) => (require(path.join(ROOT, 'tools/register-paths.js')), require(path.join(ROOT, file)));
/** libs/persistence (its pipeline helpers and StatementBatcher), as the jobs service's outbox runs a transaction. */
const persistence = () => compiled('dist/libs/persistence/src/index.js');
/** The jobs service's lookup of new vacancies' request ids and employers (REGISTER_LOOKUP_SQL). */
const registerLookupSql = () => compiled('dist/services/jobs/src/vacancies/vacancies.service.js').REGISTER_LOOKUP_SQL;

/**
 * The batches of new vacancies of the jobs service (VACANCY_WRITE_BATCHES, VACANCY_WRITE_BATCH_MAX; the service's defaults
 * 2 and 32 unless BENCH_VACANCY_WRITE_BATCHES / BENCH_VACANCY_WRITE_BATCH_MAX), for the batched baselines alike.
 */
const SERVICE_WRITE_BATCHES = {
  concurrency: Number(process.env.BENCH_VACANCY_WRITE_BATCHES || 2),
  maxBatch: Number(process.env.BENCH_VACANCY_WRITE_BATCH_MAX || 32),
};

/** The topic of the baselines' outbox rows: written as already published (nothing consumes them; the bench deletes them). */
const RAW_EVENTS_TOPIC = 'siapkerja.bench.raw-writes.v1';

/** The columns of a new vacancy (each statement of the baselines writes these, the batched one with the id first). */
const RAW_VACANCY_COLUMNS = `employer_id, position_name, kbji_code, kbli_code, region_code, number_needed, valid_from, valid_until,
  description, state, published_at, request_id, request_hash`;
const FIELDS = [
  'employerId',
  'positionName',
  'kbjiCode',
  'kbliCode',
  'regionCode',
  'numberNeeded',
  'validFrom',
  'validUntil',
  'description',
];
/** A new vacancy's parameters (11: state and published_at are literals) for RAW_VACANCY_COLUMNS. */
function rawVacancyValues(v, requestId) {
  // the request's hash the service keeps beside the key (Idempotency-Key)
  return [...FIELDS.map((k) => v[k]), requestId, createHash('sha256').update(JSON.stringify(v)).digest('hex')];
}

/**
 * The service's outbox statement for the two events of each new vacancy (registered, published), written as already
 * published: nothing consumes the baselines' events, and the jobs service's relay must not take them (their topic does not
 * exist; it would retry them for ever and, behind them, hold back every event of the gateway path measured next).
 */
function rawOutboxStatement(created) {
  const events = created.flatMap(({ id, v }) =>
    ['registered', 'published'].map((kind) => {
      const type = `id.go.kemnaker.siapkerja.jobs.vacancy.${kind}.v1`;
      return { t: RAW_EVENTS_TOPIC, p: { id: randomUUID(), type, subject: id, data: { vacancyId: id, ...v } }, h: { 'ce-type': type } };
    }),
  );
  return {
    text: `INSERT INTO outbox_events (id, topic, message_key, payload, headers, published_at)
      SELECT (e->'p'->>'id')::uuid, e->>'t', e->'p'->>'subject', e->'p', e->'h', now() FROM jsonb_array_elements($1::jsonb) AS r(e)`,
    values: [JSON.stringify(events)],
  };
}

/**
 * One transaction on connection `c` (pg's pipeline mode, as the service's outbox sends it): BEGIN with the lookup of the
 * creates' request ids and employers, `insert` (the vacancies' rows, answering their ids), the outbox rows with the
 * COMMIT. Rolled back and thrown on any failure.
 */
async function rawTransaction(c, creates, insert) {
  const { withPipeline, sendTogether } = persistence();
  try {
    return await withPipeline(c, async () => {
      const begun = await sendTogether(c, [
        'BEGIN',
        {
          name: 'register-lookup',
          text: registerLookupSql(),
          values: [creates.map((i) => i.v.employerId), creates.map((i) => i.requestId)],
        },
      ]);
      const failed = begun.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      const ids = await insert();
      const ended = await sendTogether(c, [rawOutboxStatement(creates.map((i, r) => ({ id: ids[r], v: i.v }))), 'COMMIT']);
      const error = ended.find((r) => r.status === 'rejected');
      if (error) throw error.reason;
      if (ended[1].value.command !== 'COMMIT') throw new Error(`not committed (${ended[1].value.command})`);
      return ids;
    });
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** One new vacancy `v` in a transaction of its own on connection `c` (its id made by the database); answers the id. */
async function rawCreate(c, v, requestId) {
  const [id] = await rawTransaction(c, [{ v, requestId }], async () => {
    const { rows } = await c.query(
      `INSERT INTO vacancies (${RAW_VACANCY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PUBLISHED', now(), $10, $11) RETURNING id`,
      rawVacancyValues(v, requestId),
    );
    return [rows[0].id];
  });
  return id;
}

/**
 * A StatementBatcher (libs/persistence) with the service's slots and batch size: `submit({ v, requestId })` answers the
 * new vacancy's id; the creates that arrive together go in one transaction on a connection of `pool` (the lookup of all,
 * one INSERT of their rows with ids made here, their outbox rows with the COMMIT).
 */
function rawBatcher(pool) {
  const { StatementBatcher } = persistence();
  const width = 12;
  return new StatementBatcher(async (items) => {
    const c = await pool.connect();
    try {
      return await rawTransaction(c, items, async () => {
        const ids = items.map(() => randomUUID());
        const rows = items.map(
          (_, r) =>
            `($${r * width + 1}, ${Array.from({ length: 9 }, (_, k) => `$${r * width + k + 2}`).join(', ')}, 'PUBLISHED', now(), $${r * width + 11}, $${r * width + 12})`,
        );
        await c.query(
          `INSERT INTO vacancies (id, ${RAW_VACANCY_COLUMNS}) VALUES ${rows.join(', ')}`,
          items.flatMap((i, r) => [ids[r], ...rawVacancyValues(i.v, i.requestId)]),
        );
        return ids;
      });
    } finally {
      c.release();
    }
  }, SERVICE_WRITE_BATCHES);
}

module.exports = { SERVICE_WRITE_BATCHES, RAW_EVENTS_TOPIC, rawCreate, rawBatcher };
