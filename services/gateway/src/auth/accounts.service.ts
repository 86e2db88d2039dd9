import { randomInt, randomUUID } from 'node:crypto';
import {
  ConflictException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  NotFoundException,
  UnauthorizedException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { maskNik } from '@siapkerja/codes';
import type { FieldViolation } from '@siapkerja/errors';
import { isUniqueViolation, isUuid } from '@siapkerja/persistence';
import { FieldValidationException } from '../platform/problem.filter';
import type { AuthCaller } from './caller';
import { rows } from './db';
import { GatewayPlatform } from '../platform/gateway-platform';
import { clearKey, consume, giveBack } from '../traffic/rate-limit';
import { IDENTITY_VERIFIER, VERIFICATION_SENDER, type IdentityVerifier, type VerificationSender } from './ports';
import { scopesForRoles } from './scopes';
import { hashSecret, randomToken, sha256hex, verifySecret } from './secrets';
import { AccessTokens } from './tokens';

interface AccountRow {
  id: string;
  person_id: string;
  nik_masked: string;
  name: string;
  email: string | null;
  phone: string | null;
  password_hash: string;
  roles: string[];
  region_code: string | null;
  status: 'PENDING_VERIFICATION' | 'ACTIVE' | 'DISABLED';
  created_at: Date;
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

const MAX_CODE_ATTEMPTS = 5;
// a fixed hash to spend the same time on unknown logins as on wrong passwords
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** `08…` / `62…` / `+62…` to `+62…`; undefined when it is not a phone number. */
export function normalizePhone(raw: string): string | undefined {
  const s = raw.replace(/[\s().-]/g, '');
  const e164 = s.startsWith('+') ? s : s.startsWith('0') ? `+62${s.slice(1)}` : s.startsWith('62') ? `+${s}` : undefined;
  return e164 && /^\+[1-9]\d{7,14}$/.test(e164) ? e164 : undefined;
}

/** Password rules: 10-128 characters, letters and digits, not containing the NIK or the name. */
export function passwordViolations(password: string, context: { nik?: string; name?: string }, field = 'password'): FieldViolation[] {
  const out: string[] = [];
  if (password.length < 10) out.push('must be at least 10 characters');
  if (password.length > 128) out.push('must be at most 128 characters');
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) out.push('must contain letters and digits');
  const lower = password.toLowerCase().replace(/\s+/g, '');
  if (context.nik && lower.includes(context.nik)) out.push('must not contain the NIK');
  if (context.name) {
    const name = context.name.toLowerCase();
    const parts = [name.replace(/\s+/g, ''), ...name.split(/[\s.,'-]+/).filter((p) => p.length >= 4)];
    if (parts.some((p) => p.length >= 3 && lower.includes(p))) out.push('must not contain the name');
  }
  return out.map((d) => ({ field, description: `${field} ${d}` }));
}

/** Too many failed logins for this account or address: 429, with the seconds until the window ends. */
export class LoginThrottledException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed logins; try again in ${retryAfterSeconds} s`, HttpStatus.TOO_MANY_REQUESTS);
  }
}

const maskEmail = (e: string) => e.replace(/^(.)[^@]*(@.*)$/, '$1***$2');
const maskPhone = (p: string) => `${p.slice(0, 4)}****${p.slice(-3)}`;

/** People: sign-up with NIK, verification code, login, refresh-token rotation, logout, password reset. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly ds: DataSource,
    private readonly tokens: AccessTokens,
    private readonly platform: GatewayPlatform,
    @Inject(IDENTITY_VERIFIER) private readonly verifier: IdentityVerifier,
    @Inject(VERIFICATION_SENDER) private readonly sender: VerificationSender,
  ) {}

  private get config() {
    return this.platform.config;
  }
  private get logger() {
    return this.platform.logger;
  }

  async signup(input: SignupInput): Promise<{ id: string; status: string; nikMasked: string; codeSentTo: string }> {
    const violations: FieldViolation[] = [];
    const phone = input.phone !== undefined ? normalizePhone(input.phone) : undefined;
    if (input.phone !== undefined && !phone)
      violations.push({ field: 'phone', description: 'phone must be a phone number (08…, 62… or +62…)' });
    if (input.phone === undefined && input.email === undefined)
      violations.push({ field: 'phone', description: 'phone or email is required to receive the verification code' });
    violations.push(...passwordViolations(input.password, { nik: input.nik, name: input.name }));
    if (violations.length) throw new FieldValidationException(violations);

    const check = await this.verifier.verify({
      nik: input.nik,
      name: input.name,
      motherMaidenName: input.motherMaidenName,
      birthDate: input.birthDate,
      sex: input.sex,
    });
    if (!check.verified) throw new UnprocessableEntityException(`The identity could not be verified: ${check.reason}`);

    const id = randomUUID();
    const email = input.email?.toLowerCase();
    try {
      await rows(
        this.ds,
        `INSERT INTO auth_accounts (id, person_id, nik_masked, name, email, phone, password_hash, roles, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, '{JOB_SEEKER}', 'PENDING_VERIFICATION')`,
        [
          id,
          this.platform.identity.personId(input.nik),
          maskNik(input.nik),
          input.name.trim(),
          email ?? null,
          phone ?? null,
          await hashSecret(input.password),
        ],
      );
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConflictException('An account with this NIK, phone or email already exists');
      throw e;
    }
    this.logger.info({ accountId: id }, 'account signed up');
    const to = await this.sendCode(id, 'VERIFY', phone, email);
    return { id, status: 'PENDING_VERIFICATION', nikMasked: maskNik(input.nik), codeSentTo: to };
  }

  async verify(login: string, code: string): Promise<{ id: string; status: string }> {
    const a = await this.byLogin(login);
    if (!a) throw new FieldValidationException([{ field: 'code', description: 'code is wrong or expired' }]);
    if (a.status === 'ACTIVE') return { id: a.id, status: a.status };
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
   * limit the answer is 429 with Retry-After, whatever the password.
   */
  async login(login: string, password: string, ip?: string): Promise<PersonTokens> {
    const a = await this.byLogin(login);
    const window = this.config.AUTH_LOGIN_WINDOW_S;
    const accountKey = a ? `login:account:${a.id}` : `login:unknown:${sha256hex(login.trim().toLowerCase())}`;
    const ipKey = `login:ip:${ip ?? 'unknown'}`;
    const [byAccount, byIp] = await Promise.all([
      consume(this.ds, accountKey, this.config.AUTH_LOGIN_MAX_FAILURES, window),
      consume(this.ds, ipKey, this.config.AUTH_LOGIN_IP_MAX_FAILURES, window),
    ]);
    const refused = [byAccount, byIp].filter((d) => !d.allowed);
    if (refused.length) {
      this.logger.warn({ accountId: a?.id, ip, byAccount: !byAccount.allowed, byIp: !byIp.allowed }, 'login throttled');
      throw new LoginThrottledException(Math.max(...refused.map((d) => d.resetSeconds)));
    }
    const ok = await verifySecret(password, a?.password_hash ?? DUMMY_HASH);
    if (!a || !ok) throw new UnauthorizedException('Wrong login or password');
    await Promise.all([clearKey(this.ds, accountKey), giveBack(this.ds, ipKey, window)]);
    if (a.status === 'PENDING_VERIFICATION')
      throw new ForbiddenException('The account is not verified yet: enter the code sent at sign-up');
    if (a.status !== 'ACTIVE') throw new ForbiddenException('The account is disabled');
    const sessionId = randomUUID();
    await rows(this.ds, 'INSERT INTO auth_sessions (id, account_id) VALUES ($1, $2)', [sessionId, a.id]);
    return this.issue(a, sessionId);
  }

  /** Single-use refresh tokens; presenting a used one revokes its whole family (session). */
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
        await this.revokeSession(known.session_id, 'refresh token reuse');
        this.logger.warn({ sessionId: known.session_id }, 'refresh token reused: session revoked');
      }
      throw new UnauthorizedException('The refresh token is invalid, expired or already used');
    }
    const [s] = await rows<AccountRow & { revoked_at: Date | null }>(
      this.ds,
      'SELECT a.*, s.revoked_at FROM auth_sessions s JOIN auth_accounts a ON a.id = s.account_id WHERE s.id = $1',
      [claimed.session_id],
    );
    if (!s || s.revoked_at || s.status !== 'ACTIVE') throw new UnauthorizedException('The session has ended');
    return this.issue(s, claimed.session_id);
  }

  async logout(caller: AuthCaller): Promise<void> {
    if (!caller.sessionId) throw new ForbiddenException('Only a person signed in with a password has a session to end');
    await this.revokeSession(caller.sessionId, 'logout');
  }

  /** Always answers the same, whether the login exists or not. */
  async requestReset(login: string): Promise<void> {
    const a = await this.byLogin(login);
    if (!a || a.status === 'DISABLED') return;
    await this.sendCode(a.id, 'RESET', a.phone ?? undefined, a.email ?? undefined);
  }

  async confirmReset(login: string, code: string, newPassword: string): Promise<void> {
    const a = await this.byLogin(login);
    if (!a) throw new FieldValidationException([{ field: 'code', description: 'code is wrong or expired' }]);
    const v = passwordViolations(newPassword, { name: a.name }, 'newPassword');
    if (v.length) throw new FieldValidationException(v);
    await this.consumeCode(a.id, 'RESET', code);
    await rows(
      this.ds,
      `UPDATE auth_accounts SET password_hash = $2, updated_at = now(), status = CASE WHEN status = 'PENDING_VERIFICATION' THEN 'ACTIVE' ELSE status END WHERE id = $1`,
      [a.id, await hashSecret(newPassword)],
    );
    await rows(
      this.ds,
      `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'password reset' WHERE account_id = $1 AND revoked_at IS NULL`,
      [a.id],
    );
  }

  async me(caller: AuthCaller) {
    const [a] = isUuid(caller.sub) ? await rows<AccountRow>(this.ds, 'SELECT * FROM auth_accounts WHERE id = $1', [caller.sub]) : [];
    if (!a) throw new NotFoundException('This token does not belong to a person');
    return this.view(a);
  }

  /** Admin: roles and region of an account (officers need a region). */
  async setRoles(id: string, roles: string[], regionCode: string | null) {
    if (!isUuid(id)) throw new NotFoundException(`account ${id} was not found`);
    const [a] = await rows<AccountRow>(
      this.ds,
      'UPDATE auth_accounts SET roles = $2, region_code = $3, updated_at = now() WHERE id = $1 RETURNING *',
      [id, roles, regionCode],
    );
    if (!a) throw new NotFoundException(`account ${id} was not found`);
    this.logger.info({ accountId: id, roles, regionCode }, 'account roles set');
    return this.view(a);
  }

  private view(a: AccountRow) {
    return {
      id: a.id,
      nikMasked: a.nik_masked,
      name: a.name,
      email: a.email ? maskEmail(a.email) : null,
      phone: a.phone ? maskPhone(a.phone) : null,
      roles: a.roles,
      regionCode: a.region_code,
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
    const access = this.tokens.issue({
      sub: a.id,
      scope: scopesForRoles(a.roles).join(' '),
      roles: a.roles,
      sid: sessionId,
      ...(a.region_code ? { region: a.region_code } : {}),
    });
    return { ...access, refresh_token: refresh, refresh_expires_in: this.config.AUTH_REFRESH_TTL_S };
  }

  private async revokeSession(sessionId: string, reason: string): Promise<void> {
    await rows(this.ds, 'UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL', [
      sessionId,
      reason,
    ]);
  }

  private async byLogin(login: string): Promise<AccountRow | undefined> {
    const l = login.trim();
    let where: string;
    let value: string | undefined;
    if (/^\d{16}$/.test(l)) [where, value] = ['person_id', this.platform.identity.personId(l)];
    else if (l.includes('@')) [where, value] = ['email', l.toLowerCase()];
    else [where, value] = ['phone', normalizePhone(l)];
    if (!value) return undefined;
    return (await rows<AccountRow>(this.ds, `SELECT * FROM auth_accounts WHERE ${where} = $1`, [value]))[0];
  }

  private async sendCode(accountId: string, purpose: 'VERIFY' | 'RESET', phone?: string, email?: string): Promise<string> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await rows(this.ds, `UPDATE auth_codes SET used_at = now() WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL`, [
      accountId,
      purpose,
    ]);
    await rows(
      this.ds,
      'INSERT INTO auth_codes (id, account_id, purpose, code_hash, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))',
      [randomUUID(), accountId, purpose, sha256hex(`${accountId}:${purpose}:${code}`), this.config.AUTH_CODE_TTL_S],
    );
    if (phone) await this.sender.send({ channel: 'sms', to: phone, purpose, code });
    else if (email) await this.sender.send({ channel: 'email', to: email, purpose, code });
    return phone ? maskPhone(phone) : email ? maskEmail(email) : '';
  }

  private async consumeCode(accountId: string, purpose: 'VERIFY' | 'RESET', code: string): Promise<void> {
    const wrong = () => new FieldValidationException([{ field: 'code', description: 'code is wrong or expired' }]);
    const [c] = await rows<{ id: string; code_hash: string; attempts: number }>(
      this.ds,
      'UPDATE auth_codes SET attempts = attempts + 1 WHERE id = (SELECT id FROM auth_codes WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() ORDER BY created_at DESC LIMIT 1) RETURNING id, code_hash, attempts',
      [accountId, purpose],
    );
    if (!c || c.attempts > MAX_CODE_ATTEMPTS) throw wrong();
    if (sha256hex(`${accountId}:${purpose}:${code}`) !== c.code_hash) throw wrong();
    const [used] = await rows(this.ds, 'UPDATE auth_codes SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id', [c.id]);
    if (!used) throw wrong();
  }
}
