import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

/** A person known to the test identity service: what it says about them in the ID token. */
export interface IdpAccount {
  /** What the person types at the identity service's sign-in form. */
  login: string;
  sub: string;
  email?: string;
  name?: string;
  /** Entra ID's tenant and object ids, for subject made of several claims. */
  tid?: string;
  oid?: string;
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, IdpAccount>;
  close(): Promise<void>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function form(uid: string, message: string | null) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity service</title></head>
<body><main><h1>Test identity service</h1>${message ? `<p role="alert">${escapeHtml(message)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}">
<label for="login">Identity service username</label> <input id="login" name="login" autocomplete="off">
<button type="submit">Continue</button></form></main></body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1, for tests of the county's sign-in:
 * a confidential client, code flow with PKCE, and a plain sign-in form at its interaction step
 * where the test (or a browser) types one of `accounts`' logins.
 */
export async function startTestIdp(options: {
  redirectUris: string[];
  accounts?: IdpAccount[];
  port?: number;
}): Promise<TestIdp> {
  const accounts = new Map((options.accounts ?? []).map((a) => [a.login, a]));
  const bySub = (sub: string) => [...accounts.values()].find((a) => a.sub === sub);
  const clientId = 'verkosto';
  const clientSecret = 'test-idp-client-secret-not-for-production';
  let provider: Provider | null = null;

  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub', 'tid', 'oid'], email: ['email'], profile: ['name'] },
    // Everything the scopes allow goes in the ID token: that is what Verkosto reads.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['test-idp-cookie-key'] },
    findAccount: (_ctx, sub) => {
      const account = bySub(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: account.email, name: account.name, tid: account.tid, oid: account.oid }),
      };
    },
  };
  provider = new Provider(issuer, configuration);
  // Its own warnings about development keys are noise in a test run.
  provider.on('server_error', () => undefined);
  const callback = provider.callback();

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const match = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
    if (!match || !provider) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'consent') {
        // The county's own app: consent is implied.
        const grant = new provider.Grant({
          accountId: details.session?.accountId,
          clientId: String(details.params.client_id),
        });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { consent: { grantId } },
          { mergeWithLastSubmission: true },
        );
        return;
      }
      if (req.method !== 'POST') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(form(match[1]!, null));
        return;
      }
      const login = (await readForm(req)).get('login') ?? '';
      const account = accounts.get(login);
      if (!account) {
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(form(match[1]!, 'Unknown username'));
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.sub } },
        { mergeWithLastSubmission: false },
      );
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('interaction failed');
    }
  }

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
