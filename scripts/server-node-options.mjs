// Node options of the Wijkwijs server process, shared by `npm start` and `npm run bench` so the
// bench measures what production runs. Decision records 0014, 0017 and 0021.
//
// --max-semi-space-size=4: V8's young generation defaults to 16 MB semi-spaces (up to ~48 MB
// resident); a request's garbage dies young and fits in 4 MB, which keeps ~45 MB less resident on
// the demo data with PGlite at no measurable cost in CPU per request.
//
// --enable-source-maps: the server runs as a bundle (dist/server); stack traces point at src/.
//
// --wasm-lazy-compilation: PGlite's PostgreSQL is a 9 MB WebAssembly module; by default V8
// compiles all of it at start on its worker threads, and the freed compiler memory stays resident
// in their malloc arenas (~50 MB). Lazily, a function is compiled when first called (hot ones are
// still optimised by V8's tier-up as before).
//
// --heap-growing-percent=50: after a full GC V8 lets the old generation grow to 1.1-4 times what
// survived before the next one, the factor chosen from GC speed against allocation speed; on a
// busy machine that is 4, and the old space filled with ~110 MB of dead request objects before it
// was collected. 50 makes the limit 1.5 times the live heap. Not a cap: the maximum heap size is
// V8's default, so a large import can still use what it needs (unlike --max-old-space-size, 0014).
//
// --v8-pool-size=1: one V8 worker thread instead of four. Every worker keeps its own malloc arena
// with what its background compilation and GC jobs freed; the server's JavaScript runs on one
// thread, so more helpers buy little on a small machine.
//
// V8's flags carry no stability guarantee across Node versions: scripts/server-node-options.test.ts
// starts Node with these, so an upgrade that drops one fails a test instead of `npm start`.
export const SERVER_NODE_OPTIONS = ['--max-semi-space-size=4', '--enable-source-maps', '--wasm-lazy-compilation', '--heap-growing-percent=50', '--v8-pool-size=1'];
