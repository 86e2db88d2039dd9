import { hostname } from 'node:os';
import { createHash, randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EmployerUpdated, mayMatch, VacancyPublished, VacancyRegistered, type jobsV1, type VacancyFacts } from '@siapkerja/contracts';
import { parseEnvelope, type ConsumedMessage } from '@siapkerja/events';
import { Counter, Gauge, type Registry } from '@siapkerja/observability';
import { AnswerCache, type CachedAnswer } from '@siapkerja/service-kit';
import { GatewayPlatform } from '../platform/gateway-platform';
import { GATEWAY_CONFIG, METRICS_REGISTRY } from '../platform/tokens';
import type { SearchCacheConfig } from './search-cache.config';

/** Tag of the searches a change in a region can alter: those filtered on its province, and those with no region. */
export const provinceTag = (regionCode: string) => `p:${regionCode.slice(0, 2)}`;

/**
 * A search answer: its JSON body, a (weak) entity tag computed once, for conditional requests (304), and the search it
 * answers (what a vacancy change is matched against, without parsing the cache key again on every change).
 */
export interface SearchAnswer {
  body: string;
  etag: string;
  search?: Partial<jobsV1.SearchVacanciesRequest>;
}
export function searchAnswer(body: string, search?: Partial<jobsV1.SearchVacanciesRequest>): SearchAnswer {
  return { body, etag: `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`, ...(search ? { search } : {}) };
}
export const NATIONAL_TAG = 'p:*';

/** How long the broker may gather vacancy events for this replica's invalidations before answering a fetch. */
export const SEARCH_CACHE_GATHER_MS = 100;
/** How often the answer cache's consumer commits its offsets (see onApplicationBootstrap). */
export const SEARCH_CACHE_COMMIT_MS = 5000;

/** The query string of a request URL ('' without one), as the client sent it. */
export function queryStringOf(url: string): string {
  const i = url.indexOf('?');
  return i < 0 ? '' : url.slice(i + 1);
}

/**
 * Sets the headers of a search answer (JSON, its entity tag, Age when it came from the cache) and returns the body for
 * res.send, which answers 304 when If-None-Match names the tag. One writer for the route and its fast path.
 */
export function writeSearchAnswer(res: Response, answer: CachedAnswer<SearchAnswer>): string {
  res.type('application/json');
  res.setHeader('etag', answer.value.etag);
  if (answer.hit) res.setHeader('age', String(Math.floor(answer.ageMs / 1000)));
  return answer.value.body;
}

/**
 * Answers of the public vacancy search (GET /v1/vacancies/search), kept by each gateway instance for at most
 * SEARCH_CACHE_TTL_S and shared by every caller: the catalogue is the same for everyone who may read it (authentication,
 * scopes and rate limits still run on every request; only the answer is reused). It is the most read route of the API,
 * and a burst of identical searches (a province's newest vacancies, a popular occupation) costs one query.
 *
 * Freshness:
 *  - a change of a vacancy (published, closed, filled, expired) drops at once the answers of its province and the
 *    answers without a region that it can alter (mayMatch: every search with words; a search without words only when
 *    the vacancy passes its filters): on this instance as soon as its own write returns (read-your-writes for the
 *    caller), on every instance when the vacancy event arrives from Kafka (this instance's own group, new events only);
 *  - an employer's new legal name (it is in the hits) drops every answer;
 *  - nothing is ever older than the TTL, also when events are late or lost;
 *  - a load that began before an invalidation of its province is answered but not stored (AnswerCache).
 * A client that must see the catalogue as it is now sends `Cache-Control: no-cache`; answers served from the cache carry
 * an `Age` header (RFC 9111).
 */
