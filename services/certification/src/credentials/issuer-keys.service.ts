import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { createPublicKey, verify as edVerify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, CompactSign, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { DataSource, IsNull } from 'typeorm';
import { currentCaller } from '@siapkerja/authz';
import { forbidden } from '@siapkerja/errors';
import { isUniqueViolation } from '@siapkerja/persistence';
import { SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { CertificationConfig } from '../certification.config';
import { issuerUrls } from './credentials.rules';
import { IssuerKeyEntity } from './issuer-key.entity';

type Key = Awaited<ReturnType<typeof importJWK>>;
/** A key id nobody knows is looked up again at most this often (a rotation on another instance), not on every request. */
const RELOAD_MS = 5_000;
const B64URL = /^[A-Za-z0-9_-]*$/;

/** Why a JWS did not verify. */
export type JwsFailure = 'MALFORMED' | 'FOREIGN_ISSUER' | 'UNKNOWN_KEY' | 'TAMPERED';

/**
 * The issuer's Ed25519 keys (stored in this service's database): signs credentials with the current key (created on first
 * need), verifies with any key ever used, publishes them as a did:web DID document and a JWK set, and rotates.
 */
@Injectable()
export class IssuerKeysService implements OnModuleInit {
  private readonly publicKeys = new Map<string, KeyObject>();
  private signing?: { kid: string; key: Key };
  private loadedAt = 0;
  readonly urls: ReturnType<typeof issuerUrls>;

  constructor(
    private readonly ds: DataSource,
    @Inject(SERVICE_CONFIG) config: CertificationConfig,
  ) {
    this.urls = issuerUrls(config.CERTIFICATION_PUBLIC_HOST);
  }

  /**
   * Loads (or creates) the signing key at start: signing then needs no connection of its own, so issues and status changes
   * signing inside their transactions never wait for a second pooled connection.
   */
  async onModuleInit(): Promise<void> {
    await this.current();
  }

  /** Signs a payload as a compact JWS (VC-JOSE: typ vc+jwt, cty vc) with the current key; answers the JWS and the kid. */
  async sign(payload: Record<string, unknown>): Promise<{ jwt: string; kid: string }> {
    const { kid, key } = await this.current();
    const jwt = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', kid, typ: 'vc+jwt', cty: 'vc' })
      .sign(key);
    return { jwt, kid };
  }

  /**
   * Verifies a compact JWS against the issuer's keys: the payload and kid, or why it is not genuine. Ed25519 is checked with
   * node:crypto directly (synchronous, no per-call key import): a batch of 1,000 is dominated by nothing else.
   */
  async verify(
    jws: string,
  ): Promise<{ ok: true; payload: Record<string, unknown>; kid: string } | { ok: false; failure: JwsFailure; kid: string }> {
    const parts = jws.split('.');
    if (parts.length !== 3 || !parts.every((p) => B64URL.test(p))) return { ok: false, failure: 'MALFORMED', kid: '' };
    let header: { alg?: unknown; kid?: unknown; crit?: unknown };
    try {
      header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    } catch {
      return { ok: false, failure: 'MALFORMED', kid: '' };
    }
    const kid = typeof header?.kid === 'string' ? header.kid : '';
    if (header?.alg !== 'EdDSA' || header.crit !== undefined) return { ok: false, failure: 'MALFORMED', kid };
    if (!kid.startsWith(`${this.urls.did}#`)) return { ok: false, failure: 'FOREIGN_ISSUER', kid };
    let key = this.publicKeys.get(kid);
    if (!key && Date.now() - this.loadedAt > RELOAD_MS) {
      await this.load();
      key = this.publicKeys.get(kid);
    }
    if (!key) return { ok: false, failure: 'UNKNOWN_KEY', kid };
    if (!edVerify(null, Buffer.from(`${parts[0]}.${parts[1]}`), key, Buffer.from(parts[2], 'base64url')))
      return { ok: false, failure: 'TAMPERED', kid };
    try {
      const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
      if (!payload || typeof payload !== 'object') return { ok: false, failure: 'MALFORMED', kid };
      return { ok: true, payload, kid };
    } catch {
      return { ok: false, failure: 'MALFORMED', kid };
    }
  }

  /** The DID document (did:web) and the JWK set: every key ever used, the current one first. */
  async documents(): Promise<{ did: string; didDocument: Record<string, unknown>; jwks: { keys: JWK[] } }> {
    const rows = await this.ds.getRepository(IssuerKeyEntity).find({ order: { createdAt: 'DESC' } });
    if (!rows.length) {
      await this.current();
      return this.documents();
    }
    const did = this.urls.did;
    const jwks = rows.map((r) => ({ ...r.publicJwk, kid: r.kid, alg: 'EdDSA', use: 'sig' }));
    return {
      did,
      didDocument: {
        '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jwk/v1'],
        id: did,
        verificationMethod: rows.map((r) => ({
          id: r.kid,
          type: 'JsonWebKey',
          controller: did,
          publicKeyJwk: { ...r.publicJwk, kid: r.kid },
        })),
        assertionMethod: rows.map((r) => r.kid),
      },
      jwks: { keys: jwks },
    };
  }

  /** The ministry rotates: a new signing key; the previous one is retired but stays published (earlier credentials verify). */
  async rotate(now = new Date()): Promise<{ kid: string; previousKid: string }> {
    const caller = currentCaller();
    if (caller && !caller.roles.includes('MINISTRY_ADMIN')) throw forbidden('Only the ministry rotates the issuer key');
    const previous = await this.current();
    const fresh = await this.newKey(now);
    await this.ds.transaction(async (m) => {
      await m.getRepository(IssuerKeyEntity).update({ retiredAt: IsNull() }, { retiredAt: now });
      await m.getRepository(IssuerKeyEntity).insert(fresh);
    });
    await this.load();
    return { kid: fresh.kid, previousKid: previous.kid };
  }

  private async current(): Promise<{ kid: string; key: Key }> {
    if (this.signing) return this.signing;
    await this.load();
    if (this.signing) return this.signing;
    try {
      await this.ds.getRepository(IssuerKeyEntity).insert(await this.newKey(new Date()));
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // another instance created it first
    }
    await this.load();
    return this.signing!;
  }

  /** (Re)reads every key; the signing key is the one not retired. */
  private async load(): Promise<void> {
    const rows = await this.ds.getRepository(IssuerKeyEntity).find();
    this.signing = undefined;
    for (const r of rows) {
      if (!this.publicKeys.has(r.kid)) this.publicKeys.set(r.kid, createPublicKey({ key: r.publicJwk as JsonWebKey, format: 'jwk' }));
      if (!r.retiredAt) this.signing = { kid: r.kid, key: await importJWK({ ...r.privateJwk, alg: 'EdDSA' }, 'EdDSA') };
    }
    this.loadedAt = Date.now();
  }

  private async newKey(now: Date): Promise<IssuerKeyEntity> {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = `${this.urls.did}#key-${(await calculateJwkThumbprint(publicJwk)).slice(0, 16)}`;
    return Object.assign(new IssuerKeyEntity(), {
      kid,
      publicJwk,
      privateJwk: await exportJWK(privateKey),
      createdAt: now,
      retiredAt: null,
    });
  }
}
