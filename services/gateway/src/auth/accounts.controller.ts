import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { fromLoginDto, LoginDto, PersonTokensDto, toPersonTokensDto } from '../generated/identity.views';
import { clientIp } from '@siapkerja/authz';
import { ApiProblems } from '../platform/http';
import { Public } from './caller';
import { IdentityClient, LoginThrottledException } from './identity.client';

/** Password login: served by identity, which throttles by account and by the client's address; its 429 carries Retry-After. */
@ApiTags('Auth: people')
@Controller('v1/auth')
export class AccountsController {
  constructor(private readonly identity: IdentityClient) {}

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
      return toPersonTokensDto(await this.identity.call('login', { ...fromLoginDto(body), clientIp: clientIp(req) }));
    } catch (e) {
      if (e instanceof LoginThrottledException) res.setHeader('Retry-After', String(e.retryAfterSeconds));
      throw e;
    }
  }
}
