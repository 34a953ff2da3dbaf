import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('localhost'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  /** 32 bytes, base64: the key protected fields are encrypted and hashed with. */
  VERKOSTO_SECRET_KEY: z.string().optional(),
  DEMO_MODE: bool.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  LOGIN_LOCKOUT_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Where the built web app is; served with a fallback to index.html for the app's own routes. */
  WEB_DIST: z.string().optional(),
  POOL_SIZE: z.coerce.number().int().min(1).default(10),
  /** `smtp://user:pass@host:587` or `smtps://…`: invitations leave the outbox by this server. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Verkosto <noreply@verkosto.invalid>'),
  /** How often each instance looks for waiting mail in the outbox. */
  MAIL_POLL_SECONDS: z.coerce.number().positive().default(30),
  /** The county's identity service (OpenID Connect): all four, or none. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** This app's callback as the identity service knows it: https://…/api/auth/oidc/callback */
  OIDC_REDIRECT_URI: z.string().url().optional(),
  OIDC_SCOPES: z.string().default('openid email profile'),
  /** The ID-token claims that together name a person for good: `sub`, or `tid,oid` for Entra ID. */
  OIDC_SUBJECT_CLAIMS: z.string().default('sub'),
  /** A claim matched once to an account's e-mail to link a person signing in for the first time. */
  OIDC_LINK_CLAIM: z.string().min(1).optional(),
  /** Off: only the identity service signs workers in. */
  PASSWORD_SIGN_IN: bool.optional(),
});

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string;
  subjectClaims: string[];
  linkClaim: string | null;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolSize: number };
  dataDir: string;
  secretKey: string | null;
  demoMode: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  session: { idleMinutes: number; absoluteHours: number };
  login: { ratePerMinute: number; lockoutAttempts: number; lockoutMinutes: number };
  webDist: string;
  /** Cookies are Secure except when served from this machine over plain HTTP. */
  secureCookies: boolean;
  /** Without SMTP the outbox only keeps the mail (readable by admins in demo mode). */
  mail: { smtpUrl: string | null; from: string; pollSeconds: number };
  oidc: OidcConfig | null;
  passwordSignIn: boolean;
}

const list = (value: string) =>
  value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

function oidcConfig(e: z.infer<typeof envSchema>): OidcConfig | null {
  const parts = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET, e.OIDC_REDIRECT_URI];
  if (parts.every((p) => p === undefined)) return null;
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET || !e.OIDC_REDIRECT_URI)
    throw new Error(
      'Invalid configuration: OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI go together',
    );
  const subjectClaims = list(e.OIDC_SUBJECT_CLAIMS);
  if (subjectClaims.length === 0) throw new Error('Invalid configuration: OIDC_SUBJECT_CLAIMS');
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    redirectUri: e.OIDC_REDIRECT_URI,
    scopes: list(e.OIDC_SCOPES).join(' '),
    subjectClaims,
    linkClaim: e.OIDC_LINK_CLAIM ?? null,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`Invalid configuration: ${names}`);
  }
  const e = parsed.data;
  // npm runs workspace scripts in the workspace folder; paths the user gives are relative to where they ran npm.
  const dataDir = resolve(env.INIT_CWD ?? process.cwd(), e.DATA_DIR);
  const local = ['127.0.0.1', 'localhost', '::1'].includes(e.HOST);
  const oidc = oidcConfig(e);
  const passwordSignIn = e.PASSWORD_SIGN_IN ?? true;
  // Nobody could sign in at all.
  if (!passwordSignIn && !oidc)
    throw new Error('Invalid configuration: PASSWORD_SIGN_IN=0 needs OIDC_ISSUER');
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.POOL_SIZE }
      : { kind: 'pglite', dataDir: resolve(dataDir, 'db') },
    dataDir,
    secretKey: e.VERKOSTO_SECRET_KEY ?? null,
    demoMode: e.DEMO_MODE ?? !e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    login: {
      ratePerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
      lockoutAttempts: e.LOGIN_LOCKOUT_ATTEMPTS,
      lockoutMinutes: e.LOGIN_LOCKOUT_MINUTES,
    },
    webDist: resolve(e.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    secureCookies: e.NODE_ENV === 'production' || !local,
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM, pollSeconds: e.MAIL_POLL_SECONDS },
    oidc,
    passwordSignIn,
  };
}
