import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestTenant } from '../../testing/test-app';
import { placePostcode } from './directory-kit';
import { createPostcodePoints } from './geocode';

let t: TestApp;
let other: TestTenant;
beforeAll(async () => {
  t = await createTestApp({ households: 0, services: 0 });
  other = await t.addTenant();
}, 60_000);
afterAll(() => t.close());

/** No geocoder under test: only postcode_points and what the server remembers. */
const points = () => createPostcodePoints(t.db, { DIRECTORY_GEOCODER_URL: undefined, NODE_ENV: 'test' });
const forget = (postcode: string) => t.db.asOwner((sql) => sql.query('delete from postcode_points where postcode = $1', [postcode]));

describe('postcode points', () => {
  it('remembers a stored point per tenant, so the next search needs no transaction for it', async () => {
    await placePostcode(t, '9101AA', 52.2, 5.2);
    const postcodes = points();
    expect(await postcodes.lookUp(t.tenant.id, '9101 aa')).toEqual({ latitude: 52.2, longitude: 5.2 });
    await forget('9101AA');
    // Gone from the table, still known to this server (a point is only written when it was unknown).
    expect(await postcodes.resolve(t.tenant.id, '9101AA')).toEqual({ latitude: 52.2, longitude: 5.2 });
    // Another tenant's searches never see it, and a server started now does not know it.
    expect(await postcodes.lookUp(other.id, '9101AA')).toBeNull();
    expect(await points().lookUp(t.tenant.id, '9101AA')).toBeNull();
  });

  it('does not remember that a postcode is unknown: a point stored later is found', async () => {
    const postcodes = points();
    await expect(postcodes.resolve(t.tenant.id, '9102AB', 'postcode')).rejects.toMatchObject({ code: 'validation_failed', invalidParams: [{ name: 'postcode' }] });
    await placePostcode(t, '9102AB', 52.3, 5.3);
    expect(await postcodes.lookUp(t.tenant.id, '9102AB')).toEqual({ latitude: 52.3, longitude: 5.3 });
  });
});
