import { addressBlock } from '@siapkerja/authz';
import { randomInt, randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canonicalRegionCode, isSex, maskNik, parseYmd, validateNik } from '@siapkerja/codes';
import { SessionEnded } from '@siapkerja/contracts';
import { alreadyExists, DomainError, forbidden, invalid, type FieldViolation } from '@siapkerja/errors';
import { TransactionalOutbox, type OutboxTx } from '@siapkerja/events';
import { PersonIdentity } from '@siapkerja/identity';
import type { Logger } from '@siapkerja/logging';
import { isUniqueViolation, isUuid } from '@siapkerja/persistence';
import { LOGGER, SERVICE_CONFIG } from '@siapkerja/service-kit';
import { scopesForRoles } from '../clients/scopes';
import type { IdentityConfig } from '../identity.config';
import { SigningKeys } from '../keys/signing-keys.service';
import { rows } from '../shared/db';
import { hashSecret, randomToken, sha256hex, verifySecret } from '../shared/secrets';
import {
  maskEmail,
  maskPhone,
  normalizeEmail,
  normalizePhone,
  organizationViolations,
  passwordViolations,
  PHONE_RULE,
  phoneLookupKey,
  regionViolations,
  roleViolations,
} from './accounts.rules';
import { LoginThrottle } from './login-throttle';
import { IDENTITY_VERIFIER, VERIFICATION_SENDER, type IdentityVerifier, type VerificationSender } from './verification';

/** A row of auth_accounts (the one definition: accounts and privacy read the same table). */
export interface AccountRow {
  id: string;
  person_id: string;
  nik_masked: string;
  name: string;
  email: string | null;
  phone: string | null;
  password_hash: string;
  roles: string[];
  region_code: string | null;
  organization_id: string | null;
  status: 'PENDING_VERIFICATION' | 'ACTIVE' | 'DISABLED';
  verified_at: Date | null;
  created_at: Date;
  updated_at: Date;
  pseudonymised_at: Date | null;
  processing_restricted_at: Date | null;
}

export interface SignupInput {
  nik: string;
  name: string;
  motherMaidenName: string;
  birthDate: string;
  sex: 1 | 2;
  phone?: string;
  email?: string;
  password: string;
}

export interface PersonTokens {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  refresh_token: string;
  refresh_expires_in: number;
}

export interface AccountView {
  id: string;
  nikMasked: string;
  name: string;
  email: string | null;
  phone: string | null;
  roles: string[];
  regionCode: string | null;
  organizationId: string | null;
  status: string;
  createdAt: string;
}

const MAX_CODE_ATTEMPTS = 5;
// a fixed hash to spend the same time on unknown logins as on wrong passwords
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const wrongCode = () => invalid([{ field: 'code', description: 'code is wrong or expired' }]);
const unauthenticated = (message: string) => new DomainError('UNAUTHENTICATED', message);
const notFound = (message: string) => new DomainError('NOT_FOUND', message);

