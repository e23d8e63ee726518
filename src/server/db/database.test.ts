import { describe, expect, it } from 'vitest';
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
  });
});
