import { Injectable } from '@nestjs/common';
import type { GrpcController } from '@siapkerja/service-kit';
import { AccountsGrpc } from './accounts/accounts.grpc';
import { ClientsGrpc } from './clients/clients.grpc';
import { KeysGrpc } from './keys/keys.grpc';
import { PrivacyGrpc } from './privacy/privacy.grpc';

/** siapkerja.identity.v1.IdentityService: one method table assembled from the aggregates. */
@Injectable()
export class IdentityGrpcController implements GrpcController {
  constructor(
    private readonly accounts: AccountsGrpc,
    private readonly clients: ClientsGrpc,
    private readonly keys: KeysGrpc,
    private readonly privacy: PrivacyGrpc,
  ) {}

  handlers() {
    return { ...this.accounts.handlers(), ...this.clients.handlers(), ...this.keys.handlers(), ...this.privacy.handlers() };
  }
}
