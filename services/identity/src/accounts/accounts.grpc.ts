import { Controller } from '@nestjs/common';
import { type identityV1, GrpcService, type GrpcControllerOf } from '@siapkerja/contracts';
import { AccountsService, type AccountView } from './accounts.service';
import { accountOf } from '../shared/caller';

export function toAccountMessage(a: AccountView): identityV1.Account {
  return {
    id: a.id,
    nikMasked: a.nikMasked,
    name: a.name,
    email: a.email ?? '',
    phone: a.phone ?? '',
    roles: a.roles,
    regionCode: a.regionCode ?? '',
    organizationId: a.organizationId ?? '',
    status: a.status,
    createTime: a.createdAt,
  };
}

const tokens = (t: {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  refresh_token: string;
  refresh_expires_in: number;
}) => ({
  accessToken: t.access_token,
  tokenType: t.token_type,
  expiresIn: t.expires_in,
  scope: t.scope,
  refreshToken: t.refresh_token,
  refreshExpiresIn: t.refresh_expires_in,
});

/** People's accounts and sessions over gRPC. */
@Controller()
@GrpcService('identity')
export class AccountsGrpc implements GrpcControllerOf<'identity'> {
  constructor(private readonly accounts: AccountsService) {}

  async signUp(r: identityV1.SignUpRequest__Output) {
    const out = await this.accounts.signup({
      nik: r.nik,
      name: r.name,
      motherMaidenName: r.motherMaidenName,
      birthDate: r.birthDate,
      sex: r.sex as 1 | 2,
      phone: r.phone || undefined,
      email: r.email || undefined,
      password: r.password,
    });
    return { id: out.id, status: out.status, nikMasked: out.nikMasked, codeSentTo: out.codeSentTo };
  }

  async verifyAccount(r: identityV1.VerifyAccountRequest__Output) {
    return this.accounts.verify(r.login, r.code);
  }

  async login(r: identityV1.LoginRequest__Output) {
    return tokens(await this.accounts.login(r.login, r.password, r.clientIp || undefined));
  }

  async refreshSession(r: identityV1.RefreshSessionRequest__Output) {
    return tokens(await this.accounts.refresh(r.refreshToken));
  }

  async endSession(r: identityV1.EndSessionRequest__Output) {
    await this.accounts.logout(r.sessionId);
    return { revocation: { sessionIds: [r.sessionId], clientIds: [] } };
  }

  async checkSession(r: identityV1.CheckSessionRequest__Output) {
    return { active: await this.accounts.sessionActive(r.sessionId) };
  }

  async requestPasswordReset(r: identityV1.RequestPasswordResetRequest__Output) {
    await this.accounts.requestReset(r.login);
    return { status: 'accepted' };
  }

  async confirmPasswordReset(r: identityV1.ConfirmPasswordResetRequest__Output) {
    return { revocation: { sessionIds: await this.accounts.confirmReset(r.login, r.code, r.newPassword), clientIds: [] } };
  }

  async getAccount(r: identityV1.GetAccountRequest__Output) {
    return toAccountMessage(await this.accounts.get(accountOf(r.id)));
  }

  async setAccountRoles(r: identityV1.SetAccountRolesRequest__Output) {
    return toAccountMessage(await this.accounts.setRoles(r.id, r.roles, r.regionCode || null, r.organizationId || null));
  }

  async listSandboxVerificationCodes(r: identityV1.ListSandboxVerificationCodesRequest__Output) {
    return {
      codes: (await this.accounts.sandboxCodes(r.nik)).map((c) => ({
        purpose: c.purpose,
        code: c.code,
        channel: c.channel,
        sentTo: c.sentTo,
        sendTime: c.sentAt,
      })),
    };
  }
}