/** People: sign-up with NIK, verification code, login, refresh-token rotation, logout, password reset. */
@Injectable()
export class AccountsService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly keys: SigningKeys,
    private readonly identity: PersonIdentity,
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(IDENTITY_VERIFIER) private readonly verifier: IdentityVerifier,
    @Inject(VERIFICATION_SENDER) private readonly sender: VerificationSender,
  ) {
    this.throttle = new LoginThrottle(ds);
  }

  async signup(input: SignupInput): Promise<{ id: string; status: string; nikMasked: string; codeSentTo: string }> {
    const violations: FieldViolation[] = [];
    const phone = input.phone !== undefined ? normalizePhone(input.phone) : undefined;
    if (input.phone !== undefined && !phone) violations.push({ field: 'phone', description: `phone ${PHONE_RULE}` });
    if (input.phone === undefined && input.email === undefined)
      violations.push({ field: 'phone', description: 'phone or email is required to receive the verification code' });
    // the e-mail as stored: a blank, malformed or huge one was stored as sent (or failed as INTERNAL on its index)
    const email = input.email !== undefined ? normalizeEmail(input.email) : undefined;
    if (input.email !== undefined && !email)
      violations.push({ field: 'email', description: 'email must be an e-mail address (name@domain), at most 254 characters' });
    // the NIK, agreeing with the birth date and sex (the gateway checks them too; a NIK that is not 16 digits failed as INTERNAL)
    const sexOk = isSex(input.sex);
    if (!sexOk) violations.push({ field: 'sex', description: 'sex must be 1 (male) or 2 (female)' });
    if (!parseYmd(input.birthDate)) violations.push({ field: 'birthDate', description: 'birthDate must be a date YYYY-MM-DD' });
    else {
      const nik = validateNik(input.nik, { birthDate: input.birthDate, ...(sexOk ? { sex: input.sex } : {}) });
      if (!nik.valid) violations.push({ field: 'nik', description: nik.reason });
    }
    violations.push(...passwordViolations(input.password, { nik: input.nik, name: input.name }));
    if (violations.length) throw invalid(violations);

    const check = await this.verifier.verify({
      nik: input.nik,
      name: input.name,
      motherMaidenName: input.motherMaidenName,
      birthDate: input.birthDate,
      sex: input.sex,
    });
    if (!check.verified)
      throw new DomainError('FAILED_PRECONDITION', `The identity could not be verified: ${check.reason}`, [], {
        reason: 'IDENTITY_NOT_VERIFIED',
      });

    const id = randomUUID();
    const personId = this.identity.personId(input.nik);
    try {
      await rows(
        this.ds,
        `INSERT INTO auth_accounts (id, person_id, nik_masked, name, email, phone, password_hash, roles, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, '{JOB_SEEKER}', 'PENDING_VERIFICATION')`,
        [id, personId, maskNik(input.nik), input.name.trim(), email ?? null, phone ?? null, await hashSecret(input.password)],
      );
    } catch (e) {
      if (isUniqueViolation(e)) throw alreadyExists('An account with this NIK, phone or email already exists');
      throw e;
    }
    this.logger.info({ accountId: id }, 'account signed up');
    const to = await this.sendCode({ id, person_id: personId }, 'VERIFY', phone, email);
    return { id, status: 'PENDING_VERIFICATION', nikMasked: maskNik(input.nik), codeSentTo: to };
  }

  async verify(login: string, code: string): Promise<{ id: string; status: string }> {
    const a = await this.byLogin(login);
    if (!a) throw wrongCode();
    if (a.status === 'ACTIVE') {
      // a retry with the code that verified the account answers the same; any other code is as wrong as for an unknown
      // login (answering ACTIVE and the account id to any code told whoever asked that the NIK, phone or e-mail has an account)
      const [last] = await rows<{ code_hash: string; attempts: number }>(
        this.ds,
        `UPDATE auth_codes SET attempts = attempts + 1 WHERE id = (SELECT id FROM auth_codes WHERE account_id = $1 AND purpose = 'VERIFY' ORDER BY created_at DESC LIMIT 1) RETURNING code_hash, attempts`,
        [a.id],
      );
      if (!last || last.attempts > MAX_CODE_ATTEMPTS || sha256hex(`${a.id}:VERIFY:${code}`) !== last.code_hash) throw wrongCode();
      return { id: a.id, status: a.status };
    }
    await this.consumeCode(a.id, 'VERIFY', code);
    await rows(
      this.ds,
      `UPDATE auth_accounts SET status = 'ACTIVE', verified_at = now(), updated_at = now() WHERE id = $1 AND status = 'PENDING_VERIFICATION'`,
      [a.id],
    );
    return { id: a.id, status: 'ACTIVE' };
  }

  /**
   * Password login, throttled per account (or per unknown login) and per client IP: every attempt
   * takes one unit of the PostgreSQL counters (shared by every replica) before the password is
   * checked, so parallel guesses are counted too; a successful login gives its unit back. Over the
   * limit the answer is RESOURCE_EXHAUSTED with `retryAfterSeconds`, whatever the password.
   */
  async login(login: string, password: string, ip?: string): Promise<PersonTokens> {
    const a = await this.byLogin(login);
    const window = this.config.AUTH_LOGIN_WINDOW_S;
    const accountKey = a ? `login:account:${a.id}` : `login:unknown:${sha256hex(login.trim().toLowerCase())}`;
    // an address by its block (addressBlock: an IPv6 client holds a /64 and would rotate the rest); anything else the
    // gateway passed (X-Forwarded-For holds any text) hashed: a long one did not fit the counters' index (INTERNAL)
    const ipKey = `login:ip:${!ip ? 'unknown' : isIP(ip) ? addressBlock(ip) : `h:${sha256hex(ip)}`}`;
    const [byAccount, byIp] = await Promise.all([
      this.throttle.consume(accountKey, this.config.AUTH_LOGIN_MAX_FAILURES, window),
      this.throttle.consume(ipKey, this.config.AUTH_LOGIN_IP_MAX_FAILURES, window),
    ]);
    const refused = [byAccount, byIp].filter((d) => !d.allowed);
    if (refused.length) {
      this.logger.warn({ accountId: a?.id, ip, byAccount: !byAccount.allowed, byIp: !byIp.allowed }, 'login throttled');
      const retryAfter = Math.max(...refused.map((d) => d.resetSeconds));
      throw new DomainError('RESOURCE_EXHAUSTED', `Too many failed logins; try again in ${retryAfter} s`, [], {
        retryAfterSeconds: String(retryAfter),
      });
    }
    const ok = await verifySecret(password, a?.password_hash ?? DUMMY_HASH);
    if (!a || !ok) throw unauthenticated('Wrong login or password');
    await Promise.all([this.throttle.clear(accountKey), this.throttle.giveBack(ipKey, window)]);
    if (a.status === 'PENDING_VERIFICATION') throw forbidden('The account is not verified yet: enter the code sent at sign-up');
    if (a.status !== 'ACTIVE') throw forbidden('The account is disabled');
    const sessionId = randomUUID();
    await rows(this.ds, 'INSERT INTO auth_sessions (id, account_id) VALUES ($1, $2)', [sessionId, a.id]);
    return this.issue(a, sessionId);
  }

  /** Single-use refresh tokens; presenting a used one ends its whole family (session). */
  async refresh(refreshToken: string): Promise<PersonTokens> {
    const hash = sha256hex(refreshToken);
    const [claimed] = await rows<{ session_id: string }>(
      this.ds,
      'UPDATE auth_refresh_tokens SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING session_id',
      [hash],
    );
    if (!claimed) {
      const [known] = await rows<{ session_id: string; used_at: Date | null }>(
        this.ds,
        'SELECT session_id, used_at FROM auth_refresh_tokens WHERE token_hash = $1',
        [hash],
      );
      if (known?.used_at) {
        await this.endSessions(`id = $1`, [known.session_id], 'refresh token reuse');
        this.logger.warn({ sessionId: known.session_id }, 'refresh token reused: session ended');
        // the gateway that answers ends the session at once (the others learn it from SessionEnded)
        throw new DomainError('UNAUTHENTICATED', 'The refresh token is invalid, expired or already used', [], {
          endedSessionId: known.session_id,
        });
      }
      throw unauthenticated('The refresh token is invalid, expired or already used');
    }
    const [s] = await rows<AccountRow & { revoked_at: Date | null }>(
      this.ds,
      'SELECT a.*, s.revoked_at FROM auth_sessions s JOIN auth_accounts a ON a.id = s.account_id WHERE s.id = $1',
      [claimed.session_id],
    );
    if (!s || s.revoked_at || s.status !== 'ACTIVE') throw unauthenticated('The session has ended');
    return this.issue(s, claimed.session_id);
  }

  async logout(sessionId: string): Promise<void> {
    if (!isUuid(sessionId)) throw forbidden('Only a person signed in with a password has a session to end');
    await this.endSessions(`id = $1`, [sessionId], 'logout');
  }

  async sessionActive(sessionId: string): Promise<boolean> {
    if (!isUuid(sessionId)) return false;
    const [s] = await rows<{ revoked_at: Date | null }>(this.ds, 'SELECT revoked_at FROM auth_sessions WHERE id = $1', [sessionId]);
    return !!s && !s.revoked_at;
  }

  /** Always answers the same, whether the login exists or not. */
  async requestReset(login: string): Promise<void> {
    const a = await this.byLogin(login);
    if (!a || a.status === 'DISABLED') return;
    // at most AUTH_LOGIN_MAX_FAILURES codes per account and window: each code sent was another SMS to the person and
    // MAX_CODE_ATTEMPTS more guesses at a code for whoever asks; over the limit nothing is sent, and the answer is the same
    const sent = await this.throttle.consume(`reset:account:${a.id}`, this.config.AUTH_LOGIN_MAX_FAILURES, this.config.AUTH_LOGIN_WINDOW_S);
    if (!sent.allowed) {
      this.logger.warn({ accountId: a.id }, 'password reset throttled: no code sent');
      return;
    }
    // a phone stored before the mobile rule that no longer passes it (a landline, a number too short to exist) gets no SMS:
    // the code goes to the e-mail, if any; without one nothing can reach the person (logged for support), same answer
    const phone = a.phone && normalizePhone(a.phone) ? a.phone : undefined;
    if (!phone && !a.email) {
      this.logger.warn({ accountId: a.id }, 'password reset: the stored phone cannot receive an SMS and there is no e-mail; no code sent');
      return;
    }
    await this.sendCode(a, 'RESET', phone, a.email ?? undefined);
  }

  /** Sets the new password; answers the sessions it ended. */
  async confirmReset(login: string, code: string, newPassword: string): Promise<string[]> {
    // the rules that do not depend on the account first, the same answer whether the login exists or not; the rule on the
    // account's name only once the code is right (before, it told anyone with a NIK whether it has an account, and which
    // words its name holds)
    const v = passwordViolations(newPassword, {}, 'newPassword');
    if (v.length) throw invalid(v);
    const a = await this.byLogin(login);
    if (!a) throw wrongCode();
    await this.consumeCode(a.id, 'RESET', code, () => {
      const byName = passwordViolations(newPassword, { name: a.name }, 'newPassword');
      if (byName.length) throw invalid(byName);
    });
    await rows(
      this.ds,
      `UPDATE auth_accounts SET password_hash = $2, updated_at = now(), status = CASE WHEN status = 'PENDING_VERIFICATION' THEN 'ACTIVE' ELSE status END WHERE id = $1`,
      [a.id, await hashSecret(newPassword)],
    );
    return this.endSessions(`account_id = $1`, [a.id], 'password reset');
  }

  async get(id: string): Promise<AccountView> {
    const [a] = isUuid(id) ? await rows<AccountRow>(this.ds, 'SELECT * FROM auth_accounts WHERE id = $1', [id]) : [];
    if (!a) throw notFound('This token does not belong to a person');
    return this.view(a);
  }

  /** Admin: roles and region of an account (officers need a region). */
  async setRoles(id: string, roles: string[], regionAsSent: string | null, organizationId: string | null = null): Promise<AccountView> {
    // stored (and put in the account's tokens) as the code list writes it: '3373' and ' 33.73' are 33.73
    const regionCode = canonicalRegionCode(regionAsSent);
    const v = [...roleViolations(roles), ...regionViolations(roles, regionCode), ...organizationViolations(roles, organizationId)];
    if (v.length) throw invalid(v);
    if (!isUuid(id)) throw notFound(`account ${id} was not found`);
    const [a] = await rows<AccountRow>(
      this.ds,
      'UPDATE auth_accounts SET roles = $2, region_code = $3, organization_id = $4, updated_at = now() WHERE id = $1 RETURNING *',
      [id, roles, regionCode, organizationId],
    );
    if (!a) throw notFound(`account ${id} was not found`);
    this.logger.info({ accountId: id, roles, regionCode, organizationId }, 'account roles set');
    return this.view(a);
  }

  /** SANDBOX=true only: the codes sent to the account of a NIK, newest first; NOT_FOUND otherwise. */
  async sandboxCodes(nik: string): Promise<{ purpose: string; code: string; channel: string; sentTo: string; sentAt: string }[]> {
    if (!this.config.SANDBOX) throw notFound('There is no such route outside the sandbox');
    if (!/^\d{16}$/.test(nik)) throw invalid([{ field: 'nik', description: 'nik must be 16 digits' }]);
    const list: { purpose: string; code: string; channel: string; sent_to: string; created_at: Date }[] = await this.ds.query(
      `SELECT purpose, code, channel, sent_to, created_at FROM sandbox_codes WHERE person_id = $1 ORDER BY id DESC LIMIT 20`,
      [this.identity.personId(nik)],
    );
    return list.map((c) => ({
      purpose: c.purpose,
      code: c.code,
      channel: c.channel,
      sentTo: c.sent_to,
      sentAt: c.created_at.toISOString(),
    }));
  }

  /**
   * Ends the active sessions matching `where` (on auth_sessions) and tells every gateway (SessionEnded), in one
   * transaction; `tx` joins a transaction already running (erasure).
   */
  async endSessions(where: string, params: unknown[], reason: string, tx?: OutboxTx): Promise<string[]> {
    const work = async ({ manager, emit }: OutboxTx) => {
      const ended: { id: string; account_id: string }[] = await rows(
        manager,
        `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $${params.length + 1} WHERE ${where} AND revoked_at IS NULL RETURNING id, account_id`,
        [...params, reason],
      );
      for (const s of ended)
        emit(SessionEnded, {
          subject: s.id,
          data: { sessionId: s.id, accountId: s.account_id, reason, endedAt: new Date().toISOString() },
        });
      return ended.map((s) => s.id);
    };
    return tx ? work(tx) : this.outbox.run(work);
  }

  view(a: AccountRow): AccountView {
    return {
      id: a.id,
      nikMasked: a.nik_masked,
      name: a.name,
      email: a.email ? maskEmail(a.email) : null,
      phone: a.phone ? maskPhone(a.phone) : null,
      roles: a.roles,
      regionCode: a.region_code,
      organizationId: a.organization_id,
      status: a.status,
      createdAt: a.created_at.toISOString(),
    };
  }

  private async issue(a: AccountRow, sessionId: string): Promise<PersonTokens> {
    const refresh = randomToken(32);
    await rows(
      this.ds,
      'INSERT INTO auth_refresh_tokens (token_hash, session_id, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))',
      [sha256hex(refresh), sessionId, this.config.AUTH_REFRESH_TTL_S],
    );
    const scope = scopesForRoles(a.roles).join(' ');
    const { token, expiresIn } = await this.keys.sign({
      sub: a.id,
      scope,
      roles: a.roles,
      sid: sessionId,
      pid: a.person_id,
      ...(a.region_code ? { region: a.region_code } : {}),
      ...(a.organization_id ? { org: a.organization_id } : {}),
    });
    return {
      access_token: token,
      token_type: 'Bearer',
      expires_in: expiresIn,
      scope,
      refresh_token: refresh,
      refresh_expires_in: this.config.AUTH_REFRESH_TTL_S,
    };
  }

  private async byLogin(login: string): Promise<AccountRow | undefined> {
    const l = login.trim();
    let where: string;
    let value: string | undefined;
    if (/^\d{16}$/.test(l)) [where, value] = ['person_id', this.identity.personId(l)];
    else if (l.includes('@')) [where, value] = ['email', l.toLowerCase()];
    // a phone login matches stored phones of the earlier, wider rule too (nobody is locked out by the mobile rule)
    else [where, value] = ['phone', phoneLookupKey(l)];
    if (!value) return undefined;
    return (await rows<AccountRow>(this.ds, `SELECT * FROM auth_accounts WHERE ${where} = $1`, [value]))[0];
  }

  private async sendCode(
    a: Pick<AccountRow, 'id' | 'person_id'>,
    purpose: 'VERIFY' | 'RESET',
    phone?: string,
    email?: string,
  ): Promise<string> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await rows(this.ds, `UPDATE auth_codes SET used_at = now() WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL`, [
      a.id,
      purpose,
    ]);
    await rows(
      this.ds,
      'INSERT INTO auth_codes (id, account_id, purpose, code_hash, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))',
      [randomUUID(), a.id, purpose, sha256hex(`${a.id}:${purpose}:${code}`), this.config.AUTH_CODE_TTL_S],
    );
    const to = phone ? maskPhone(phone) : email ? maskEmail(email) : '';
    const channel = phone ? 'sms' : 'email';
    if (this.config.SANDBOX)
      await rows(this.ds, `INSERT INTO sandbox_codes (person_id, purpose, code, channel, sent_to) VALUES ($1, $2, $3, $4, $5)`, [
        a.person_id,
        purpose,
        code,
        channel,
        to,
      ]);
    if (phone) await this.sender.send({ channel: 'sms', to: phone, purpose, code });
    else if (email) await this.sender.send({ channel: 'email', to: email, purpose, code });
    return to;
  }

  /** Takes the newest live code of the purpose when `code` is it; `beforeUse` may still refuse (the code then stays live). */
  private async consumeCode(accountId: string, purpose: 'VERIFY' | 'RESET', code: string, beforeUse?: () => void): Promise<void> {
    const [c] = await rows<{ id: string; code_hash: string; attempts: number }>(
      this.ds,
      'UPDATE auth_codes SET attempts = attempts + 1 WHERE id = (SELECT id FROM auth_codes WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() ORDER BY created_at DESC LIMIT 1) RETURNING id, code_hash, attempts',
      [accountId, purpose],
    );
    if (!c || c.attempts > MAX_CODE_ATTEMPTS) throw wrongCode();
    if (sha256hex(`${accountId}:${purpose}:${code}`) !== c.code_hash) throw wrongCode();
    beforeUse?.();
    const [used] = await rows(this.ds, 'UPDATE auth_codes SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id', [c.id]);
    if (!used) throw wrongCode();
  }
}
