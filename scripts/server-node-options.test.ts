import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_OPTIONS } from './server-node-options.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs an ES module snippet with this Node and the given options, from the repository root. */
const node = (options: readonly string[], code: string) => run(process.execPath, [...options, '--input-type=module', '-e', code], { cwd: root });

// V8's flags may disappear in a Node upgrade; Node then refuses to start (exit 9, "bad option").
describe('the server process options', () => {
  it('are accepted by this Node, which refuses an unknown flag', async () => {
    const { stdout } = await node(SERVER_NODE_OPTIONS, 'console.log(JSON.stringify(process.execArgv))');
    expect(JSON.parse(stdout)).toEqual(expect.arrayContaining([...SERVER_NODE_OPTIONS]));
    await expect(node(['--heap-growing-percentage=50'], '')).rejects.toMatchObject({ code: 9 });
  });

  it('run PGlite with its WebAssembly compiled lazily', async () => {
    const code = `import { PGlite } from '@electric-sql/pglite';
      const db = await PGlite.create();
      const { rows } = await db.query("select upper('wijk') as word");
      await db.close();
      console.log(JSON.stringify(rows));`;
    const { stdout } = await node(SERVER_NODE_OPTIONS, code);
    expect(JSON.parse(stdout)).toEqual([{ word: 'WIJK' }]);
  });
});
