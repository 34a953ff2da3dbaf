import * as client from 'openid-client';
import type { OidcConfig } from '../../config';

/** What one sign-in at the identity service needs carried from its start to its callback. */
export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The county's identity service as an OpenID Connect client sees it. Its metadata is fetched on
 * first use and kept; a failed fetch is tried again on the next sign-in rather than at start-up,
 * so an identity service that is down does not keep Verkosto (and password sign-in) down.
 */
export class IdentityService {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(private readonly config: OidcConfig) {}

  private discover(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.config.issuer),
        this.config.clientId,
        undefined,
        client.ClientSecretBasic(this.config.clientSecret),
        // Plain HTTP only to this machine itself: a test identity service, never a county's.
        LOOPBACK.has(new URL(this.config.issuer).hostname) ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        this.configuration = null;
        throw error;
      });
    return this.configuration;
  }

  async authorizationRequest(): Promise<AuthorizationRequest> {
    const configuration = await this.discover();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUri,
      scope: this.config.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state, nonce, codeVerifier };
  }

  /**
   * Exchanges the callback's code for tokens and answers the ID token's claims. Throws when
   * anything does not hold: the state, the nonce, the PKCE verifier, the token's signature,
   * issuer, audience or age.
   */
  async claims(
    callbackUrl: URL,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<Record<string, unknown>> {
    const configuration = await this.discover();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      pkceCodeVerifier: expected.codeVerifier,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    return claims;
  }
}
