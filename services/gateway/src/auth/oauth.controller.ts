import { BadRequestException, Body, Controller, Get, Header, HttpCode, Post, Req } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { fromTokenRequestDto, JwksDto, TokenRequestDto, TokenResponseDto, toTokenResponseDto } from '../generated/identity.views';
import { ApiProblems } from '../platform/http';
import { AccessTokenVerifier } from './access-tokens';
import { Public } from './caller';
import { IdentityClient } from './identity.client';

@ApiTags('Auth: OAuth2 clients')
@Controller()
export class OAuthController {
  constructor(
    private readonly identity: IdentityClient,
    private readonly tokens: AccessTokenVerifier,
  ) {}

  @Public()
  @Post('oauth/token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({ security: [], summary: 'OAuth2 client-credentials grant: a short-lived ES256 access token with the granted scopes' })
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiProblems(400, 401)
  async token(@Body() body: TokenRequestDto, @Req() req: Request): Promise<TokenResponseDto> {
    let id = body.client_id;
    let secret = body.client_secret;
    const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(req.header('authorization') ?? '');
    if (basic) {
      const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      if (i > 0) [id, secret] = [decodeURIComponent(decoded.slice(0, i)), decodeURIComponent(decoded.slice(i + 1))];
    }
    if (!id || !secret)
      throw new BadRequestException('invalid_request: client_id and client_secret are required (form fields or HTTP Basic)');
    return toTokenResponseDto(
      await this.identity.call('issueClientToken', { ...fromTokenRequestDto(body), clientId: id, clientSecret: secret }),
    );
  }

  @Public()
  @Get('.well-known/jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ security: [], summary: 'Public keys that verify the access tokens (JWK Set)' })
  @ApiOkResponse({ type: JwksDto })
  @ApiProblems()
  async jwks(): Promise<JwksDto> {
    return (await this.tokens.publicJwks()) as JwksDto;
  }
}
