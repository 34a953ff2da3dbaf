import type { Agent } from '../harness';

/**
 * A browser's trip through the test identity service: follows its redirects with its own cookies,
 * types `login` at its sign-in form, and stops at the redirect back to Verkosto's callback.
 */
export async function throughIdentityService(authorizeUrl: string, login: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = new URL(authorizeUrl);
  let body: URLSearchParams | null = null;
  for (let step = 0; step < 12; step++) {
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: body ?? undefined,
    });
    body = null;
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (next.pathname === '/api/auth/oidc/callback') return next;
      url = next;
      continue;
    }
    const html = await res.text();
    if (res.status !== 200 || !url.pathname.startsWith('/interaction/'))
      throw new Error(`identity service answered ${res.status} at ${url.pathname}`);
    if (html.includes('role="alert"')) throw new Error(`identity service refused the login ${login}`);
    body = new URLSearchParams({ login });
  }
  throw new Error('too many redirects at the identity service');
}

/** Starts at Verkosto, passes the identity service, and answers Verkosto's callback response. */
export async function signInThroughIdentityService(agent: Agent, login: string, returnTo = '/cases') {
  const start = await agent.get(`/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`);
  if (start.statusCode !== 302) throw new Error(`start answered ${start.statusCode}`);
  const callback = await throughIdentityService(start.headers.location as string, login);
  const res = await agent.get(`${callback.pathname}${callback.search}`);
  return { res, callback, location: res.headers.location as string };
}
