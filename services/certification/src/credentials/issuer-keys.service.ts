import { Inject, Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { createPublicKey, verify as edVerify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, CompactSign, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { DataSource, IsNull } from 'typeorm';
import { currentCaller } from '@siapkerja/authz';
import { resealUnderCurrentKek } from '@siapkerja/config';
import { forbidden } from '@siapkerja/errors';
import type { Logger } from '@siapkerja/logging';
import { isUniqueViolation } from '@siapkerja/persistence';
import { LOGGER, SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { CertificationConfig } from '../certification.config';
import { issuerUrls } from './credentials.rules';
import { IssuerKeyKeyring } from './issuer-key-encryption';
import { IssuerKeyEntity } from './issuer-key.entity';

type Key = Awaited<ReturnType<typeof importJWK>>;
/** A key id nobody knows is looked up again at most this often (a rotation on another instance), not on every request. */
const RELOAD_MS = 5_000;
const B64URL = /^[A-Za-z0-9_-]*$/;
/**
 * The head of a credential as this register signs it: the @context strings, then the top-level id (a certificate's urn:uuid).
 * Anchored at the start, so the id matched is the top-level one (nested objects come after it).
 */
const LEADING_ID =
  /^\{"@context":\[(?:"[^"\\]*",)*"[^"\\]*"\],"id":"(urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"/;

/** A JWS payload (base64url) as a JSON object (an array too, as JSON.parse gives it), or undefined when it is not one. */
function parsePayload(b64: string): Record<string, unknown> | undefined {
  try {
    const payload = JSON.parse(Buffer.from(b64, 'base64url').toString('utf8'));
    return payload && typeof payload === 'object' ? payload : undefined;
  } catch {
    return undefined;
  }
}

/** Why a JWS did not verify. */
export type JwsFailure = 'MALFORMED' | 'FOREIGN_ISSUER' | 'UNKNOWN_KEY' | 'TAMPERED';

/**
 * The issuer's Ed25519 keys (stored in this service's database, the private part sealed under the configured key-encryption
 * key, see IssuerKeyKeyring): signs credentials with the current key (created on first need), verifies with any key ever used,
 * publishes them as a did:web DID document and a JWK set, and rotates.
 */
@Injectable()
export class IssuerKeysService implements OnModuleInit {
  private readonly publicKeys = new Map<string, KeyObject>();
  private signing?: { kid: string; key: Key };
  private loadedAt = 0;
  readonly urls: ReturnType<typeof issuerUrls>;
  private readonly keyring: IssuerKeyKeyring;

  constructor(
    private readonly ds: DataSource,
    @Inject(SERVICE_CONFIG) config: CertificationConfig,
    @Optional() @Inject(LOGGER) private readonly logger?: Logger,
  ) {
    this.urls = issuerUrls(config.CERTIFICATION_PUBLIC_HOST);
    this.keyring = IssuerKeyKeyring.fromConfig(config);
  }

  /**
   * At start: every stored private key is opened (a wrong or missing KEK stops the start, naming the KEK ids), and any key
   * sealed under a previous KEK is re-sealed under the current one; then the signing key is loaded (or created), so signing
   * needs no connection of its own and issues and status changes signing inside their transactions never wait for a second
   * pooled connection.
   */
  async onModuleInit(): Promise<void> {
    await this.resealUnderCurrentKek();
    await this.current();
  }

  /**
   * Opens every stored private key with the configured KEKs and re-seals those sealed under a previous KEK (KEK rotation,
   * libs/config resealUnderCurrentKek: one transaction holding the rows). Answers how many were re-sealed.
   */
  async resealUnderCurrentKek(): Promise<number> {
    const resealed = await resealUnderCurrentKek(this.ds, 'issuer_keys', this.keyring);
    if (resealed)
      this.logger?.info({ resealed, kekId: this.keyring.current.id }, 'issuer keys re-sealed under the current key-encryption key');
    return resealed;
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
   * Verifies a credential (a compact JWS) against the issuer's keys and answers its top-level `id` claim (what verification
   * looks up in the register) and kid, or why it is not genuine. Ed25519 is checked with node:crypto directly (synchronous,
   * no per-call key import). The id of a credential this register signed is read from the head of the payload (`{"@context":[...],"id":"urn:uuid:..."`,
   * the signer's order; sound only because the signature is verified first), without parsing the whole credential; any
   * other payload is parsed.
   */
  async verifyCredentialId(jws: string): Promise<{ ok: true; id: string; kid: string } | { ok: false; failure: JwsFailure; kid: string }> {
    const v = await this.verifySignature(jws);
    if (!v.ok) return v;
    const head = LEADING_ID.exec(Buffer.from(v.payload.slice(0, 400), 'base64url').toString('latin1'));
    if (head) return { ok: true, id: head[1], kid: v.kid };
    const payload = parsePayload(v.payload);
    return payload ? { ok: true, id: String(payload.id ?? ''), kid: v.kid } : { ok: false, failure: 'MALFORMED', kid: v.kid };
  }

  /** The signature check: the kid and the (base64url) payload signed by one of the issuer's keys, or why not. */
  private async verifySignature(
    jws: string,
  ): Promise<{ ok: true; payload: string; kid: string } | { ok: false; failure: JwsFailure; kid: string }> {
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
    return { ok: true, payload: parts[1], kid };
  }

  /** The DID document (did:web) and the JWK set: every key ever used, the current one first. */
  async documents(): Promise<{ did: string; didDocument: Record<string, unknown>; jwks: { keys: JWK[] } }> {
    const rows = await this.ds
      .getRepository(IssuerKeyEntity)
      .find({ select: { kid: true, publicJwk: true, createdAt: true }, order: { createdAt: 'DESC' } });
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

  /**
   * (Re)reads every public key; the signing key is the one not retired, opened (and imported) only when it changed: a reload
   * for an unknown kid costs one query, not a decryption.
   */
  private async load(): Promise<void> {
    const rows = await this.ds
      .getRepository(IssuerKeyEntity)
      .find({ select: { kid: true, publicJwk: true, retiredAt: true, sealedPrivateKey: true, kekId: true } });
    let signing: { kid: string; key: Key } | undefined;
    for (const r of rows) {
      if (!this.publicKeys.has(r.kid)) this.publicKeys.set(r.kid, createPublicKey({ key: r.publicJwk as JsonWebKey, format: 'jwk' }));
      if (r.retiredAt) continue;
      if (this.signing?.kid === r.kid) signing = this.signing;
      else {
        const privateJwk = this.keyring.open(r.kid, { sealed: r.sealedPrivateKey, kekId: r.kekId });
        signing = { kid: r.kid, key: await importJWK({ ...privateJwk, alg: 'EdDSA' }, 'EdDSA') };
      }
    }
    this.signing = signing;
    this.loadedAt = Date.now();
  }

  private async newKey(now: Date): Promise<IssuerKeyEntity> {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = `${this.urls.did}#key-${(await calculateJwkThumbprint(publicJwk)).slice(0, 16)}`;
    const { sealed, kekId } = this.keyring.seal(kid, await exportJWK(privateKey));
    return Object.assign(new IssuerKeyEntity(), {
      kid,
      publicJwk,
      sealedPrivateKey: sealed,
      kekId,
      createdAt: now,
      retiredAt: null,
    });
  }
}