@Injectable()
export class SearchCache implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly answers: AnswerCache<SearchAnswer>;
  private readonly served: Counter<'outcome'>;
  private readonly fast: Counter<string>;
  private stopped = false;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: SearchCacheConfig,
    @Inject(METRICS_REGISTRY) registry: Registry,
    private readonly platform: GatewayPlatform,
  ) {
    this.answers = new AnswerCache<SearchAnswer>({
      ttlMs: config.SEARCH_CACHE_TTL_S * 1000,
      maxEntries: 100_000,
      maxBytes: config.SEARCH_CACHE_MAX_MB * 1024 * 1024,
      sizeOf: (a) => a.body.length * 2 + 300,
    });
    this.served = new Counter({
      name: 'gateway_search_answers_total',
      help: 'Vacancy search answers by where they came from (hit: cache or a shared load; miss: loaded; bypass: the client asked for no-cache)',
      labelNames: ['outcome'],
      registers: [registry],
    });
    this.fast = new Counter({
      name: 'gateway_search_fast_answers_total',
      help: 'Vacancy search answers served from the cache ahead of the request pipeline (search-fast-path.ts; also counted as hits)',
      registers: [registry],
    });
    const answers = this.answers;
    new Gauge({
      name: 'gateway_search_cache_entries',
      help: 'Vacancy search answers held',
      registers: [registry],
      collect() {
        this.set(answers.stats().entries);
      },
    });
    new Gauge({
      name: 'gateway_search_cache_bytes',
      help: 'Approximate memory of the vacancy search answers held',
      registers: [registry],
      collect() {
        this.set(answers.stats().bytes);
      },
    });
    new Gauge({
      name: 'gateway_search_cache_invalidated',
      help: 'Vacancy search answers dropped by vacancy and employer changes since start',
      registers: [registry],
      collect() {
        this.set(answers.stats().invalidated);
      },
    });
  }

  onApplicationBootstrap(): void {
    if (!this.answers.enabled) return;
    const { bus, logger } = this.platform;
    // every instance must see every change: a group of its own, from now on (older changes cannot be in its cache)
    const group = `gateway.search-cache.${hostname()}.${process.pid}.${randomUUID().slice(0, 8)}`;
    const topics = [VacancyPublished.topic, EmployerUpdated.topic];
    const subscribe = async (delay: number): Promise<void> => {
      if (this.stopped) return;
      try {
        await bus.ensureTopics(topics);
        // another replica's change reaches this one's answers within a tenth of a second (they live 30 s anyway); a stream
        // of writes comes in a few fetches a second, each fetch's events handed over as one batch with one offset commit
        // (every replica reads every vacancy event, two per create)
        await bus.subscribe(group, topics, async (m) => this.onEvent(m), {
          fromBeginning: false,
          gatherMs: SEARCH_CACHE_GATHER_MS,
          // the group is this process's alone and reads from now on: its offsets matter only across its own rebalances (a
          // stall past the session timeout), which then read up to a few seconds of events again (answers dropped twice),
          // or, before the first commit, go on from the newest (what was skipped lives out its TTL). Committed per batch,
          // they were three of every four requests this consumer sent the broker (one commit per partition per fetch)
          commitIntervalMs: SEARCH_CACHE_COMMIT_MS,
          batchHandler: async (ms) => {
            for (const m of ms) this.onEvent(m);
          },
        });
      } catch (e) {
        logger.warn(
          { error: String(e), retryInMs: delay },
          'search cache: event subscription failed, retrying (answers still expire after the TTL)',
        );
        setTimeout(() => void subscribe(Math.min(delay * 2, 10_000)), delay).unref();
      }
    };
    void subscribe(500);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
  }

  /** A vacancy or employer event: the answers it can change are dropped. Malformed messages change nothing. */
  onEvent(m: ConsumedMessage): void {
    // a publication emits VacancyRegistered and then VacancyPublished, with the same facts, in one transaction: the second
    // drops what the first would (read off the header, its payload is not even parsed; half the events of every create)
    if (m.headers['ce-type'] === VacancyRegistered.type) return;
    let e: { type?: string; data?: unknown };
    try {
      e = parseEnvelope(m.value);
    } catch {
      return;
    }
    if (m.topic === EmployerUpdated.topic) {
      // hits carry the employer's legal name; a new employer or another change alters no answer
      const changed = (e.data as { changed?: unknown } | undefined)?.changed;
      if (e.type === EmployerUpdated.type && (!Array.isArray(changed) || changed.includes('legalName'))) this.answers.clear();
      return;
    }
    const d = (e.data ?? {}) as Record<string, unknown>;
    if (typeof d.regionCode !== 'string' || d.regionCode.length < 2) return void this.answers.clear();
    const text = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : undefined);
    this.vacancyChanged({
      regionCode: d.regionCode,
      kbjiCode: text('kbjiCode'),
      kbliCode: text('kbliCode'),
      minEducation: text('minEducation'),
      employmentType: text('employmentType'),
      overseas: typeof d.overseas === 'boolean' ? d.overseas : undefined,
      publishedAt: text('publishedAt'),
    });
  }

  /**
   * A vacancy changed (published, closed, filled, expired): the answers of its province and the national ones that it can
   * alter are dropped (a search for another occupation, education or regency keeps its answer).
   */
  vacancyChanged(facts: VacancyFacts): void {
    this.answers.invalidateWhere([provinceTag(facts.regionCode), NATIONAL_TAG], (key, answer) => {
      try {
        return mayMatch(answer.search ?? (JSON.parse(key) as Partial<jobsV1.SearchVacanciesRequest>), facts);
      } catch {
        return true;
      }
    });
  }

  /**
   * The cache key of each query string a search was asked with (after it passed validation, which depends on the query
   * string alone): the fast path finds a stored answer without validating again. Oldest first out beyond MAX_QUERIES.
   */
  private readonly queries = new Map<string, string>();
  static readonly MAX_QUERIES = 50_000;

  /** Remembers that this query string (validated) asks for the search stored under key. */
  rememberQuery(queryString: string, key: string): void {
    if (!this.answers.enabled || this.queries.get(queryString) === key) return;
    this.queries.delete(queryString);
    this.queries.set(queryString, key);
    if (this.queries.size > SearchCache.MAX_QUERIES) this.queries.delete(this.queries.keys().next().value!);
  }

  /** Whether this query string was asked (and validated) before. */
  knowsQuery(queryString: string): boolean {
    return this.queries.has(queryString);
  }

  /** The stored answer of a query string asked before, if it is still stored (counted as a hit), else undefined. */
  storedAnswer(queryString: string): { value: SearchAnswer; ageMs: number } | undefined {
    const key = this.queries.get(queryString);
    const stored = key === undefined ? undefined : this.answers.peek(key);
    if (stored) {
      this.served.inc({ outcome: 'hit' });
      this.fast.inc();
    }
    return stored;
  }

  /**
   * The answer (serialized JSON and its entity tag) of a search: from the cache unless the client asked for a fresh one (no-cache: loaded and
   * stored; no-store: loaded, not stored).
   */
  async answer(
    key: string,
    regionCode: string | undefined,
    cacheControl: string | undefined,
    load: () => Promise<SearchAnswer>,
  ): Promise<CachedAnswer<SearchAnswer>> {
    const directives = (cacheControl ?? '').toLowerCase();
    if (/\bno-store\b/.test(directives)) {
      this.served.inc({ outcome: 'bypass' });
      return { value: await load(), hit: false, ageMs: 0 };
    }
    const refresh = /\bno-cache\b|\bmax-age=0\b/.test(directives);
    const a = await this.answers.getOrLoad(key, [regionCode ? provinceTag(regionCode) : NATIONAL_TAG], load, refresh);
    this.served.inc({ outcome: refresh ? 'bypass' : a.hit ? 'hit' : 'miss' });
    return a;
  }
}
