import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IsNik } from '@siapkerja/codes';
import { ApiProblems } from '../platform/http';
import { AccountsService, LoginThrottledException } from './accounts.service';
import { Caller, Public, type AuthCaller } from './caller';

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

export class VerifyDto {
  @ApiProperty({ description: 'phone, email or NIK' }) @IsString() @Length(3, 254) login: string;
  @ApiProperty({ example: '123456' }) @IsString() @Matches(/^\d{6}$/, { message: 'code must be 6 digits' }) code: string;
}

export class LoginDto {
  @ApiProperty({ description: 'phone, email or NIK' }) @IsString() @Length(3, 254) login: string;
  @ApiProperty() @IsString() @MaxLength(128) password: string;
}

export class RefreshDto {
  @ApiProperty() @IsString() @Length(16, 200) refresh_token: string;
}

export class ResetRequestDto {
  @ApiProperty({ description: 'phone, email or NIK' }) @IsString() @Length(3, 254) login: string;
}

export class ResetConfirmDto {
  @ApiProperty({ description: 'phone, email or NIK' }) @IsString() @Length(3, 254) login: string;
  @ApiProperty() @IsString() @Matches(/^\d{6}$/, { message: 'code must be 6 digits' }) code: string;
  @ApiProperty() @IsString() @MaxLength(128) newPassword: string;
}

@ApiTags('Auth: people')
@Controller('v1/auth')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Post('signup')
  @ApiOperation({ summary: "Sign up with NIK, name and mother's maiden name; a verification code goes to the phone (or e-mail)" })
  @ApiProblems(400, 409, 422)
  signup(@Body() body: SignupDto) {
    return this.accounts.signup(body);
  }

  @Public()
  @Post('verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the phone/e-mail with the code received' })
  @ApiProblems(400)
  verify(@Body() body: VerifyDto) {
    return this.accounts.verify(body.login, body.code);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Password login: access token + single-use refresh token',
    description:
      'Failed logins are counted per account (or unknown login) and per client IP in fixed windows (AUTH_LOGIN_WINDOW_S, default 15 min): ' +
      'after AUTH_LOGIN_MAX_FAILURES (default 5) failures for an account, or AUTH_LOGIN_IP_MAX_FAILURES (default 30) from one IP, every login ' +
      'attempt is refused with 429 and Retry-After until the window ends, even with the right password.',
  })
  @ApiProblems(400, 401, 403)
  @ApiResponse({
    status: 429,
    description: 'Too many failed logins; retry after Retry-After seconds',
    headers: { 'Retry-After': { description: 'seconds until logins are accepted again', schema: { type: 'integer', example: 840 } } },
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
  })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    try {
      return await this.accounts.login(body.login, body.password, req.ip ?? req.socket?.remoteAddress);
    } catch (e) {
      if (e instanceof LoginThrottledException) res.setHeader('Retry-After', String(e.retryAfterSeconds));
      throw e;
    }
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rotate: a new access + refresh token; reusing a used refresh token ends the session' })
  @ApiProblems(400, 401)
  refresh(@Body() body: RefreshDto) {
    return this.accounts.refresh(body.refresh_token);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session of this access token (its refresh tokens stop working, and so does the access token)' })
  @ApiProblems(401)
  async logout(@Caller() caller: AuthCaller) {
    await this.accounts.logout(caller);
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in person (personal data masked)' })
  @ApiProblems(401)
  me(@Caller() caller: AuthCaller) {
    return this.accounts.me(caller);
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  @ApiOperation({ summary: "Send a reset code to the account's phone or e-mail (same answer whether the account exists or not)" })
  @ApiProblems(400)
  async resetRequest(@Body() body: ResetRequestDto) {
    await this.accounts.requestReset(body.login);
    return { status: 'accepted' };
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the reset code; every session of the account ends' })
  @ApiProblems(400)
  async resetConfirm(@Body() body: ResetConfirmDto) {
    await this.accounts.confirmReset(body.login, body.code, body.newPassword);
  }
}
