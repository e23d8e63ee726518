import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREPARED_MAX_AGE_MS, protocolStatements } from './pglite';

let pglite: PGlite;
beforeAll(async () => {
  pglite = await PGlite.create();
  await pglite.exec('create table items (id int primary key, name text); insert into items select g, $$item $$ || g from generate_series(1, 50) g');
});
afterAll(() => pglite.close());

const prepareTimes = async () => (await pglite.query<{ name: string; prepare_time: Date }>("select name, prepare_time from pg_prepared_statements where name = 'test_item'")).rows;

describe('PGlite statements through the protocol', () => {
  it('prepares a named statement once, and again once it is older than the maximum age', async () => {
    let now = 1_000_000;
    const run = protocolStatements(pglite, { now: () => now, maxAgeMs: PREPARED_MAX_AGE_MS });
    const item = (id: number) => pglite.transaction(() => run<{ name: string }>('test_item', 'select name from items where id = $1', [id]));
    expect(await item(7)).toEqual([{ name: 'item 7' }]);
    const [first] = await prepareTimes();
    expect(first).toBeDefined();
    now += PREPARED_MAX_AGE_MS - 1;
    expect(await item(8)).toEqual([{ name: 'item 8' }]);
    expect(await prepareTimes()).toEqual([first]);
    now += 2;
    expect(await item(9)).toEqual([{ name: 'item 9' }]);
    const again = await prepareTimes();
    expect(again).toHaveLength(1);
    expect(again[0]!.prepare_time.getTime()).toBeGreaterThan(first!.prepare_time.getTime());
  });

  it('parses a new statement once when one transaction runs it twice at the same time', async () => {
    const run = protocolStatements(pglite);
    const text = 'select name from items where id = $1 and name is not null';
    const rows = await pglite.transaction(() => Promise.all([run('test_item_twice', text, [1]), run('test_item_twice', text, [2])]));
    expect(rows).toEqual([[{ name: 'item 1' }], [{ name: 'item 2' }]]);
  });

  it('runs unnamed statements without keeping them', async () => {
    const run = protocolStatements(pglite);
    expect(await pglite.transaction(() => run(undefined, 'select count(*)::int as n from items where id <= $1', [10]))).toEqual([{ n: 10 }]);
    expect((await pglite.query("select count(*)::int as n from pg_prepared_statements where name = ''")).rows).toEqual([{ n: 0 }]);
  });
});
