// `npm start`: builds the web app and the server bundle when their sources are newer than the
// builds, then starts the built server with plain Node (decision 0017). Runs with plain Node so it
// works right after `npm install`.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_NODE_OPTIONS } from './server-node-options.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Newest change under `path`; a folder's own time counts, so a deleted file counts too. */
function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Runs `command` when `built` is missing or older than any of `sources` (files or folders). */
function buildWhenStale(what, built, sources, command) {
  const stale = !existsSync(join(root, built)) || Math.max(...sources.map((s) => newestMtime(join(root, s)))) > statSync(join(root, built)).mtimeMs;
  if (!stale) return;
  console.log(`Building ${what}…`);
  const result = spawnSync(command[0], command.slice(1), { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

buildWhenStale('the web app', 'dist/web/index.html', ['src/web', 'src/contracts', 'vite.config.ts'], ['npx', 'vite', 'build', '--logLevel', 'warn']);
buildWhenStale('the server', 'dist/server/main.mjs', ['src/server', 'src/contracts', 'scripts/build-server.mjs'], [process.execPath, join(root, 'scripts/build-server.mjs')]);
const server = spawn(process.execPath, [...SERVER_NODE_OPTIONS, join(root, 'dist/server/main.mjs')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
