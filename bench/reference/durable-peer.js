// The fair peer: Node.js with `ws` and `pg` doing Game Picker's durable live work (add a game, count a vote, log and broadcast the event) over the same protocol.
'use strict';

// What it serves (the part of Game Picker's API the bench's fan-out and vote scripts use):
//   WebSocket /api/sessions/live: auth (any non-empty token), subscribe, unsubscribe, ping
//   GET  /api/games                    the catalog (loaded once at start)
//   GET  /api/sessions/active          the active session, or 404
//   POST /api/sessions                 starts a session (logs and broadcasts session.started)
//   POST /api/sessions/{id}/close      closes it (logs and broadcasts session.ended)
//   POST /api/sessions/{id}/games      adds a game: one statement, then game.added to the subscribers
//   POST /api/votes/live               counts a vote: one statement, then vote.received to the subscribers
//   GET  /api/votes?session_id=N       {total}: the session's votes
//   GET  /health                       UP
// A vote and an add-game are each ONE statement (data-modifying CTEs: one round trip, its own
// transaction); the rarer writes (start, close) are transactions of a few statements. All are named
// (prepared) statements on a pooled connection. The event is committed to the log before it is sent,
// and sent as the same bytes to every subscriber. Tables: durable-peer-schema.sql. The bench README
// describes every statement.

const http = require('node:http');
const WebSocket = require('ws');
const { Pool } = require('pg');
const { options, main } = require('../lib/cli');

const args = options({
  port: 5092,
  host: '127.0.0.1',
  // The database comes from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE).
  schema: 'bench_peer',
  'pool-size': 10, // pg's default: enough to keep two cores' PostgreSQL busy, few enough not to thrash it
});

const MAX_BODY_BYTES = 64 * 1024;
const FUTURE_TOLERANCE_MS = 5000; // a vote's timestamp may be this far ahead of our clock

/** An answer other than success, with its HTTP status. */
class HttpError extends Error {
  constructor(status, message, extra = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
  }
}

