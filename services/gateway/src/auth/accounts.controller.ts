import { Body, Controller, ForbiddenException, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  fromLoginDto,
  fromRefreshDto,
  fromResetConfirmDto,
  LoginDto,
  PersonTokensDto,
  RefreshDto,
  ResetConfirmDto,
  toPersonTokensDto,
} from '../generated/identity.views';
import { ApiProblems } from '../platform/http';
import { Caller, Public, type AuthCaller } from './caller';
import { IdentityClient, LoginThrottledException } from './identity.client';
import { Revocations } from './revocations';

/** People's accounts: served by identity, translated here. */
@ApiTags('Auth: people')
@Controller('v1/auth')
export class AccountsController {
  constructor(
    private readonly identity: IdentityClient,
    private readonly revocations: Revocations,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    security: [],
    summary: 'Password login: access token + single-use refresh token',
    description:
      'Failed logins are counted per account (or unknown login) and per client IP in fixed windows (AUTH_LOGIN_WINDOW_S, default 15 min): ' +
      'after AUTH_LOGIN_MAX_FAILURES (default 5) failures for an account, or AUTH_LOGIN_IP_MAX_FAILURES (default 30) from one IP, every login ' +
      'attempt is refused with 429 and Retry-After until the window ends, even with the right password.',
  })
  @ApiOkResponse({ type: PersonTokensDto })
  @ApiProblems(400, 401, 403)
  @ApiResponse({
    status: 429,
    description: 'Too many failed logins; retry after Retry-After seconds',
    headers: { 'Retry-After': { description: 'seconds until logins are accepted again', schema: { type: 'integer', example: 840 } } },
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
  })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<PersonTokensDto> {
    try {
      return toPersonTokensDto(
        await this.identity.call('login', { ...fromLoginDto(body), clientIp: req.ip ?? req.socket?.remoteAddress ?? '' }),
      );
    } catch (e) {
      if (e instanceof LoginThrottledException) res.setHeader('Retry-After', String(e.retryAfterSeconds));
      throw e;
    }
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ security: [], summary: 'Rotate: a new access + refresh token; reusing a used refresh token ends the session' })
  @ApiOkResponse({ type: PersonTokensDto })
  @ApiProblems(400, 401)
  async refresh(@Body() body: RefreshDto): Promise<PersonTokensDto> {
    try {
      return toPersonTokensDto(await this.identity.call('refreshSession', fromRefreshDto(body)));
    } catch (e) {
      // a reused refresh token ended its session: refused here at once, by the other replicas when SessionEnded arrives
      const ended = (e as { endedSessionId?: string }).endedSessionId;
      if (ended) this.revocations.endSession(ended);
      throw e;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session of this access token (its refresh tokens stop working, and so does the access token)' })
  @ApiNoContentResponse({ description: 'the session has ended' })
  @ApiProblems(401, 403)
  async logout(@Caller() caller: AuthCaller): Promise<void> {
    if (!caller.sessionId) throw new ForbiddenException('Only a person signed in with a password has a session to end');
    await this.identity.call('endSession', { sessionId: caller.sessionId });
    this.revocations.endSession(caller.sessionId);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ security: [], summary: 'Set a new password with the reset code; every session of the account ends' })
  @ApiNoContentResponse({ description: 'the password is set; every session of the account has ended' })
  @ApiProblems(400)
  async resetConfirm(@Body() body: ResetConfirmDto): Promise<void> {
    const r = await this.identity.call('confirmPasswordReset', fromResetConfirmDto(body));
    for (const sid of r.endedSessionIds) this.revocations.endSession(sid);
  }
}
