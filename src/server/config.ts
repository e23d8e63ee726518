import { z } from 'zod';

/** Every setting of the server, read from the environment and validated once at start. */
const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  DATABASE_APP_ROLE: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case SQL identifier').default('wijkwijs_app'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DEMO_MODE: booleanFromEnv.optional(),
  DEFAULT_TENANT: z.string().regex(/^[a-z0-9-]+$/, 'must be a tenant slug (a-z, 0-9, -)').default('voorbeeld'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFromEnv.default(false),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Wijkwijs <no-reply@wijkwijs.local>'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(240).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24).default(12),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  JOBS_ENABLED: booleanFromEnv.default(true),
  /** Per IP per minute for sign-in; password links get a third of it. Raise only for test runs from one address. */
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(30),
  APP_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Directory: postcode geocoder (PDOK Locatieserver "free" API or compatible) for postcodes not in the local table; `off` to use only the local table. Default PDOK, off under NODE_ENV=test. */
  DIRECTORY_GEOCODER_URL: z.union([z.url(), z.literal('off')]).optional(),
  /** Directory: requests per IP per minute on the public directory endpoints (search and pages; forms get a tenth). */
  DIRECTORY_PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(120),
});

type RawConfig = z.infer<typeof ConfigSchema>;
export type Config = Omit<RawConfig, 'DEMO_MODE'> & { DEMO_MODE: boolean };

export class ConfigError extends Error {}

/** Parses the environment; a wrong value throws one line naming the variable and what is allowed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`Invalid setting ${name}=${JSON.stringify(env[name] ?? '')}: ${issue?.message ?? 'invalid'}`);
  }
  const raw = result.data;
  if (raw.NODE_ENV === 'production') {
    if (!raw.PUBLIC_URL) throw new ConfigError('Missing setting PUBLIC_URL: required when NODE_ENV=production (the https address people use, for links in e-mails).');
    if (!raw.APP_SECRET) throw new ConfigError('Missing setting APP_SECRET: required when NODE_ENV=production (at least 32 random characters).');
  }
  const demoDefault = raw.NODE_ENV !== 'production' && !raw.DATABASE_URL;
  const DEMO_MODE = raw.NODE_ENV === 'production' ? false : (raw.DEMO_MODE ?? demoDefault);
  return { ...raw, DEMO_MODE };
}
