// Closed-loop throughput of one endpoint (e.g. POST /api/pick or GET /health/live).
'use strict';

const { options, printResult, main } = require('./lib/cli');
const { runClosedLoop } = require('./lib/closed-loop');

const args = options({
  url: 'http://127.0.0.1:5090',
  method: 'GET',
  path: '/health/live',
  body: '',
  connections: 8,
  seconds: 5,
  'max-requests': 1_000_000,
});

main(async () => {
  const headers = args.body ? { 'content-type': 'application/json' } : {};
  const load = await runClosedLoop({
    baseUrl: args.url,
    connections: args.connections,
    durationMs: args.seconds * 1000,
    maxRequests: args['max-requests'],
    nextRequest: () => ({ method: args.method, path: args.path, headers, body: args.body || undefined }),
  });
  printResult({ method: args.method, path: args.path, body: args.body, ...load });
});
