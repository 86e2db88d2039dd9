import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClientRevoked, ClientSecretRotated } from '@siapkerja/contracts';
import { DomainError, echo, invalid } from '@siapkerja/errors';
import { organizationViolations, regionViolations, roleViolations } from '../accounts/accounts.rules';
import { canonicalRegionCode } from '@siapkerja/codes';
import { TransactionalOutbox } from '@siapkerja/events';
import type { Logger } from '@siapkerja/logging';
import { LOGGER, SERVICE_CONFIG } from '@siapkerja/service-kit';
import { SANDBOX_CLIENTS } from '@siapkerja/testing';
import type { IdentityConfig } from '../identity.config';
import { SigningKeys } from '../keys/signing-keys.service';
import { rows } from '../shared/db';
import { hashSecret, randomToken, verifySecret } from '../shared/secrets';
import { ALL_SCOPES } from '@siapkerja/authz';
import { scopesForRoles } from './scopes';

const notFound = (message: string) => new DomainError('NOT_FOUND', message);

export interface ClientRow {
  client_id: string;
  name: string;
  secret_hash: string;
  previous_secret_hash: string | null;
  previous_valid_until: Date | null;
  scopes: string[];
  roles: string[];
  region_code: string | null;
  organization_id: string | null;
  hmac_required: boolean;
  hmac_secret: string;
  previous_hmac_secret: string | null;
  created_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
}

export interface ClientView {
  clientId: string;
  name: string;
  scopes: string[];
  roles: string[];
  regionCode: string | null;
  organizationId: string | null;
  hmacRequired: boolean;
  createdAt: string;
  rotatedAt: string | null;
  revokedAt: string | null;
}

export interface NewClient {
  name: string;
  scopes: string[];
  roles: string[];
  regionCode?: string | null;
  organizationId?: string | null;
  hmacRequired?: boolean;
}

const view = (c: ClientRow): ClientView => ({
  clientId: c.client_id,
  name: c.name,
  scopes: c.scopes,
  roles: c.roles,
  regionCode: c.region_code,
  organizationId: c.organization_id,
  hmacRequired: c.hmac_required,
  createdAt: c.created_at.toISOString(),
  rotatedAt: c.rotated_at?.toISOString() ?? null,
  revokedAt: c.revoked_at?.toISOString() ?? null,
});

const PARTNER_SCOPES = ['jobs', 'training', 'certification', 'entrepreneurship', 'reports', 'feed', 'webhooks'].flatMap((a) => [
  `${a}:read`,
  `${a}:write`,
]);
const OFFICER_SCOPES = scopesForRoles(['DISNAKER_PROVINCE']);

/** The sandbox clients (ids and secrets from libs/testing SANDBOX_CLIENTS), seeded when SANDBOX=true. */
export const SANDBOX_DEFINITIONS: (NewClient & { id: string; secret: string })[] = [
  { ...SANDBOX_CLIENTS.admin, name: 'Sandbox ministry admin', scopes: ALL_SCOPES, roles: ['MINISTRY_ADMIN'] },
  { ...SANDBOX_CLIENTS.partnerA, name: 'Sandbox partner A', scopes: PARTNER_SCOPES, roles: ['PARTNER'] },
  { ...SANDBOX_CLIENTS.partnerB, name: 'Sandbox partner B', scopes: PARTNER_SCOPES, roles: ['PARTNER'] },
  {
    ...SANDBOX_CLIENTS.province33,
    name: 'Sandbox Disnaker province 33',
    scopes: OFFICER_SCOPES,
    roles: ['DISNAKER_PROVINCE'],
    regionCode: '33',
  },
  {
    ...SANDBOX_CLIENTS.regency3373,
    name: 'Sandbox Disnaker regency 33.73',
    scopes: OFFICER_SCOPES,
    roles: ['DISNAKER_REGENCY'],
    regionCode: '33.73',
  },
];

export interface IssuedAccessToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

/**
 * OAuth2 clients: registration, client-credentials tokens, secret rotation with a grace period, revocation. A revocation
 * or rotation is told to every gateway (ClientRevoked / ClientSecretRotated) in the same transaction.
 */
