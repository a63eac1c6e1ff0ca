// Fan-out of game.added: N subscribed WebSocket clients, then timed events, each from the trigger request to every client's receipt.
'use strict';

const { request } = require('undici');
const api = require('./lib/api');
const { options, adminToken, printResult, main } = require('./lib/cli');
const { percentile } = require('./lib/stats');
const { round } = require('./lib/closed-loop');
const { subscribedClient, connectAll } = require('./lib/live-clients');

const args = options({
  target: 'gamepicker', // or: peer (reference/durable-peer.js, same REST calls), reference (the bare broadcaster in reference/broadcaster.js)
  url: 'http://127.0.0.1:5090', // the target's HTTP base; the socket is ws://same/api/sessions/live
  'trigger-url': '', // where the events are caused (another node of a cluster); default: url
  'catalog-url': '', // where the reference's events take their games from (Game Picker); default: url
  clients: 1000,
  events: 30,
  'gap-ms': 200, // pause after every client got an event, so events never overlap
  'event-timeout-ms': 10_000, // give up waiting for an event's stragglers (they count as lost)
  'connect-timeout-ms': 60_000,
  'connect-concurrency': 100,
});

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Four letters naming event i of this run: the room code carried by the event identifies it. */
function roomCode(first, i) {
  let n = first + i;
  let code = '';
  for (let position = 0; position < 4; position++) {
    code = LETTERS[n % 26] + code;
    n = Math.floor(n / 26);
  }
  return code;
}


/** The game.added data the reference broadcasts: the shape and size of Game Picker's. */
function referenceEventData(sessionId, game, playNumber, code) {
  return {
    session: { id: sessionId, is_active: 1, games_played: playNumber },
    game: {
      id: game.id,
      session_game_id: playNumber,
      title: game.title,
      pack_name: game.pack_name,
      min_players: game.min_players,
      max_players: game.max_players,
      manually_added: false,
      room_code: code,
    },
  };
}

main(async () => {
  if (!['gamepicker', 'peer', 'reference'].includes(args.target)) {
    throw new Error(`--target must be gamepicker, peer or reference, got ${args.target}`);
  }
  // Game Picker and the fair peer both add the game with POST /api/sessions/{id}/games; the bare
  // broadcaster is told the event's data over POST /trigger.
  const viaRestApi = args.target !== 'reference';
  const token = args.target === 'gamepicker' ? adminToken() : `${args.target}-accepts-any-token`;
  const games = await api.enabledGames(args['catalog-url'] || args.url);
  const sessionId = viaRestApi ? await api.startFreshSession(args.url, token, 'bench: fan-out') : 1;

  const sentAt = new Map(); // room code -> when its trigger request was sent
  const arrivals = new Map(); // room code -> how many clients got it
  const latenciesMs = [];
  const firstArrivalsMs = []; // per event: when the first client got it
  let duplicates = 0;
  let messageBytes = 0;
  const receivedBy = Array.from({ length: args.clients }, () => new Set());
  let waiter = null;
  function onGameAdded(clientIndex, code, receivedAt, bytes) {
    if (!sentAt.has(code)) {
      return; // not one of this run's events
    }
    if (receivedBy[clientIndex].has(code)) {
      duplicates++;
      return;
    }
    receivedBy[clientIndex].add(code);
    latenciesMs.push(receivedAt - sentAt.get(code));
    if (arrivals.get(code) === 0) {
      firstArrivalsMs.push(receivedAt - sentAt.get(code));
    }
    messageBytes = bytes;
    arrivals.set(code, arrivals.get(code) + 1);
    if (waiter && waiter.code === code && arrivals.get(code) === args.clients) {
      waiter.resolve();
    }
  }

  const wsUrl = `${args.url.replace(/^http/, 'ws')}/api/sessions/live`;
  const connectStarted = performance.now();
  let opened = 0;
  const sockets = await connectAll(args.clients, args['connect-concurrency'], args['connect-timeout-ms'], () => {
    const clientIndex = opened++;
    return subscribedClient(wsUrl, token, sessionId, (message, at, bytes) => {
      if (message.type === 'game.added') {
        onGameAdded(clientIndex, message.data.game.room_code, at, bytes);
      }
    });
  });
  const connectS = (performance.now() - connectStarted) / 1000;

  const firstCode = Math.floor(Math.random() * (26 ** 4 - args.events));
  const triggerMs = [];
  for (let i = 0; i < args.events; i++) {
    const code = roomCode(firstCode, i);
    const game = games[i % games.length];
    const allArrived = new Promise((resolve) => {
      waiter = { code, resolve };
    });
    arrivals.set(code, 0);
    sentAt.set(code, performance.now());
    const triggered = viaRestApi
      ? api.addGame(args['trigger-url'] || args.url, token, sessionId, game.id, code)
      : request(`${args.url}/trigger`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(referenceEventData(sessionId, game, i + 1, code)),
        }).then(async (response) => {
          await response.body.dump();
          if (response.statusCode !== 200) {
            throw new Error(`reference trigger answered ${response.statusCode}`);
          }
        });
    await triggered;
    triggerMs.push(performance.now() - sentAt.get(code));
    let timer;
    await Promise.race([allArrived, new Promise((resolve) => (timer = setTimeout(resolve, args['event-timeout-ms'])))]);
    clearTimeout(timer);
    await new Promise((resolve) => setTimeout(resolve, args['gap-ms']));
  }
  sockets.forEach((socket) => socket.terminate());

  const expected = args.clients * args.events;
  printResult({
    target: args.target,
    clients: args.clients,
    events: args.events,
    connectS: round(connectS),
    received: latenciesMs.length,
    lost: expected - latenciesMs.length,
    duplicates,
    messageBytes,
    p50Ms: round(percentile(latenciesMs, 50)),
    p99Ms: round(percentile(latenciesMs, 99)),
    maxMs: round(Math.max(...latenciesMs)),
    triggerP50Ms: round(percentile(triggerMs, 50)),
    firstArrivalP50Ms: round(percentile(firstArrivalsMs, 50)),
  });
});
