// The fair peer: Node.js with `ws` and `pg` doing Game Picker's durable live work (add a game, count a vote, log and broadcast the event) over the same protocol.
'use strict';

// What it serves (the part of Game Picker's API the bench's fan-out and vote scripts use):
//   WebSocket /api/sessions/live: auth (any non-empty token), subscribe, unsubscribe, ping
//   GET  /api/games                    the catalog (loaded once at start)
//   GET  /api/sessions/active          the active session, or 404
//   POST /api/sessions                 starts a session (logs and broadcasts session.started)
//   POST /api/sessions/{id}/close      closes it (logs and broadcasts session.ended)
//   POST /api/sessions/{id}/games      adds a game: one transaction, then game.added to the subscribers
//   POST /api/votes/live               counts a vote: one transaction, then vote.received to the subscribers
//   GET  /api/votes?session_id=N       {total}: the session's votes
//   GET  /health                       UP
// Every write is one transaction on a pooled connection with named (prepared) statements; the
// event is committed to the log before it is sent, serialized once and sent as the same bytes to
// every subscriber. Tables: durable-peer-schema.sql. The bench README describes every statement.

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
  // add-game, in one transaction
  lockSession: {
    name: 'lock-session',
    text: 'UPDATE sessions SET games_played = games_played + 1 WHERE id = $1 AND is_active RETURNING games_played',
  },
  endPreviousPlay: {
    name: 'end-previous-play',
    text: "UPDATE session_games SET status = 'played' WHERE session_id = $1 AND status = 'playing'",
  },
  insertPlay: {
    name: 'insert-play',
    text:
      'INSERT INTO session_games (session_id, game_id, status, played_at, manually_added, room_code) ' +
      "VALUES ($1, $2, 'playing', $3, $4, $5) RETURNING id",
  },
  countPlay: { name: 'count-play', text: 'UPDATE games SET play_count = play_count + 1 WHERE id = $1' },
  // a vote, in one transaction: the vote (the play it counts for is found in the same statement),
  // the play's totals, the game's totals, the event
  upsertVote: {
    name: 'upsert-vote',
    text:
      'INSERT INTO votes (session_game_id, username, vote_type, voted_at) ' +
      'SELECT sg.id, $1, $2, $3 FROM session_games sg JOIN sessions s ON s.id = sg.session_id ' +
      "WHERE s.is_active AND sg.status <> 'skipped' AND sg.played_at <= $3 " +
      'ORDER BY sg.played_at DESC, sg.id DESC LIMIT 1 ' +
      'ON CONFLICT (session_game_id, username) DO UPDATE SET vote_type = EXCLUDED.vote_type, voted_at = EXCLUDED.voted_at ' +
      'WHERE votes.vote_type <> EXCLUDED.vote_type AND votes.voted_at < EXCLUDED.voted_at ' +
      // xmax is 0 on a row this statement inserted, the updating transaction's id on one it updated
      'RETURNING id, session_game_id, (xmax <> 0) AS switched',
  },
  countVoteOnPlay: {
    name: 'count-vote-on-play',
    text:
      'UPDATE session_games SET upvotes = upvotes + $2, downvotes = downvotes + $3 WHERE id = $1 ' +
      'RETURNING session_id, game_id, upvotes, downvotes',
  },
  countVoteOnGame: {
    name: 'count-vote-on-game',
    text: 'UPDATE games SET upvotes = upvotes + $2, downvotes = downvotes + $3 WHERE id = $1 RETURNING upvotes, downvotes',
  },
  // every event
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

  /** Writes the event in the transaction; answers the event's text, serialized once for every recipient. */
  async function logEvent(client, type, sessionId, data, occurredAt) {
    const dataJson = JSON.stringify(data);
    const { rows } = await client.query({ ...SQL.insertEvent, values: [type, sessionId, dataJson, occurredAt] });
    return `{"type":${JSON.stringify(type)},"timestamp":"${occurredAt.toISOString()}","data":${dataJson},"id":${rows[0].id}}`;
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

  /** POST /api/sessions/{id}/games: the play and its game.added in one transaction, then the broadcast. */
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
    const { playId, text } = await inTransaction(async (client) => {
      const locked = await client.query({ ...SQL.lockSession, values: [sessionId] });
      if (locked.rows.length === 0) {
        await missingOrClosed(client, sessionId);
      }
      const gamesPlayed = locked.rows[0].games_played;
      await client.query({ ...SQL.endPreviousPlay, values: [sessionId] });
      const play = await client.query({ ...SQL.insertPlay, values: [sessionId, game.id, now, manuallyAdded, roomCode] });
      await client.query({ ...SQL.countPlay, values: [game.id] });
      const playId = Number(play.rows[0].id);
      const data = {
        session: { id: sessionId, is_active: 1, games_played: gamesPlayed },
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
      return { playId, text: await logEvent(client, 'game.added', sessionId, data, now) };
    });
    send(subscribers.get(sessionId), text);
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

  /** POST /api/votes/live: the vote, the play's and the game's totals and vote.received in one transaction, then the broadcast. */
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
    const up = body.vote === 'up';
    const counted = await inTransaction(async (client) => {
      const stored = await client.query({ ...SQL.upsertVote, values: [username, body.vote, votedAt] });
      if (stored.rows.length === 0) {
        return null; // no play at that time, or a repeat: told apart after the rollback
      }
      const { id: voteId, session_game_id: playId, switched } = stored.rows[0];
      // a new vote adds one to its side; a switched one also takes one off the other side
      const deltaUp = up ? 1 : switched ? -1 : 0;
      const deltaDown = up ? (switched ? -1 : 0) : 1;
      const play = (await client.query({ ...SQL.countVoteOnPlay, values: [playId, deltaUp, deltaDown] })).rows[0];
      const totals = (await client.query({ ...SQL.countVoteOnGame, values: [play.game_id, deltaUp, deltaDown] })).rows[0];
      const sessionId = Number(play.session_id);
      const game = catalog.get(Number(play.game_id));
      const gameJson = {
        id: game.id,
        title: game.title,
        upvotes: totals.upvotes,
        downvotes: totals.downvotes,
        popularity_score: totals.upvotes - totals.downvotes,
      };
      const data = {
        session: { id: sessionId },
        game: gameJson,
        vote: { username, type: body.vote, timestamp: votedAt.toISOString() },
      };
      const text = await logEvent(client, 'vote.received', sessionId, data, now);
      return {
        sessionId,
        text,
        answer: {
          outcome: switched ? 'switched' : 'counted',
          vote: {
            id: Number(voteId),
            session_id: sessionId,
            session_game_id: Number(playId),
            game_id: game.id,
            username,
            vote: body.vote,
            timestamp: votedAt.toISOString(),
          },
          game: gameJson,
          session_game: { id: Number(playId), upvotes: play.upvotes, downvotes: play.downvotes },
        },
      };
    });
    if (counted === null) {
      throw await notCounted(username, votedAt);
    }
    send(subscribers.get(counted.sessionId), counted.text);
    return [200, counted.answer];
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
