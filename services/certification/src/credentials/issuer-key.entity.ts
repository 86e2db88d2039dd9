import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JWK } from 'jose';

/** An Ed25519 key of the issuer. Never deleted: a retired key stays in the DID document so earlier credentials verify. */
@Entity({ name: 'issuer_keys' })
export class IssuerKeyEntity {
  /** the DID URL of the key: `did:web:<host>#key-<thumbprint>` */
  @PrimaryColumn({ type: 'text' }) kid: string;
  @Column({ name: 'public_jwk', type: 'jsonb' }) publicJwk: JWK;
  /**
   * the private JWK sealed with AES-256-GCM under the key-encryption key of the configuration (nonce || ciphertext || tag,
   * see IssuerKeyKeyring): never in clear in the database
   */
  @Column({ name: 'sealed_private_key', type: 'bytea' }) sealedPrivateKey: Buffer;
  /** id of the KEK that sealed it (`kek-<16 hex>`, or `dev-<16 hex>` for the development KEK) */
  @Column({ name: 'kek_id', type: 'text' }) kekId: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** when it stopped signing (a rotation); null for the signing key */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt: Date | null;
}
