import { Injectable } from '@nestjs/common';
import type { UnaryHandler } from '@siapkerja/grpc';
import { SigningKeys } from './signing-keys.service';

/** The JWK Set and key rotation over gRPC. */
@Injectable()
export class KeysGrpc {
  constructor(private readonly keys: SigningKeys) {}

  handlers(): Record<string, UnaryHandler> {
    return {
      GetJwks: () => this.keys.jwks(),
      RotateSigningKey: () => this.keys.rotate(),
    };
  }
}
