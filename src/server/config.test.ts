import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database in demo mode on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data', DEMO_MODE: true });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('turns demo mode off with a database server, and always in production', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/w' }).DEMO_MODE).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/w', DEMO_MODE: 'true' }).DEMO_MODE).toBe(true);
    const production = loadConfig({ NODE_ENV: 'production', DEMO_MODE: 'true', PUBLIC_URL: 'https://wijkwijs.example.nl', APP_SECRET: 'x'.repeat(32) });
    expect(production.DEMO_MODE).toBe(false);
  });

  it('stops with one line naming the variable and what is allowed', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid setting PORT="eighty": .+/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL.*postgres:\/\//);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://w.example.nl' })).toThrow(/APP_SECRET/);
  });
});