@Injectable()
export class ClientsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly keys: SigningKeys,
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async find(clientId: string): Promise<ClientRow | undefined> {
    return (await rows<ClientRow>(this.ds, 'SELECT * FROM auth_clients WHERE client_id = $1', [clientId]))[0];
  }

  async create(input: NewClient): Promise<ClientView & { clientSecret: string; hmacSecret: string }> {
    // stored (and put in its tokens) as the code list writes it: '3373' and ' 33.73' are 33.73
    const regionCode = canonicalRegionCode(input.regionCode);
    // the name trimmed (a blank one names nothing), scopes and roles once each: what is stored and shown
    const name = (input.name ?? '').trim();
    const scopes = [...new Set(input.scopes)];
    const roles = [...new Set(input.roles)];
    const v = [...roleViolations(roles), ...regionViolations(roles, regionCode), ...organizationViolations(roles, input.organizationId)];
    // scopes of libs/authz only (an unknown one was stored and granted in the client's tokens), a name of at most 200
    if (scopes.some((sc) => !ALL_SCOPES.includes(sc)))
      v.unshift({ field: 'scopes', description: `scopes must be among ${ALL_SCOPES.join(', ')}` });
    if (!name) v.unshift({ field: 'name', description: 'name must not be blank' });
    else if (name.length > 200) v.unshift({ field: 'name', description: 'name must be at most 200 characters' });
    if (v.length) throw invalid(v);
    const clientId = `c_${randomToken(12)}`;
    const clientSecret = randomToken(32);
    const hmacSecret = randomToken(32);
    const [row] = await rows<ClientRow>(
      this.ds,
      `INSERT INTO auth_clients (client_id, name, secret_hash, scopes, roles, region_code, hmac_required, hmac_secret, organization_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [
        clientId,
        name,
        await hashSecret(clientSecret),
        scopes,
        roles,
        regionCode ?? null,
        input.hmacRequired ?? false,
        hmacSecret,
        input.organizationId ?? null,
      ],
    );
    this.logger.info({ clientId, roles, regionCode }, 'auth client registered');
    return { ...view(row), clientSecret, hmacSecret };
  }

  async list(): Promise<ClientView[]> {
    return (await rows<ClientRow>(this.ds, 'SELECT * FROM auth_clients ORDER BY created_at, client_id')).map(view);
  }

  /** New secret (and HMAC secret); the previous ones stay valid for AUTH_SECRET_GRACE_S. */
  async rotate(clientId: string): Promise<ClientView & { clientSecret: string; hmacSecret: string; previousValidUntil: string }> {
    const clientSecret = randomToken(32);
    const hmacSecret = randomToken(32);
    const secretHash = await hashSecret(clientSecret);
    const row = await this.outbox.run(async ({ manager, emit }) => {
      const [r] = await rows<ClientRow>(
        manager,
        `UPDATE auth_clients SET previous_secret_hash = secret_hash, previous_hmac_secret = hmac_secret,
         previous_valid_until = now() + make_interval(secs => $2), secret_hash = $3, hmac_secret = $4, rotated_at = now()
       WHERE client_id = $1 AND revoked_at IS NULL RETURNING *`,
        [clientId, this.config.AUTH_SECRET_GRACE_S, secretHash, hmacSecret],
      );
      if (r) emit(ClientSecretRotated, { subject: clientId, data: { clientId, change: 'ROTATED', changedAt: new Date().toISOString() } });
      return r;
    });
    if (!row) throw notFound(`client ${echo(clientId)} was not found or is revoked`);
    this.logger.info({ clientId }, 'auth client secret rotated');
    return { ...view(row), clientSecret, hmacSecret, previousValidUntil: row.previous_valid_until!.toISOString() };
  }

  async revoke(clientId: string): Promise<ClientView> {
    const row = await this.outbox.run(async ({ manager, emit }) => {
      const [r] = await rows<ClientRow>(
        manager,
        'UPDATE auth_clients SET revoked_at = coalesce(revoked_at, now()) WHERE client_id = $1 RETURNING *',
        [clientId],
      );
      if (r) emit(ClientRevoked, { subject: clientId, data: { clientId, change: 'REVOKED', changedAt: new Date().toISOString() } });
      return r;
    });
    if (!row) throw notFound(`client ${echo(clientId)} was not found`);
    this.logger.info({ clientId }, 'auth client revoked');
    return view(row);
  }

  /** HMAC secrets currently accepted for a client: the current one, and the previous during the grace period. */
  hmacSecrets(c: ClientRow): string[] {
    const out = [c.hmac_secret];
    if (c.previous_hmac_secret && c.previous_valid_until && c.previous_valid_until.getTime() > Date.now()) out.push(c.previous_hmac_secret);
    return out;
  }

  /** client_credentials grant (RFC 6749 4.4). */
  async token(clientId: string, clientSecret: string, scope: string | undefined): Promise<IssuedAccessToken> {
    const c = await this.find(clientId);
    const ok =
      !!c &&
      !c.revoked_at &&
      ((await verifySecret(clientSecret, c.secret_hash)) ||
        (!!c.previous_valid_until &&
          c.previous_valid_until.getTime() > Date.now() &&
          (await verifySecret(clientSecret, c.previous_secret_hash))));
    if (!c || !ok) throw new DomainError('UNAUTHENTICATED', 'invalid_client: unknown client, wrong secret or revoked client');
    let granted = c.scopes;
    if (scope !== undefined && scope.trim() !== '') {
      const requested = [...new Set(scope.trim().split(/\s+/))];
      const notAllowed = requested.filter((s) => !c.scopes.includes(s));
      if (notAllowed.length)
        // quoting a few, each cut short: the whole list of a huge scope made a status message of any size (carried in a
        // header; one of 133 000 characters was seen never to arrive, the call ending in DEADLINE_EXCEEDED)
        throw new DomainError(
          'INVALID_ARGUMENT',
          `invalid_scope: not granted to this client: ${notAllowed
            .slice(0, 5)
            .map((sc) => echo(sc))
            .join(' ')}${notAllowed.length > 5 ? ' ...' : ''}`,
        );
      granted = requested;
    }
    const grantedScope = granted.join(' ');
    const { token, expiresIn } = await this.keys.sign({
      sub: c.client_id,
      client_id: c.client_id,
      scope: grantedScope,
      roles: c.roles,
      ...(c.region_code ? { region: c.region_code } : {}),
      ...(c.organization_id ? { org: c.organization_id } : {}),
    });
    return { access_token: token, token_type: 'Bearer', expires_in: expiresIn, scope: grantedScope };
  }

  /** Upserts the sandbox clients with their published secrets (idempotent). */
  async seedSandbox(): Promise<void> {
    await this.upsert(SANDBOX_DEFINITIONS);
    this.logger.warn(
      { clients: SANDBOX_DEFINITIONS.map((d) => d.id) },
      'SANDBOX=true: sandbox clients seeded with their published secrets',
    );
  }

  /** AUTH_BOOTSTRAP_ADMIN_CLIENT_ID / _SECRET: the first administrator of a fresh deployment. */
  async seedBootstrapAdmin(): Promise<void> {
    const id = this.config.AUTH_BOOTSTRAP_ADMIN_CLIENT_ID;
    const secret = this.config.AUTH_BOOTSTRAP_ADMIN_CLIENT_SECRET;
    if (!id || !secret) return;
    await this.upsert([{ id, secret, name: 'Bootstrap ministry admin', scopes: ALL_SCOPES, roles: ['MINISTRY_ADMIN'] }]);
    this.logger.info({ clientId: id }, 'bootstrap admin client ensured');
  }

  private async upsert(defs: (NewClient & { id: string; secret: string })[]): Promise<void> {
    for (const d of defs) {
      const existing = await this.find(d.id);
      if (existing && (await verifySecret(d.secret, existing.secret_hash))) {
        await rows(
          this.ds,
          `UPDATE auth_clients SET name = $2, scopes = $3, roles = $4, region_code = $5, revoked_at = NULL WHERE client_id = $1`,
          [d.id, d.name, d.scopes, d.roles, canonicalRegionCode(d.regionCode) ?? null],
        );
        continue;
      }
      await rows(
        this.ds,
        `INSERT INTO auth_clients (client_id, name, secret_hash, scopes, roles, region_code, hmac_required, hmac_secret)
         VALUES ($1, $2, $3, $4, $5, $6, false, $7)
         ON CONFLICT (client_id) DO UPDATE SET name = EXCLUDED.name, secret_hash = EXCLUDED.secret_hash, scopes = EXCLUDED.scopes,
           roles = EXCLUDED.roles, region_code = EXCLUDED.region_code, revoked_at = NULL, previous_secret_hash = NULL, previous_valid_until = NULL`,
        [d.id, d.name, await hashSecret(d.secret), d.scopes, d.roles, canonicalRegionCode(d.regionCode) ?? null, randomToken(32)],
      );
    }
  }
}
