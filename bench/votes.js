// Live votes load: a fresh game night (optionally pre-filled with imported votes), then POST /api/votes/live from distinct users.
'use strict';

const api = require('./lib/api');
const { options, adminToken, printResult, main } = require('./lib/cli');
const { runClosedLoop } = require('./lib/closed-loop');

const args = options({
  url: 'http://127.0.0.1:5090',
  connections: 8,
  seconds: 5,
  'max-votes': 200_000,
  'preload-votes': 0,
  'game-index': 0,
});

main(async () => {
  const token = adminToken();
  const sessionId = await api.startFreshSession(args.url, token, 'bench: live votes');
  const games = await api.enabledGames(args.url);
  const game = games[args['game-index'] % games.length];
  await api.addGame(args.url, token, sessionId, game.id, 'VOTE');
  if (args['preload-votes'] > 0) {
    await api.importVotes(args.url, token, sessionId, args['preload-votes']);
  }
  const votesBefore = await api.sessionVoteCount(args.url, sessionId);
  const body = (i) => JSON.stringify({ username: `voter-${sessionId}-${i}`, vote: i % 3 === 0 ? 'down' : 'up' });
  const load = await runClosedLoop({
    baseUrl: args.url,
    connections: args.connections,
    durationMs: args.seconds * 1000,
    maxRequests: args['max-votes'],
    nextRequest: (i) => ({
      method: 'POST',
      path: '/api/votes/live',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body(i),
    }),
  });
  const votesAfter = await api.sessionVoteCount(args.url, sessionId);
  printResult({ sessionId, votesBefore, votesAfter, ...load });
});
