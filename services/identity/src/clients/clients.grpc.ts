import { Controller } from '@nestjs/common';
import { type identityV1, GrpcService, type GrpcControllerOf } from '@siapkerja/contracts';
import { ClientsService, type ClientView } from './clients.service';

export function toClientMessage(c: ClientView): identityV1.Client {
  return {
    clientId: c.clientId,
    name: c.name,
    scopes: c.scopes,
    roles: c.roles,
    regionCode: c.regionCode ?? '',
    organizationId: c.organizationId ?? '',
    hmacRequired: c.hmacRequired,
    createTime: c.createdAt,
    rotateTime: c.rotatedAt ?? '',
    revokeTime: c.revokedAt ?? '',
  };
}

const withSecrets = (c: ClientView & { clientSecret: string; hmacSecret: string; previousValidUntil?: string }) => ({
  client: toClientMessage(c),
  clientSecret: c.clientSecret,
  hmacSecret: c.hmacSecret,
  previousValidUntil: c.previousValidUntil ?? '',
});

/** OAuth2 clients over gRPC. */
@Controller()
@GrpcService('identity')
export class ClientsGrpc implements GrpcControllerOf<'identity'> {
  constructor(private readonly clients: ClientsService) {}

  async issueClientToken(r: identityV1.IssueClientTokenRequest__Output) {
    const t = await this.clients.token(r.clientId, r.clientSecret, r.scope || undefined);
    return { accessToken: t.access_token, tokenType: t.token_type, expiresIn: t.expires_in, scope: t.scope };
  }

  async createClient(r: identityV1.CreateClientRequest__Output) {
    return withSecrets(
      await this.clients.create({
        name: r.name,
        scopes: r.scopes,
        roles: r.roles,
        regionCode: r.regionCode || null,
        organizationId: r.organizationId || null,
        hmacRequired: r.hmacRequired,
      }),
    );
  }

  async listClients() {
    return { clients: (await this.clients.list()).map(toClientMessage) };
  }

  async rotateClientSecret(r: identityV1.RotateClientSecretRequest__Output) {
    return withSecrets(await this.clients.rotate(r.clientId));
  }

  async revokeClient(r: identityV1.RevokeClientRequest__Output) {
    return toClientMessage(await this.clients.revoke(r.clientId));
  }

  async getClientCredentials(r: identityV1.GetClientCredentialsRequest__Output) {
    const c = await this.clients.find(r.clientId);
    if (!c) return { clientId: r.clientId, found: false, revoked: false, hmacRequired: false, hmacSecrets: [] };
    return {
      clientId: c.client_id,
      found: true,
      revoked: !!c.revoked_at,
      hmacRequired: c.hmac_required,
      hmacSecrets: this.clients.hmacSecrets(c),
    };
  }
}
