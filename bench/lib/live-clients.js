// WebSocket clients of the live protocol for the load scripts: connect, authenticate, subscribe.
'use strict';

const WebSocket = require('ws');

/**
 * Opens one client: connect, auth, subscribe; resolves with the socket once subscribed. Every
 * later message goes to onMessage(message, receivedAt, bytes), with its time of arrival.
 */
function subscribedClient(wsUrl, token, sessionId, onMessage) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, { perMessageDeflate: false });
    let subscribed = false;
    socket.on('open', () => socket.send(JSON.stringify({ type: 'auth', token })));
    socket.on('message', (raw) => {
      const receivedAt = performance.now();
      const message = JSON.parse(raw.toString());
      if (subscribed) {
        onMessage(message, receivedAt, raw.length);
      } else if (message.type === 'auth_success') {
        socket.send(JSON.stringify({ type: 'subscribe', sessionId }));
      } else if (message.type === 'subscribed') {
        subscribed = true;
        resolve(socket);
      } else if (message.type === 'auth_error' || message.type === 'error') {
        reject(new Error(`${message.type}: ${message.message}`));
      }
    });
    socket.on('error', reject);
    socket.on('close', (code) => reject(new Error(`closed with ${code} before subscribing`)));
  });
}

/** Opens `count` clients with open(), `concurrency` at a time, all within timeoutMs. */
async function connectAll(count, concurrency, timeoutMs, open) {
  const sockets = [];
  let next = 0;
  async function opener() {
    while (next < count) {
      next++;
      sockets.push(await open());
    }
  }
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not all ${count} clients subscribed in time`)), timeoutMs);
  });
  try {
    await Promise.race([Promise.all(Array.from({ length: concurrency }, opener)), timeout]);
  } finally {
    clearTimeout(timer);
  }
  return sockets;
}

module.exports = { subscribedClient, connectAll };
