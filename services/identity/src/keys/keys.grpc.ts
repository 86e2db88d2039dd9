import { GrpcService, type GrpcControllerOf } from '@siapkerja/contracts';
import { Controller } from '@nestjs/common';
import { SigningKeys } from './signing-keys.service';

/** The JWK Set and key rotation over gRPC. */
@Controller()
@GrpcService('identity')
export class KeysGrpc implements GrpcControllerOf<'identity'> {
  constructor(private readonly keys: SigningKeys) {}

  async getJwks() {
    return this.keys.jwks();
  }

  async rotateSigningKey() {
    return this.keys.rotate();
  }
}
