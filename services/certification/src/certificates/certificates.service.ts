import { randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { currentCaller, type Caller } from '@siapkerja/authz';
import { isSkkniUnit, parseYmd, todayWib, validateNik } from '@siapkerja/codes';
import { alreadyExists, conflict, DomainError, forbidden, notFound, Violations } from '@siapkerja/errors';
import { TransactionalOutbox, type EventDefinition } from '@siapkerja/events';
import { CredentialSigner } from '../credentials/credential-signer';
import { StatusListsService } from '../credentials/status-lists.service';
import { LspEntity } from '../lsps/lsp.entity';
import { lspCannotIssue, lspOfCaller } from '../lsps/lsps.rules';
import { PersonIdentity } from '@siapkerja/identity';
import { decodePageToken, isUniqueViolation, isUuid, newestFirstPage, onceByRequestId } from '@siapkerja/persistence';
import { lockPersonRequests, maskName } from '@siapkerja/privacy';
import { SchemeEntity } from '../schemes/scheme.entity';
import { assertCertificateManageable, assertCertificateReadable, issuerOf } from './certificate-access';
import {
  CERTIFICATE_NUMBER_RE,
  MAX_VALIDITY_YEARS,
  newVerificationCode,
  normalizeCertificateNumber,
  normalizeVerificationCode,
  validUntilAfter,
} from './certificate-codes';
import { CERTIFICATE_STATUSES, CertificateEntity, CertificateStatusChangeEntity, type CertificateStatusValue } from './certificate.entity';
import {
  CertificateExpired,
  CertificateIssued,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  type CertificateEventData,
} from './certificates.events';

export interface NewCertificate {
  schemeId: string;
  holder: { nik: string; name: string };
  number: string;
  /** a subset of the scheme's units (the units recommended K); empty: all of the scheme's */
  competencyUnits?: string[];
  /** YYYY-MM-DD */
  issueDate: string;
  /** YYYY-MM-DD; empty: three years (BNSP) */
  validUntil?: string;
}

export interface CertificateListQuery {
  pageSize?: number;
  pageToken?: string;
  status?: string;
  schemeId?: string;
  /** the certificates the caller holds instead of those it issued */
  held?: boolean;
}

/** A certificate with its status history, oldest first. */
export interface CertificateView {
  certificate: CertificateEntity;
  history: CertificateStatusChangeEntity[];
}

/** What anyone with the number and the verification code learns. */
export interface CertificateVerification {
  certificate: CertificateEntity;
  /** libs/privacy maskName of the holder's name; '' when withheld */
  holderNameMasked: string;
  /** why the name is withheld: ERASED (UU 27/2022 erasure) or RESTRICTED; '' otherwise */
  holderWithheld: '' | 'ERASED' | 'RESTRICTED';
}

export type CertificateAction = 'SUSPEND' | 'REINSTATE' | 'REVOKE';

/** The status machine: which statuses each action leaves from, where it goes, and the event it publishes. */
export const CERTIFICATE_ACTIONS: Record<
  CertificateAction,
  { from: readonly CertificateStatusValue[]; to: CertificateStatusValue; verb: string; event: EventDefinition<CertificateEventData> }
> = {
  SUSPEND: { from: ['VALID'], to: 'SUSPENDED', verb: 'suspended', event: CertificateSuspended },
  REINSTATE: { from: ['SUSPENDED'], to: 'VALID', verb: 'reinstated', event: CertificateReinstated },
  REVOKE: { from: ['VALID', 'SUSPENDED'], to: 'REVOKED', verb: 'revoked', event: CertificateRevoked },
};

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const EXPIRY_BATCH_SIZE = 200;
export const MAX_REASON = 500;
const MAX_NAME = 200;

/** The emit function of a TransactionalOutbox.run callback. */
export type OutboxEmit = Parameters<Parameters<TransactionalOutbox['run']>[0]>[0]['emit'];

const actorOf = (caller: Caller | undefined) => caller?.clientId ?? caller?.sub ?? 'system';

/** What every event of a certificate carries: the person id and the status data, never the NIK, name or a free-text reason. */
export function certificateEventData(c: CertificateEntity, fromStatus: CertificateStatusValue | '', now: Date): CertificateEventData {
  return {
    certificateId: c.id,
    number: c.number,
    schemeId: c.schemeId,
    schemeCode: c.schemeCode,
    personId: c.personId,
    competencyUnits: c.competencyUnits,
    ...(c.kbjiCode ? { kbjiCode: c.kbjiCode } : {}),
    issueDate: c.issueDate,
    validUntil: c.validUntil,
    lspId: c.lspId,
    ...(c.regionCode ? { regionCode: c.regionCode } : {}),
    fromStatus,
    status: c.status,
    occurredAt: now.toISOString(),
  };
}

@Injectable()
export class CertificatesService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly identity: PersonIdentity,
    private readonly credentials: CredentialSigner,
    private readonly statusLists: StatusListsService,
  ) {}

  /**
   * An LSP issues a certificate for a person on a registered scheme: the holder's NIK is checked (libs/codes) and stored with
   * his person id; the units are the scheme's or the recommended subset; valid three years unless stated. The issuing client
   * or LSP account owns it. One certificate per number (ALREADY_EXISTS). The same requestId from the same issuer returns
   * the first result.
   */
  async issue(input: NewCertificate, requestId?: string, now: Date = new Date()): Promise<CertificateView> {
    const issuer = issuerOf(currentCaller());
    const today = todayWib(now);
    const v = new Violations();
    v.check(isUuid(input.schemeId), 'schemeId', 'must be a scheme id (UUID)');
    const nik = (input.holder?.nik ?? '').replace(/\s+/g, '');
    const nikCheck = validateNik(nik);
    v.check(nikCheck.valid, 'holder.nik', nikCheck.valid ? '' : `must be a valid NIK: ${nikCheck.reason}`);
    const name = (input.holder?.name ?? '').trim().replace(/\s+/g, ' ');
    v.check(!!name && name.length <= MAX_NAME, 'holder.name', `is required (at most ${MAX_NAME} characters)`);
    const number = normalizeCertificateNumber(input.number);
    v.check(
      CERTIFICATE_NUMBER_RE.test(number),
      'number',
      'must be 1-64 characters: letters, digits, space, . / - _ (starting with a letter or digit)',
    );
    const units = input.competencyUnits ?? [];
    units.forEach((u, i) => v.check(isSkkniUnit(u), `competencyUnits[${i}]`, 'must be an SKKNI unit code (e.g. J.620100.001.01)'));
    v.check(new Set(units).size === units.length, 'competencyUnits', 'must not repeat a unit');
    const issueOk = !!parseYmd(input.issueDate);
    v.check(issueOk, 'issueDate', 'must be a date YYYY-MM-DD');
    if (issueOk) v.check(input.issueDate <= today, 'issueDate', `must not be after today (${today}, WIB)`);
    if (input.validUntil) {
      const ok = !!parseYmd(input.validUntil);
      v.check(ok, 'validUntil', 'must be a date YYYY-MM-DD');
      if (ok && issueOk) {
        v.check(input.validUntil > input.issueDate, 'validUntil', 'must be after issueDate');
        v.check(
          input.validUntil <= validUntilAfter(input.issueDate, MAX_VALIDITY_YEARS),
          'validUntil',
          `must be at most ${MAX_VALIDITY_YEARS} years after issueDate`,
        );
      }
    }
    // an explicit validity is checked here; the default one is the scheme's (validityYears), checked once the scheme is read
    if (issueOk && input.validUntil && parseYmd(input.validUntil)) {
      v.check(input.validUntil >= today, 'validUntil', `the validity ended on ${input.validUntil}: an expired certificate is not issued`);
    }
    v.throwIfAny();
    const repo = this.ds.getRepository(CertificateEntity);
    const duplicate = () => alreadyExists(`A certificate with number ${number} is already registered`);

    const created = await onceByRequestId(repo, requestId, async (scopedRequestId, key) => {
      try {
        return await this.outbox.run(async ({ manager, emit }) => {
          const scheme = await manager.getRepository(SchemeEntity).findOneBy({ id: input.schemeId });
          if (!scheme) throw notFound('Scheme', input.schemeId);
          const outside = units.filter((u) => !scheme.competencyUnits.includes(u));
          const uv = new Violations();
          outside.forEach((u) => uv.check(false, `competencyUnits[${units.indexOf(u)}]`, `${u} is not a unit of scheme ${scheme.code}`));
          const missing = units.length ? scheme.competencyUnits.filter((u) => !units.includes(u)) : [];
          uv.check(
            outside.length > 0 || !missing.length,
            'competencyUnits',
            `a certificate is issued only when every unit of the scheme is K: missing ${missing.join(', ')} (end the assessment as not yet competent instead)`,
          );
          uv.throwIfAny();
          return this.issueInTx(manager, emit, {
            scheme,
            issuer,
            nik,
            name,
            number,
            issueDate: input.issueDate,
            validUntil: input.validUntil || '',
            requestId: scopedRequestId,
            requestHash: key.requestHash,
            regionCode: '',
            assessmentId: null,
            now,
          });
        });
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        // a concurrent issue won: the same request id is replayed by onceByRequestId, otherwise the number is taken
        if (scopedRequestId && (await repo.existsBy({ requestId: scopedRequestId }))) throw e;
        if (await repo.existsBy({ number })) throw duplicate();
        throw e;
      }
    });
    // request ids are scoped per issuer: a replay answers the issuer of the first result only
    assertCertificateReadable(created);
    return this.view(this.ds.manager, created);
  }

  /**
   * Issues a certificate inside the caller's transaction, on every unit of the scheme: only the LSP licensed for the scheme
   * (a caller acting for it, or the platform itself), ACTIVE with its licence valid today; another LSP is PERMISSION_DENIED.
   * Signs the credential (VC-JOSE) with a fresh status list index and publishes CertificateIssued.
   */
  async issueInTx(
    manager: EntityManager,
    emit: OutboxEmit,
    a: {
      scheme: SchemeEntity;
      issuer: { issuerClientId: string | null; issuerAccountId: string | null };
      nik: string;
      name: string;
      number: string;
      issueDate: string;
      validUntil: string;
      requestId: string | null;
      requestHash: string | null;
      regionCode: string;
      assessmentId: string | null;
      now: Date;
    },
  ): Promise<CertificateEntity> {
    const { scheme, now } = a;
    const caller = currentCaller();
    if (caller && lspOfCaller(caller) !== scheme.lspId)
      throw forbidden(`Only the LSP licensed for scheme ${scheme.code} (${scheme.lspName}) issues certificates on it`);
    const lsp = await manager.getRepository(LspEntity).findOne({ where: { id: scheme.lspId }, lock: { mode: 'pessimistic_read' } });
    const refused = lsp ? lspCannotIssue(lsp, todayWib(now)) : `LSP ${scheme.lspId} does not exist`;
    if (refused) throw conflict(refused);
    const validUntil = a.validUntil || validUntilAfter(a.issueDate, scheme.validityYears);
    if (validUntil < todayWib(now))
      new Violations()
        .add(
          a.validUntil ? 'validUntil' : 'issueDate',
          `the validity ended on ${validUntil}: an expired certificate is not issued${a.validUntil ? '' : ` (scheme ${scheme.code} is valid ${scheme.validityYears} years)`}`,
        )
        .throwIfAny();
    if (await manager.getRepository(CertificateEntity).existsBy({ number: a.number }))
      throw alreadyExists(`A certificate with number ${a.number} is already registered`);
    const personId = this.identity.personId(a.nik);
    // a person who restricted processing (UU 27/2022) has every certificate marked, also those issued after; the lock
    // (also taken by the privacy consumer) orders this issue and a request of the same person
    await lockPersonRequests(manager, personId);
    const [privacy]: { processing_restricted_at: Date | null }[] = await manager.query(
      `SELECT processing_restricted_at FROM person_privacy WHERE person_id = $1`,
      [personId],
    );
    const [{ n }]: { n: string }[] = await manager.query(`SELECT nextval('certificate_status_index') AS n`);
    const r = manager.getRepository(CertificateEntity);
    const cert = r.create({
      id: randomUUID(),
      number: a.number,
      verificationCode: newVerificationCode(),
      schemeId: scheme.id,
      schemeCode: scheme.code,
      schemeName: scheme.name,
      kkniLevel: scheme.kkniLevel,
      lspName: lsp!.name,
      lspId: lsp!.id,
      kbjiCode: scheme.kbjiCode,
      personId,
      holderNik: a.nik,
      holderName: a.name,
      competencyUnits: scheme.competencyUnits,
      issueDate: a.issueDate,
      validUntil,
      status: 'VALID',
      statusReason: '',
      statusChangedAt: now,
      issuerClientId: a.issuer.issuerClientId,
      issuerAccountId: a.issuer.issuerAccountId,
      requestId: a.requestId,
      requestHash: a.requestHash,
      processingRestrictedAt: privacy?.processing_restricted_at ?? null,
      regionCode: a.regionCode,
      assessmentId: a.assessmentId,
      statusIndex: Number(n),
    });
    const signed = await this.credentials.sign(cert);
    cert.credentialJwt = signed.jwt;
    cert.credentialKid = signed.kid;
    const saved = await r.save(cert);
    await this.record(manager, saved.id, '', 'VALID', '', actorOf(caller), now);
    emit(CertificateIssued, { subject: saved.id, data: certificateEventData(saved, '', now) });
    return saved;
  }

  /**
   * A certificate with its signed credential, for the same readers as {@link get} (the holder downloads it). A certificate
   * migrated from before credentials is signed on first demand (with the current key) and keeps that credential.
   */
  async credential(id: string): Promise<CertificateEntity> {
    if (!isUuid(id)) throw notFound('Certificate', id);
    const repo = this.ds.getRepository(CertificateEntity);
    const c = await repo.findOneBy({ id });
    if (!c) throw notFound('Certificate', id);
    assertCertificateReadable(c);
    if (c.credentialJwt) return c;
    const signed = await this.credentials.sign(c);
    await repo.update({ id, credentialJwt: IsNull() }, { credentialJwt: signed.jwt, credentialKid: signed.kid });
    return (await repo.findOneBy({ id }))!;
  }

  /** One certificate in full: its issuer, its holder, the ministry, BNSP; anyone else NOT_FOUND. */
  async get(id: string): Promise<CertificateView> {
    if (!isUuid(id)) throw notFound('Certificate', id);
    const c = await this.ds.getRepository(CertificateEntity).findOneBy({ id });
    if (!c) throw notFound('Certificate', id);
    assertCertificateReadable(c);
    return this.view(this.ds.manager, c);
  }

  /**
   * The caller's certificates, newest first, keyset-paginated, optionally one status or scheme: an LSP's (client or account)
   * those it issued; a person's those he holds (also `held` for an LSP account holding certificates itself); the ministry's and
   * BNSP's all of them. Anyone else PERMISSION_DENIED.
   */
  async list(q: CertificateListQuery): Promise<{ certificates: CertificateView[]; nextPageToken: string }> {
    const caller = currentCaller();
    const status = q.status ?? '';
    const schemeId = q.schemeId ?? '';
    const pageSize = q.pageSize ?? 0;
    const v = new Violations();
    v.check(Number.isInteger(pageSize) && pageSize >= 0, 'pageSize', 'must not be negative');
    v.check(
      !status || (CERTIFICATE_STATUSES as readonly string[]).includes(status),
      'status',
      `must be one of ${CERTIFICATE_STATUSES.join(', ')}`,
    );
    v.check(!schemeId || isUuid(schemeId), 'schemeId', 'must be a scheme id (UUID)');
    v.throwIfAny();

    let by: { column: string; value: string } | undefined;
    if (q.held) {
      if (!caller?.personId) throw forbidden('Only a person (an account with a NIK) holds certificates');
      by = { column: 'person_id', value: caller.personId };
    } else if (!caller || caller.roles.includes('MINISTRY_ADMIN') || caller.roles.includes('BNSP')) {
      by = undefined;
    } else if (lspOfCaller(caller)) {
      by = { column: 'lsp_id', value: lspOfCaller(caller)! };
    } else if (caller.clientId) {
      if (!caller.roles.includes('PARTNER')) throw forbidden('Only an LSP, a certificate holder, BNSP or the ministry lists certificates');
      by = { column: 'issuer_client_id', value: caller.clientId };
    } else if (caller.roles.includes('LSP')) {
      by = { column: 'issuer_account_id', value: caller.sub };
    } else if (caller.personId) {
      by = { column: 'person_id', value: caller.personId };
    } else {
      throw forbidden('Only an LSP, a certificate holder, BNSP or the ministry lists certificates');
    }
    const filter = JSON.stringify([by?.column ?? 'all', by?.value ?? '', status, schemeId]);
    const cursor = q.pageToken ? decodePageToken(q.pageToken) : undefined;
    if (q.pageToken && (!cursor || cursor.filter !== filter))
      new Violations().add('pageToken', 'is not a page token of this listing (the filters must stay the same)').throwIfAny();

    const size = Math.min(pageSize || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const qb = this.ds.getRepository(CertificateEntity).createQueryBuilder('c');
    if (by) qb.andWhere(`c.${by.column} = :owner`, { owner: by.value });
    if (status) qb.andWhere('c.status = :status', { status });
    if (schemeId) qb.andWhere('c.scheme_id = :schemeId', { schemeId });
    const { page, nextPageToken } = await newestFirstPage(qb, 'c', cursor, size, filter);
    return { certificates: await this.views(this.ds.manager, page), nextPageToken };
  }

  /**
   * Moves a certificate (the issuer, the ministry or BNSP): SUSPEND VALID -> SUSPENDED, REINSTATE SUSPENDED -> VALID (only
   * inside its validity), REVOKE VALID | SUSPENDED -> REVOKED with a reason. Any other move is FAILED_PRECONDITION (409).
   */
  async change(id: string, action: CertificateAction, reason = '', now: Date = new Date()): Promise<CertificateView> {
    const rule = CERTIFICATE_ACTIONS[action];
    const text = (reason ?? '').trim();
    const v = new Violations();
    v.check(text.length <= MAX_REASON, 'reason', `must be at most ${MAX_REASON} characters`);
    if (action === 'REVOKE') v.check(text.length > 0, 'reason', 'is required to revoke a certificate');
    v.throwIfAny();
    if (!isUuid(id)) throw notFound('Certificate', id);
    const caller = currentCaller();
    const today = todayWib(now);
    const saved = await this.outbox.run(async ({ manager, emit }) => {
      const repo = manager.getRepository(CertificateEntity);
      const c = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!c) throw notFound('Certificate', id);
      // who may ask is checked before what may happen, so a stranger learns nothing about the status
      assertCertificateManageable(c, caller);
      if (!rule.from.includes(c.status)) {
        const next = Object.values(CERTIFICATE_ACTIONS)
          .filter((a) => a.from.includes(c.status))
          .map((a) => a.to);
        const allowed = next.length ? `it can become ${next.join(' or ')}` : 'it is final';
        throw conflict(`Certificate ${id} is ${c.status}: it cannot be ${rule.verb} (${allowed})`);
      }
      if (action !== 'REVOKE' && c.validUntil < today) {
        throw conflict(`Certificate ${id} was valid until ${c.validUntil}: it cannot be ${rule.verb} after its validity ended`);
      }
      const from = c.status;
      c.status = rule.to;
      c.statusReason = text;
      c.statusChangedAt = now;
      const saved = await repo.save(c);
      await this.record(manager, c.id, from, rule.to, text, actorOf(caller), now);
      // the status lists are re-signed in the same transaction: a verifier sees the change as soon as it commits
      await this.statusLists.rebuildFor(manager, c.statusIndex, now);
      emit(rule.event, { subject: c.id, data: certificateEventData(saved, from, now) });
      return saved;
    });
    return this.view(this.ds.manager, saved);
  }

  /**
   * Anyone verifies a certificate with its number and verification code: its status, scheme and validity, and the holder's
   * name masked (withheld after an erasure or a restriction). A wrong code and an unknown number are the same NOT_FOUND.
   */
  async verify(numberInput: string, codeInput: string): Promise<CertificateVerification> {
    const number = normalizeCertificateNumber(numberInput);
    const code = normalizeVerificationCode(codeInput);
    const v = new Violations();
    v.check(CERTIFICATE_NUMBER_RE.test(number), 'number', 'must be a certificate number as printed');
    v.check(!!code, 'verificationCode', 'must be the 20-character verification code printed with the number');
    v.throwIfAny();
    const c = await this.ds.getRepository(CertificateEntity).findOneBy({ number });
    const matches = !!c && timingSafeEqual(Buffer.from(c.verificationCode), Buffer.from(code!));
    // the number is checked above (a printed number, short): quoted whole, so a wrong code and an unknown number read alike
    if (!c || !matches) throw new DomainError('NOT_FOUND', `Certificate with number ${number} and this verification code was not found`);
    const holderWithheld = c.erasedAt ? 'ERASED' : c.processingRestrictedAt ? 'RESTRICTED' : '';
    return { certificate: c, holderNameMasked: holderWithheld ? '' : maskName(c.holderName), holderWithheld };
  }

  /** Expires VALID certificates whose validity ended before today (WIB), in batches claimed with SKIP LOCKED; answers how many. */
  async expireDue(now: Date = new Date(), batchSize = EXPIRY_BATCH_SIZE): Promise<number> {
    const today = todayWib(now);
    return this.outbox.sweep(
      batchSize,
      async (manager, limit) =>
        (
          await manager.query(
            `SELECT id FROM certificates WHERE status = 'VALID' AND valid_until < $1::date ORDER BY valid_until, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
            [today, limit],
          )
        ).map((d: { id: string }) => d.id),
      async ({ manager, emit }, ids) => {
        const repo = manager.getRepository(CertificateEntity);
        const certs = await repo.findBy({ id: In(ids) });
        for (const c of certs) {
          c.status = 'EXPIRED';
          c.statusReason = '';
          c.statusChangedAt = now;
          await this.record(manager, c.id, 'VALID', 'EXPIRED', '', 'system', now);
          emit(CertificateExpired, { subject: c.id, data: certificateEventData(c, 'VALID', now) });
        }
        await repo.save(certs);
      },
    );
  }

  private async record(
    manager: EntityManager,
    certificateId: string,
    from: CertificateStatusValue | '',
    to: CertificateStatusValue,
    reason: string,
    actor: string,
    now: Date,
  ): Promise<void> {
    await manager
      .getRepository(CertificateStatusChangeEntity)
      .insert({ certificateId, fromStatus: from, toStatus: to, reason, actor, createdAt: now });
  }

  private async view(manager: EntityManager, c: CertificateEntity): Promise<CertificateView> {
    return (await this.views(manager, [c]))[0];
  }

  /** The history of a page of certificates in one query. */
  async views(manager: Pick<EntityManager, 'getRepository'>, certs: CertificateEntity[]): Promise<CertificateView[]> {
    if (!certs.length) return [];
    const history = await manager
      .getRepository(CertificateStatusChangeEntity)
      .find({ where: { certificateId: In(certs.map((c) => c.id)) }, order: { id: 'ASC' } });
    const byCert = new Map<string, CertificateStatusChangeEntity[]>();
    for (const h of history) byCert.set(h.certificateId, [...(byCert.get(h.certificateId) ?? []), h]);
    return certs.map((certificate) => ({ certificate, history: byCert.get(certificate.id) ?? [] }));
  }
}
