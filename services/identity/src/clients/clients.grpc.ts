import { Controller } from '@nestjs/common';
import { type identityV1, GrpcService, type GrpcControllerOf } from '@siapkerja/contracts';
import { clientCredentials } from './client-authentication';
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

const withSecrets = (c: ClientView & { clientSecret: string; hmacSecret: string }) => ({
  client: toClientMessage(c),
  clientSecret: c.clientSecret,
  hmacSecret: c.hmacSecret,
});

/** The client a call changed: the calling gateway forgets what it cached of it at once. */
const changed = (clientId: string): identityV1.Revoked => ({ sessionIds: [], clientIds: [clientId] });

/** OAuth2 clients over gRPC. */
@Controller()
@GrpcService('identity')
export class ClientsGrpc implements GrpcControllerOf<'identity'> {
  constructor(private readonly clients: ClientsService) {}

  async issueClientToken(r: identityV1.IssueClientTokenRequest__Output) {
    const { id, secret } = clientCredentials(r, r.authorization);
    const t = await this.clients.token(id, secret, r.scope || undefined);
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
    const c = await this.clients.rotate(r.clientId);
    return { client: withSecrets(c), previousValidUntil: c.previousValidUntil, revocation: changed(c.clientId) };
  }

  async revokeClient(r: identityV1.RevokeClientRequest__Output) {
    const c = await this.clients.revoke(r.clientId);
    return { ...toClientMessage(c), revocation: changed(c.clientId) };
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