// The statements, each prepared once per pooled connection (pg prepares a named query on its first use).
const SQL = {
  // add-game, one statement: all its parts see the snapshot taken at its start, so each part works
  // from the rows the previous part RETURNs (none when the session is missing or closed: nothing
  // written). The snapshot cannot see a play another add-game committed after it, which the
  // previous play's UPDATE would then miss: the session's UPDATE only takes a row whose
  // games_played is still the snapshot's, so such a race writes nothing and the add is tried again.
  addGame: {
    name: 'add-game',
    text:
      'WITH session AS (' +
      ' UPDATE sessions SET games_played = games_played + 1' +
      ' WHERE id = $1 AND is_active AND games_played = (SELECT games_played FROM sessions WHERE id = $1)' +
      ' RETURNING id, games_played' +
      '), ended AS (' +
      " UPDATE session_games sg SET status = 'played' FROM session s WHERE sg.session_id = s.id AND sg.status = 'playing'" +
      '), play AS (' +
      ' INSERT INTO session_games (session_id, game_id, status, played_at, manually_added, room_code)' +
      " SELECT s.id, $2::bigint, 'playing', $3::timestamptz, $4::boolean, $5::text FROM session s" +
      ' RETURNING id, game_id' +
      '), game AS (' +
      ' UPDATE games g SET play_count = g.play_count + 1 FROM play p WHERE g.id = p.game_id' +
      ' RETURNING g.id, g.title, g.pack_name, g.min_players, g.max_players' +
      '), event AS (' +
      ' INSERT INTO events (type, session_id, payload, occurred_at)' +
      " SELECT 'game.added', s.id, jsonb_build_object(" +
      "'session', jsonb_build_object('id', s.id, 'is_active', 1, 'games_played', s.games_played), " +
      "'game', jsonb_build_object('id', g.id, 'session_game_id', p.id, 'title', g.title, 'pack_name', g.pack_name, " +
      "'min_players', g.min_players, 'max_players', g.max_players, 'manually_added', $4::boolean, 'room_code', $5::text)), $3" +
      ' FROM session s, play p, game g' +
      ' RETURNING id' +
      ') SELECT s.games_played, p.id AS play_id, e.id AS event_id FROM session s, play p, event e',
  },
  // a vote, one statement: the vote (the play it counts for is found in the same statement), the
  // play's totals, the game's totals, the event with those totals (from the UPDATEs' RETURNING: the
  // parts of one statement don't see each other's writes); no vote stored (no play at that time,
  // or a repeat) leaves the later parts no row to work on, so nothing is written
  vote: {
    name: 'vote',
    text:
      'WITH vote AS (' +
      ' INSERT INTO votes (session_game_id, username, vote_type, voted_at)' +
      ' SELECT sg.id, $1::text, $2::text, $3::timestamptz FROM session_games sg JOIN sessions s ON s.id = sg.session_id' +
      " WHERE s.is_active AND sg.status <> 'skipped' AND sg.played_at <= $3" +
      ' ORDER BY sg.played_at DESC, sg.id DESC LIMIT 1' +
      ' ON CONFLICT (session_game_id, username) DO UPDATE SET vote_type = EXCLUDED.vote_type, voted_at = EXCLUDED.voted_at' +
      ' WHERE votes.vote_type <> EXCLUDED.vote_type AND votes.voted_at < EXCLUDED.voted_at' +
      // xmax is 0 on a row this statement inserted, the updating transaction's id on one it updated:
      // a new vote adds one to its side, a switched one also takes one off the other side
      ' RETURNING id, session_game_id, (xmax <> 0) AS switched,' +
      " CASE WHEN vote_type = 'up' THEN 1 WHEN xmax <> 0 THEN -1 ELSE 0 END AS up," +
      " CASE WHEN vote_type = 'down' THEN 1 WHEN xmax <> 0 THEN -1 ELSE 0 END AS down" +
      '), play AS (' +
      ' UPDATE session_games sg SET upvotes = sg.upvotes + v.up, downvotes = sg.downvotes + v.down' +
      ' FROM vote v WHERE sg.id = v.session_game_id' +
      ' RETURNING sg.session_id, sg.game_id, sg.upvotes, sg.downvotes, v.up, v.down' +
      '), game AS (' +
      ' UPDATE games g SET upvotes = g.upvotes + p.up, downvotes = g.downvotes + p.down' +
      ' FROM play p WHERE g.id = p.game_id' +
      ' RETURNING g.id, g.title, g.upvotes, g.downvotes' +
      '), event AS (' +
      ' INSERT INTO events (type, session_id, payload, occurred_at)' +
      " SELECT 'vote.received', p.session_id, jsonb_build_object(" +
      "'session', jsonb_build_object('id', p.session_id), " +
      "'game', jsonb_build_object('id', g.id, 'title', g.title, 'upvotes', g.upvotes, 'downvotes', g.downvotes, " +
      "'popularity_score', g.upvotes - g.downvotes), " +
      "'vote', jsonb_build_object('username', $1::text, 'type', $2::text, 'timestamp', $4::text)), $5::timestamptz" +
      ' FROM play p, game g' +
      ' RETURNING id' +
      ') SELECT v.id, v.session_game_id, v.switched, p.session_id, p.game_id, p.upvotes AS play_upvotes,' +
      ' p.downvotes AS play_downvotes, g.upvotes, g.downvotes, e.id AS event_id FROM vote v, play p, game g, event e',
  },
  // closing a session ends its playing game
  endPreviousPlay: {
    name: 'end-previous-play',
    text: "UPDATE session_games SET status = 'played' WHERE session_id = $1 AND status = 'playing'",
  },
  // the other events (session started, ended), each in its write's transaction
  insertEvent: {
    name: 'insert-event',
    text: 'INSERT INTO events (type, session_id, payload, occurred_at) VALUES ($1, $2, $3, $4) RETURNING id',
  },
  // outside the measured paths: why a vote was not counted, sessions, counts
  playAt: {
    name: 'play-at',
    text:
      'SELECT sg.id FROM session_games sg JOIN sessions s ON s.id = sg.session_id ' +
      "WHERE s.is_active AND sg.status <> 'skipped' AND sg.played_at <= $1 ORDER BY sg.played_at DESC, sg.id DESC LIMIT 1",
  },
  countedVote: {
    name: 'counted-vote',
    text:
      'SELECT v.id, sg.session_id, v.session_game_id, sg.game_id, v.username, v.vote_type, v.voted_at ' +
      'FROM votes v JOIN session_games sg ON sg.id = v.session_game_id WHERE v.session_game_id = $1 AND v.username = $2',
  },
  sessionExists: { name: 'session-exists', text: 'SELECT is_active FROM sessions WHERE id = $1' },
  activeSession: { name: 'active-session', text: 'SELECT * FROM sessions WHERE is_active' },
  insertSession: {
    name: 'insert-session',
    text: 'INSERT INTO sessions (notes, is_active, created_at) VALUES ($1, TRUE, $2) RETURNING *',
  },
  closeSession: {
    name: 'close-session',
    text: 'UPDATE sessions SET is_active = FALSE, closed_at = $2 WHERE id = $1 AND is_active RETURNING *',
  },
  sessionVotes: {
    name: 'session-votes',
    text: 'SELECT count(*)::int AS total FROM votes v JOIN session_games sg ON sg.id = v.session_game_id WHERE sg.session_id = $1',
  },
};

