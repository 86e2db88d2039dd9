import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JWK } from 'jose';

/** An Ed25519 key of the issuer. Never deleted: a retired key stays in the DID document so earlier credentials verify. */
@Entity({ name: 'issuer_keys' })
export class IssuerKeyEntity {
  /** the DID URL of the key: `did:web:<host>#key-<thumbprint>` */
  @PrimaryColumn({ type: 'text' }) kid: string;
  @Column({ name: 'public_jwk', type: 'jsonb' }) publicJwk: JWK;
  /** the private key (OKP d). Production keeps the database encrypted at rest; an HSM/KMS would hold it instead */
  @Column({ name: 'private_jwk', type: 'jsonb' }) privateJwk: JWK;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** when it stopped signing (a rotation); null for the signing key */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt: Date | null;
}
