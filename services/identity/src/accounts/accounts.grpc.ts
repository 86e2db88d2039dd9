import { Injectable } from '@nestjs/common';
import type { identityV1 } from '@siapkerja/contracts';
import type { UnaryHandler } from '@siapkerja/grpc';
import { AccountsService, type AccountView } from './accounts.service';

export function toAccountMessage(a: AccountView): identityV1.Account {
  return {
    id: a.id,
    nikMasked: a.nikMasked,
    name: a.name,
    email: a.email ?? '',
    phone: a.phone ?? '',
    roles: a.roles,
    regionCode: a.regionCode ?? '',
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
@Injectable()
export class AccountsGrpc {
  constructor(private readonly accounts: AccountsService) {}

  handlers(): Record<string, UnaryHandler> {
    return {
      SignUp: async (r: identityV1.SignUpRequest__Output) => {
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
      },
      VerifyAccount: (r: identityV1.VerifyAccountRequest__Output) => this.accounts.verify(r.login, r.code),
      Login: async (r: identityV1.LoginRequest__Output) => tokens(await this.accounts.login(r.login, r.password, r.clientIp || undefined)),
      RefreshSession: async (r: identityV1.RefreshSessionRequest__Output) => tokens(await this.accounts.refresh(r.refreshToken)),
      EndSession: async (r: identityV1.EndSessionRequest__Output) => {
        await this.accounts.logout(r.sessionId);
        return {};
      },
      CheckSession: async (r: identityV1.CheckSessionRequest__Output) => ({ active: await this.accounts.sessionActive(r.sessionId) }),
      RequestPasswordReset: async (r: identityV1.RequestPasswordResetRequest__Output) => {
        await this.accounts.requestReset(r.login);
        return {};
      },
      ConfirmPasswordReset: async (r: identityV1.ConfirmPasswordResetRequest__Output) => {
        return { endedSessionIds: await this.accounts.confirmReset(r.login, r.code, r.newPassword) };
      },
      GetAccount: async (r: identityV1.GetAccountRequest__Output) => toAccountMessage(await this.accounts.get(r.id)),
      SetAccountRoles: async (r: identityV1.SetAccountRolesRequest__Output) =>
        toAccountMessage(await this.accounts.setRoles(r.id, r.roles, r.regionCode || null)),
      ListSandboxVerificationCodes: async (r: identityV1.ListSandboxVerificationCodesRequest__Output) => ({
        codes: (await this.accounts.sandboxCodes(r.nik)).map((c) => ({
          purpose: c.purpose,
          code: c.code,
          channel: c.channel,
          sentTo: c.sentTo,
          sendTime: c.sentAt,
        })),
      }),
    };
  }
}
