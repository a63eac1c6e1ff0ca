// The reference: a minimal Node.js `ws` broadcaster speaking Game Picker's live protocol (auth, subscribe, ping) with no database.
'use strict';

const http = require('node:http');
const WebSocket = require('ws');
const { options, main } = require('../lib/cli');

const args = options({ port: 5091 });

main(async () => {
  const subscribers = new Map(); // session id -> sockets subscribed to it
  let lastEventId = 0;

  /** POST /trigger with an event's `data`: stamps it, serializes it once and sends it to the session's subscribers. */
  function trigger(body, response) {
    const data = JSON.parse(body);
    const text = JSON.stringify({ type: 'game.added', timestamp: new Date().toISOString(), data, id: ++lastEventId });
    const sockets = subscribers.get(data.session.id) || new Set();
    for (const socket of sockets) {
      socket.send(text);
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: lastEventId, recipients: sockets.size }));
  }

  const server = http.createServer((req, response) => {
    if (req.method === 'POST' && req.url === '/trigger') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => trigger(body, response));
    } else if (req.method === 'GET' && req.url === '/health') {
      response.writeHead(200).end('UP');
    } else {
      response.writeHead(404).end();
    }
  });

  const live = new WebSocket.Server({ server, path: '/api/sessions/live', perMessageDeflate: false });
  live.on('connection', (socket) => {
    let authenticated = false;
    const subscribed = new Set();
    const reply = (message) => socket.send(JSON.stringify(message));
    socket.on('message', (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.type === 'auth') {
        authenticated = Boolean(message.token);
        reply(authenticated ? { type: 'auth_success' } : { type: 'auth_error', message: 'Token required' });
      } else if (message.type === 'ping') {
        reply({ type: 'pong' });
      } else if (!authenticated) {
        reply({ type: 'error', message: 'Not authenticated: send auth first' });
      } else if (message.type === 'subscribe') {
        const sessionId = Number(message.sessionId);
        if (!subscribers.has(sessionId)) {
          subscribers.set(sessionId, new Set());
        }
        subscribers.get(sessionId).add(socket);
        subscribed.add(sessionId);
        reply({ type: 'subscribed', sessionId });
      } else {
        reply({ type: 'error', message: `Unknown message type: ${message.type}` });
      }
    });
    socket.on('close', () => subscribed.forEach((sessionId) => subscribers.get(sessionId).delete(socket)));
  });

  await new Promise((resolve) => server.listen(args.port, '127.0.0.1', resolve));
  process.stdout.write(`reference broadcaster listening on 127.0.0.1:${args.port}\n`);
  await new Promise((resolve) => {
    process.on('SIGTERM', resolve);
    process.on('SIGINT', resolve);
  });
  live.clients.forEach((socket) => socket.terminate());
  server.close();
});