main(async () => {
  const pool = new Pool({ max: args['pool-size'], options: `-c search_path=${args.schema}` });
  pool.on('error', (error) => process.stderr.write(`idle database connection failed: ${error.message}\n`));

  // The catalog, once: the fields game.added carries come from here.
  const catalog = new Map();
  for (const game of (await pool.query('SELECT * FROM games ORDER BY id')).rows) {
    catalog.set(Number(game.id), { ...game, id: Number(game.id) });
  }
  if (catalog.size === 0) {
    throw new Error(`${args.schema}.games is empty: load the catalog first (see bench/run)`);
  }

  /** Runs work(client) in one transaction on a pooled connection: BEGIN, the work, COMMIT (ROLLBACK when it throws). */
  async function inTransaction(work) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** An event's text, serialized once for every recipient: its data's JSON in Game Picker's envelope. */
  function eventText(type, occurredAt, dataJson, id) {
    return `{"type":${JSON.stringify(type)},"timestamp":"${occurredAt.toISOString()}","data":${dataJson},"id":${id}}`;
  }

  /** Writes the event in the transaction; answers the event's text. */
  async function logEvent(client, type, sessionId, data, occurredAt) {
    const dataJson = JSON.stringify(data);
    const { rows } = await client.query({ ...SQL.insertEvent, values: [type, sessionId, dataJson, occurredAt] });
    return eventText(type, occurredAt, dataJson, rows[0].id);
  }

  // Live clients: session id -> its subscribers; every authenticated socket (for session.started).
  const subscribers = new Map();
  const authenticated = new Set();

  /** Sends one event's bytes (encoded once) to the given sockets. */
  function send(sockets, text) {
    if (!sockets || sockets.size === 0) {
      return;
    }
    const bytes = Buffer.from(text);
    for (const socket of sockets) {
      if (socket.readyState === WebSocket.OPEN) {
        socket.send(bytes, { binary: false });
      }
    }
  }

  const iso = (date) => (date ? new Date(date).toISOString() : null);
  const sessionJson = (row) => ({
    id: Number(row.id),
    notes: row.notes,
    is_active: row.is_active ? 1 : 0,
    created_at: iso(row.created_at),
    closed_at: iso(row.closed_at),
    games_played: row.games_played,
  });

  async function startSession(body) {
    const notes = body.notes === undefined ? null : body.notes;
    if (notes !== null && (typeof notes !== 'string' || notes.length > 10_000)) {
      throw new HttpError(400, 'notes must be a string of at most 10,000 characters');
    }
    const now = new Date();
    const { session, text } = await inTransaction(async (client) => {
      let rows;
      try {
        ({ rows } = await client.query({ ...SQL.insertSession, values: [notes, now] }));
      } catch (error) {
        if (error.code === '23505') {
          throw new HttpError(409, 'Another session is active: close it first');
        }
        throw error;
      }
      const data = { session: { id: Number(rows[0].id), is_active: 1, created_at: now.toISOString(), notes } };
      return { session: rows[0], text: await logEvent(client, 'session.started', rows[0].id, data, now) };
    });
    send(authenticated, text);
    return [201, sessionJson(session)];
  }

  async function closeSession(sessionId) {
    const now = new Date();
    const { session, text } = await inTransaction(async (client) => {
      const { rows } = await client.query({ ...SQL.closeSession, values: [sessionId, now] });
      if (rows.length === 0) {
        await missingOrClosed(client, sessionId);
      }
      await client.query({ ...SQL.endPreviousPlay, values: [sessionId] });
      const data = { session: { id: sessionId, is_active: 0, games_played: rows[0].games_played } };
      return { session: rows[0], text: await logEvent(client, 'session.ended', sessionId, data, now) };
    });
    send(subscribers.get(sessionId), text);
    return [200, sessionJson(session)];
  }

  /** Throws 404 for an unknown session, 409 for a closed one. */
  async function missingOrClosed(client, sessionId) {
    const { rows } = await client.query({ ...SQL.sessionExists, values: [sessionId] });
    throw rows.length === 0
      ? new HttpError(404, `Session ${sessionId} not found`)
      : new HttpError(409, `Session ${sessionId} is closed`);
  }

  /** POST /api/sessions/{id}/games: the play and its game.added in one statement, then the broadcast. */
  async function addGame(sessionId, body) {
    const game = catalog.get(Number(body.game_id));
    if (body.game_id === undefined || body.game_id === null) {
      throw new HttpError(400, 'game_id is required');
    }
    const roomCode = body.room_code === undefined ? null : body.room_code;
    if (roomCode !== null && !/^[A-Z]{4}$/.test(roomCode)) {
      throw new HttpError(400, 'room_code must be exactly four letters A-Z');
    }
    if (!game) {
      throw new HttpError(404, `Game ${body.game_id} not found`);
    }
    const manuallyAdded = body.manually_added === true;
    const now = new Date();
    let added;
    for (;;) {
      const { rows } = await pool.query({ ...SQL.addGame, values: [sessionId, game.id, now, manuallyAdded, roomCode] });
      if (rows.length > 0) {
        added = rows[0];
        break;
      }
      // nothing written: a missing or closed session, else another add-game committed after this
      // statement's snapshot (see SQL.addGame): once more, with a snapshot that sees it
      const { rows: session } = await pool.query({ ...SQL.sessionExists, values: [sessionId] });
      if (session.length === 0) {
        throw new HttpError(404, `Session ${sessionId} not found`);
      }
      if (!session[0].is_active) {
        throw new HttpError(409, `Session ${sessionId} is closed`);
      }
    }
    const playId = Number(added.play_id);
    const data = {
      session: { id: sessionId, is_active: 1, games_played: added.games_played },
      game: {
        id: game.id,
        session_game_id: playId,
        title: game.title,
        pack_name: game.pack_name,
        min_players: game.min_players,
        max_players: game.max_players,
        manually_added: manuallyAdded,
        room_code: roomCode,
      },
    };
    send(subscribers.get(sessionId), eventText('game.added', now, JSON.stringify(data), added.event_id));
    return [
      201,
      {
        id: playId,
        session_id: sessionId,
        game_id: game.id,
        title: game.title,
        pack_name: game.pack_name,
        status: 'playing',
        played_at: now.toISOString(),
        manually_added: manuallyAdded,
        room_code: roomCode,
        player_count: null,
        upvotes: 0,
        downvotes: 0,
      },
    ];
  }

  /** POST /api/votes/live: the vote, the play's and the game's totals and vote.received in one statement, then the broadcast. */
  async function liveVote(body) {
    const username = typeof body.username === 'string' ? body.username.trim() : '';
    if (username === '' || username.length > 100) {
      throw new HttpError(400, 'username must be 1 to 100 characters');
    }
    if (body.vote !== 'up' && body.vote !== 'down') {
      throw new HttpError(400, 'vote must be "up" or "down"');
    }
    const now = new Date();
    let votedAt = now;
    if (body.timestamp !== undefined && body.timestamp !== null) {
      votedAt = new Date(body.timestamp);
      if (typeof body.timestamp !== 'string' || !/(Z|[+-]\d\d:?\d\d)$/.test(body.timestamp) || Number.isNaN(votedAt.getTime())) {
        throw new HttpError(400, 'timestamp must be ISO 8601 with a zone');
      }
      if (votedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
        throw new HttpError(400, 'timestamp is in the future');
      }
    }
    const { rows } = await pool.query({ ...SQL.vote, values: [username, body.vote, votedAt, votedAt.toISOString(), now] });
    if (rows.length === 0) {
      throw await notCounted(username, votedAt); // no play at that time, or a repeat: nothing was written
    }
    const counted = rows[0];
    const sessionId = Number(counted.session_id);
    const playId = Number(counted.session_game_id);
    const game = catalog.get(Number(counted.game_id));
    const gameJson = {
      id: game.id,
      title: game.title,
      upvotes: counted.upvotes,
      downvotes: counted.downvotes,
      popularity_score: counted.upvotes - counted.downvotes,
    };
    const data = {
      session: { id: sessionId },
      game: gameJson,
      vote: { username, type: body.vote, timestamp: votedAt.toISOString() },
    };
    send(subscribers.get(sessionId), eventText('vote.received', now, JSON.stringify(data), counted.event_id));
    return [
      200,
      {
        outcome: counted.switched ? 'switched' : 'counted',
        vote: {
          id: Number(counted.id),
          session_id: sessionId,
          session_game_id: playId,
          game_id: game.id,
          username,
          vote: body.vote,
          timestamp: votedAt.toISOString(),
        },
        game: gameJson,
        session_game: { id: playId, upvotes: counted.play_upvotes, downvotes: counted.play_downvotes },
      },
    ];
  }

  /** Why a vote was not counted: 404 when no game was playing, 409 (with the counted vote) for a repeat. */
  async function notCounted(username, votedAt) {
    const play = await pool.query({ ...SQL.playAt, values: [votedAt] });
    if (play.rows.length === 0) {
      return new HttpError(404, 'No game was playing in the active session at that time');
    }
    const { rows } = await pool.query({ ...SQL.countedVote, values: [play.rows[0].id, username] });
    const vote = rows[0];
    return new HttpError(409, 'This vote is already counted', {
      vote: vote && {
        id: Number(vote.id),
        session_id: Number(vote.session_id),
        session_game_id: Number(vote.session_game_id),
        game_id: Number(vote.game_id),
        username: vote.username,
        vote: vote.vote_type,
        timestamp: iso(vote.voted_at),
      },
    });
  }

  async function route(method, url, request, body) {
    const path = url.pathname;
    const needsToken = () => {
      if (!/^Bearer \S+/.test(request.headers.authorization || '')) {
        throw new HttpError(401, 'A bearer token is required');
      }
    };
    let match;
    if (method === 'GET' && path === '/health') {
      return [200, { status: 'UP' }];
    }
    if (method === 'GET' && path === '/api/games') {
      return [200, [...catalog.values()]];
    }
    if (method === 'GET' && path === '/api/sessions/active') {
      const { rows } = await pool.query(SQL.activeSession);
      if (rows.length === 0) {
        throw new HttpError(404, 'No session is active');
      }
      return [200, sessionJson(rows[0])];
    }
    if (method === 'GET' && path === '/api/votes') {
      const sessionId = Number(url.searchParams.get('session_id'));
      const { rows } = await pool.query({ ...SQL.sessionVotes, values: [sessionId] });
      return [200, { total: rows[0].total, votes: [] }];
    }
    if (method === 'POST' && path === '/api/sessions') {
      needsToken();
      return startSession(body());
    }
    if (method === 'POST' && (match = /^\/api\/sessions\/(\d+)\/close$/.exec(path))) {
      needsToken();
      return closeSession(Number(match[1]));
    }
    if (method === 'POST' && (match = /^\/api\/sessions\/(\d+)\/games$/.exec(path))) {
      needsToken();
      return addGame(Number(match[1]), body());
    }
    if (method === 'POST' && path === '/api/votes/live') {
      needsToken();
      return liveVote(body());
    }
    throw new HttpError(404, `No route for ${method} ${path}`);
  }

  const server = http.createServer((request, response) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      }
    });
    request.on('end', () => {
      const body = () => {
        if (size > MAX_BODY_BYTES) {
          throw new HttpError(413, `The body is over ${MAX_BODY_BYTES} bytes`);
        }
        let parsed;
        try {
          parsed = size === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          throw new HttpError(400, 'Malformed JSON');
        }
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
          throw new HttpError(400, 'The body must be a JSON object');
        }
        return parsed;
      };
      const answer = (status, json) => {
        const text = JSON.stringify(json);
        response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        response.end(text);
      };
      Promise.resolve()
        .then(() => route(request.method, new URL(request.url, 'http://peer'), request, body))
        .then(
          ([status, json]) => answer(status, json),
          (error) => {
            if (error instanceof HttpError) {
              answer(error.status, { status: error.status, error: error.message, ...error.extra });
            } else {
              process.stderr.write(`${request.method} ${request.url}: ${error.stack || error}\n`);
              answer(500, { status: 500, error: 'Internal error' });
            }
          },
        );
    });
  });

  const live = new WebSocket.Server({ server, path: '/api/sessions/live', perMessageDeflate: false, maxPayload: 64 * 1024 });
  live.on('connection', (socket) => {
    const subscribedTo = new Set();
    const reply = (message) => socket.send(JSON.stringify(message));
    socket.on('message', (raw) => {
      let message;
      try {
        message = JSON.parse(raw.toString());
      } catch {
        reply({ type: 'error', message: 'Malformed JSON' });
        return;
      }
      if (message === null || typeof message !== 'object' || Array.isArray(message)) {
        reply({ type: 'error', message: 'Each message must be a JSON object' });
      } else if (message.type === 'ping') {
        reply({ type: 'pong' });
      } else if (message.type === 'auth') {
        if (typeof message.token === 'string' && message.token !== '') {
          authenticated.add(socket);
          reply({ type: 'auth_success' });
        } else {
          reply({ type: 'auth_error', message: 'Token required' });
        }
      } else if (!authenticated.has(socket)) {
        reply({ type: 'error', message: 'Not authenticated: send auth first' });
      } else if (message.type === 'subscribe' || message.type === 'unsubscribe') {
        const sessionId = Number(message.sessionId);
        if (!Number.isSafeInteger(sessionId) || sessionId < 1) {
          reply({ type: 'error', message: 'sessionId must be a session id number' });
        } else if (message.type === 'unsubscribe') {
          subscribedTo.delete(sessionId);
          subscribers.get(sessionId)?.delete(socket);
          reply({ type: 'unsubscribed', sessionId });
        } else {
          pool.query({ ...SQL.sessionExists, values: [sessionId] }).then(
            ({ rows }) => {
              if (rows.length === 0) {
                reply({ type: 'error', message: `Session ${sessionId} not found` });
              } else if (socket.readyState === WebSocket.OPEN) {
                if (!subscribers.has(sessionId)) {
                  subscribers.set(sessionId, new Set());
                }
                subscribers.get(sessionId).add(socket);
                subscribedTo.add(sessionId);
                reply({ type: 'subscribed', sessionId });
              }
            },
            (error) => reply({ type: 'error', message: `Could not subscribe: ${error.message}` }),
          );
        }
      } else if (message.type === undefined) {
        reply({ type: 'error', message: 'Missing message type' });
      } else {
        reply({ type: 'error', message: `Unknown message type: ${message.type}` });
      }
    });
    socket.on('close', () => {
      authenticated.delete(socket);
      for (const sessionId of subscribedTo) {
        const sockets = subscribers.get(sessionId);
        sockets.delete(socket);
        if (sockets.size === 0) {
          subscribers.delete(sessionId);
        }
      }
    });
    socket.on('error', () => socket.terminate());
  });

  await new Promise((resolve) => server.listen(args.port, args.host, resolve));
  process.stdout.write(
    `fair peer listening on ${args.host}:${args.port}, schema ${args.schema}, pool of ${args['pool-size']}, ${catalog.size} games\n`,
  );
  await new Promise((resolve) => {
    process.on('SIGTERM', resolve);
    process.on('SIGINT', resolve);
  });
  live.clients.forEach((socket) => socket.terminate());
  server.close();
  await pool.end();
});
