import { afterAll, describe, expect, it, vi } from 'vitest';
import { contextSettingsLiteral, NO_TENANT } from './database';

describe('contextSettingsLiteral', () => {
  const tenantId = '01a217d4-f15c-71f2-960a-6ba177fde847';

  it('sets role, tenant and user in one parameterless statement', () => {
    expect(contextSettingsLiteral('wijkwijs_app', { tenantId, userId: null })).toBe(
      `select set_config('role', 'wijkwijs_app', true), set_config('app.tenant_id', '${tenantId}', true), set_config('app.user_id', '', true)`,
    );
    expect(contextSettingsLiteral('wijkwijs_app', null)).toContain(`'app.tenant_id', '${NO_TENANT}'`);
  });

  it('refuses anything that is not a UUID or a plain role name instead of quoting it', () => {
    expect(() => contextSettingsLiteral('wijkwijs_app', { tenantId: "x'; drop table users; --" })).toThrow(/UUIDs/);
    expect(() => contextSettingsLiteral('wijkwijs_app', { tenantId, userId: "' or 1=1" })).toThrow(/UUIDs/);
    expect(() => contextSettingsLiteral("app'", { tenantId })).toThrow(/identifier/);
    expect(() => contextSettingsLiteral('wijkwijs_app', { tenantId, settings: { jit: "off'); drop table users; --" } })).toThrow(/setting/);
    expect(() => contextSettingsLiteral('wijkwijs_app', { tenantId, settings: { "role', 'postgres": 'x' } })).toThrow(/setting/);
    expect(() => contextSettingsLiteral('wijkwijs_app', { tenantId, settings: { jit: 'OFF' } })).toThrow(/setting/);
  });

  it('adds further settings after the context, in the order given', () => {
    expect(contextSettingsLiteral('wijkwijs_app', { tenantId, settings: { jit: 'off', statement_timeout: '3000' } })).toMatch(
      /set_config\('app\.user_id', '', true\), set_config\('jit', 'off', true\), set_config\('statement_timeout', '3000', true\)$/,
    );
  });
});

describe('preparedShape', () => {
  // A module of its own: test files share a worker's modules (vitest `isolate: false`), and the
  // shapes other files prepared count towards the bound. Reset again afterwards, so the files after
  // this one in the worker do not get this test's module, full to the bound with its shapes.
  afterAll(() => vi.resetModules());

  it('names a shape after its text, keeps a statement prepared by name as it is, and stops naming new shapes at the bound', async () => {
    vi.resetModules();
    const { prepared, preparedShape, shapeName, SHAPES_AT_MOST } = await import('./database');
    const text = 'select $1::int as shape_test';
    expect(preparedShape(text)).toBe(text);
    expect(shapeName(text)).toMatch(/^shape_[0-9a-f]{32}$/);
    expect(shapeName(`${text} `)).toBeUndefined();
    preparedShape(`${text} `);
    expect(shapeName(`${text} `)).not.toBe(shapeName(text));
    const named = prepared('shape_test_named', 'select 2 as shape_test');
    preparedShape(named);
    expect(shapeName(named)).toBeUndefined();
    for (let i = 0; i < SHAPES_AT_MOST; i++) preparedShape(`select ${i} as shape_test`);
    expect(shapeName(`select ${SHAPES_AT_MOST - 3} as shape_test`)).toMatch(/^shape_/);
    expect(shapeName(`select ${SHAPES_AT_MOST - 1} as shape_test`)).toBeUndefined();
    expect(shapeName(text)).toMatch(/^shape_/);
  });
});
