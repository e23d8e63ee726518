// Node options of the Wijkwijs server process, shared by `npm start` and `npm run bench` so the
// bench measures what production runs. Decision records 0014 and 0017.
//
// --max-semi-space-size=4: V8's young generation defaults to 16 MB semi-spaces (up to ~48 MB
// resident); a request's garbage dies young and fits in 4 MB, which keeps ~45 MB less resident on
// the demo data with PGlite at no measurable cost in CPU per request.
//
// --enable-source-maps: the server runs as a bundle (dist/server); stack traces point at src/.
export const SERVER_NODE_OPTIONS = ['--max-semi-space-size=4', '--enable-source-maps'];
