import { Body, Controller, ForbiddenException, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IsNik } from '@siapkerja/codes';
import {
  AccountDto,
  fromLoginDto,
  fromRefreshDto,
  fromResetConfirmDto,
  fromResetRequestDto,
  fromSandboxCodesQueryDto,
  fromVerifyDto,
  LoginDto,
  PersonTokensDto,
  RefreshDto,
  ResetConfirmDto,
  ResetRequestDto,
  SandboxCodesDto,
  SandboxCodesQueryDto,
  SignupResultDto,
  toAccountDto,
  toPersonTokensDto,
  toSandboxCodesDto,
  toSignupResultDto,
  toVerifyResultDto,
  VerifyDto,
  VerifyResultDto,
} from '../generated/identity.views';
import { ApiProblems } from '../platform/http';
import { Caller, Public, type AuthCaller } from './caller';
import { IdentityClient, LoginThrottledException } from './identity.client';
import { Revocations } from './revocations';

export class SignupDto {
  @ApiProperty({ example: '3374014507900001', description: 'NIK; must agree with birthDate and sex' })
  @IsString()
  @IsNik({ birthDateProperty: 'birthDate', sexProperty: 'sex' })
  nik: string;
  @ApiProperty({ example: 'Siti Rahayu' }) @IsString() @Length(2, 200) name: string;
  @ApiProperty({ example: 'Sri Wahyuni' }) @IsString() @Length(2, 200) motherMaidenName: string;
  @ApiProperty({ example: '1990-07-05', format: 'date' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be a date YYYY-MM-DD' })
  birthDate: string;
  @ApiProperty({ enum: [1, 2], description: '1 male, 2 female' }) @IsIn([1, 2]) sex: 1 | 2;
  @ApiPropertyOptional({ example: '081234567890' }) @IsOptional() @IsString() @MaxLength(20) phone?: string;
  @ApiPropertyOptional({ example: 'siti@example.id' }) @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @ApiProperty({ description: 'at least 10 characters, letters and digits, not containing the NIK or the name' })
  @IsString()
  @MaxLength(128)
  password: string;
}

export class AcceptedDto {
  @ApiProperty({ example: 'accepted' }) status: string;
}

/** People's accounts: served by identity, translated here. */
@ApiTags('Auth: people')
@Controller('v1/auth')
export class AccountsController {
  constructor(
    private readonly identity: IdentityClient,
    private readonly revocations: Revocations,
  ) {}

  @Public()
  @Post('signup')
  @ApiOperation({
    security: [],
    summary: "Sign up with NIK, name and mother's maiden name; a verification code goes to the phone (or e-mail)",
  })
  @ApiCreatedResponse({ type: SignupResultDto })
  @ApiProblems(400, 409, 422)
  async signup(@Body() body: SignupDto): Promise<SignupResultDto> {
    return toSignupResultDto(await this.identity.call('signUp', { ...body, phone: body.phone ?? '', email: body.email ?? '' }));
  }

  @Public()
  @Post('verify')
  @HttpCode(200)
  @ApiOperation({ security: [], summary: 'Confirm the phone/e-mail with the code received' })
  @ApiOkResponse({ type: VerifyResultDto })
  @ApiProblems(400)
  async verify(@Body() body: VerifyDto): Promise<VerifyResultDto> {
    return toVerifyResultDto(await this.identity.call('verifyAccount', fromVerifyDto(body)));
  }

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

  @Get('me')
  @ApiOperation({ summary: 'The signed-in person (personal data masked)' })
  @ApiOkResponse({ type: AccountDto })
  @ApiProblems(401, 403, 404)
  async me(@Caller() caller: AuthCaller): Promise<AccountDto> {
    return toAccountDto(await this.identity.call('getAccount', { id: caller.clientId ? '' : caller.sub }));
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  @ApiOperation({
    security: [],
    summary: "Send a reset code to the account's phone or e-mail (same answer whether the account exists or not)",
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblems(400)
  async resetRequest(@Body() body: ResetRequestDto): Promise<AcceptedDto> {
    await this.identity.call('requestPasswordReset', fromResetRequestDto(body));
    return { status: 'accepted' };
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

/** Sandbox only (SANDBOX=true): what the platform would have sent to a person by SMS or e-mail. */
@ApiTags('Sandbox')
@Controller('v1/sandbox')
export class SandboxController {
  constructor(private readonly identity: IdentityClient) {}

  @Public()
  @Get('verification-codes')
  @ApiOperation({
    security: [],
    summary: 'Sandbox only: the verification and password-reset codes sent to the account of a NIK, newest first',
    description: 'For front-end developers trying sign-up and password reset without a phone. Answers 404 outside the sandbox.',
  })
  @ApiOkResponse({ type: SandboxCodesDto })
  @ApiProblems(400, 404)
  async codes(@Query() q: SandboxCodesQueryDto): Promise<SandboxCodesDto> {
    return toSandboxCodesDto(await this.identity.call('listSandboxVerificationCodes', fromSandboxCodesQueryDto(q)));
  }
}
