import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openSeededTestDatabase, PGLITE_SEEDED } from './test-database';

const probe = (db: Database) => db.asOwner((sql) => sql.query<{ n: number }>('select n from seeded_probe order by n'));

// The seeded copies are PGlite's; on PostgreSQL every test file seeds its own tenant instead.
describe.skipIf(Boolean(process.env.DATABASE_URL))('seeded test databases', () => {
  it('seeds a key once and gives every later file a database of its own from the copy', async () => {
    const key = `probe-${randomUUID()}`;
    let seeded = 0;
    const seed = async (db: Database) => {
      seeded++;
      await db.asOwner((sql) => sql.exec('create table seeded_probe (n int); insert into seeded_probe values (42)'));
    };
    const first = await openSeededTestDatabase(key, seed);
    expect(await probe(first)).toEqual([{ n: 42 }]);
    await first.asOwner((sql) => sql.exec('insert into seeded_probe values (43)'));
    await first.close();

    const second = await openSeededTestDatabase(key, seed);
    expect(seeded).toBe(1);
    // The copy is of the seed alone: what the first file wrote afterwards is not in it.
    expect(await probe(second)).toEqual([{ n: 42 }]);
    await second.close();

    const files = (await readdir(PGLITE_SEEDED)).filter((name) => name.includes(key));
    expect(files).toEqual([expect.stringMatching(new RegExp(`^\\d{4}-\\d{2}-\\d{2}-${key}\\.tar\\.gz$`))]);
  });
});
