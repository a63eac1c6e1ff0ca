// A long night for memory: N bots subscribed to one game night while votes come in at a steady rate; every bot must get every vote, once.
'use strict';

const api = require('./lib/api');
const { options, adminToken, printResult, main } = require('./lib/cli');
const { subscribedClient, connectAll } = require('./lib/live-clients');
const { rssMb } = require('./lib/memory');
const { round } = require('./lib/closed-loop');

const args = options({
  url: 'http://127.0.0.1:5090',
  clients: 1000,
  'votes-per-second': 25, // each vote is a vote.received to every client
  seconds: 100,
  'server-pid': 0, // when given, the server's RSS at the end
  'drain-ms': 30_000, // how long to wait for the last votes to reach every client
  'connect-timeout-ms': 60_000,
  'connect-concurrency': 100,
});

main(async () => {
  for (const name of ['clients', 'votes-per-second', 'seconds']) {
    if (!(args[name] > 0)) {
      throw new Error(`--${name} must be more than 0, got ${args[name]}`);
    }
  }
  const token = adminToken();
  const sessionId = await api.startFreshSession(args.url, token, 'bench: long night');
  const games = await api.enabledGames(args.url);
  await api.addGame(args.url, token, sessionId, games[0].id, 'LONG');
  const wsUrl = `${args.url.replace(/^http/, 'ws')}/api/sessions/live`;
  // A client gets its session's events in id order: an id not above its last one is a duplicate.
  let received = 0;
  let duplicates = 0;
  let opened = 0;
  const lastIds = [];
  const sockets = await connectAll(args.clients, args['connect-concurrency'], args['connect-timeout-ms'], () => {
    const client = opened++;
    lastIds[client] = 0;
    return subscribedClient(wsUrl, token, sessionId, (message) => {
      if (message.type !== 'vote.received') {
        return;
      }
      if (message.id > lastIds[client]) {
        lastIds[client] = message.id;
        received++;
      } else {
        duplicates++;
      }
    });
  });
  let closed = 0;
  sockets.forEach((socket) => socket.on('close', () => closed++));

  const statuses = {};
  const started = performance.now();
  const total = Math.round(args['votes-per-second'] * args.seconds);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / args['votes-per-second'];
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    const { status } = await api.call(args.url, 'POST', '/api/votes/live', {
      token,
      body: { username: `night-${sessionId}-${i}`, vote: i % 4 === 0 ? 'down' : 'up' },
    });
    statuses[status] = (statuses[status] || 0) + 1;
  }
  const votes = statuses[200] || 0;
  const expected = votes * args.clients;
  const drainUntil = performance.now() + args['drain-ms'];
  while (received < expected && performance.now() < drainUntil) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const rss = args['server-pid'] ? { serverRssMb: rssMb(args['server-pid']) } : {};
  sockets.forEach((socket) => socket.terminate());
  printResult({
    clients: args.clients,
    votes,
    statuses,
    seconds: round((performance.now() - started) / 1000),
    expected,
    received,
    lost: expected - received,
    duplicates,
    closedClients: closed,
    ...rss,
  });
});
