// A closed-loop HTTP load: `connections` workers each send one request, wait for its answer, repeat.
'use strict';

const { Pool } = require('undici');
const { percentile } = require('./stats');

/**
 * Sends requests made by nextRequest(i) for durationMs (and at most maxRequests) over a pool of
 * keep-alive connections, one request in flight per connection. Answers the throughput of answers
 * with status 2xx, the latency percentiles of every answer, and the count of each status.
 */
async function runClosedLoop({ baseUrl, connections, durationMs, maxRequests, nextRequest }) {
  const pool = new Pool(baseUrl, { connections, pipelining: 1, headersTimeout: 30_000, bodyTimeout: 30_000 });
  const latenciesMs = [];
  const statuses = {};
  const errors = {};
  let issued = 0;
  let succeeded = 0;
  const started = performance.now();
  const deadline = started + durationMs;

  async function worker() {
    while (performance.now() < deadline && issued < maxRequests) {
      const options = nextRequest(issued++);
      const sent = performance.now();
      try {
        const response = await pool.request(options);
        await response.body.dump();
        latenciesMs.push(performance.now() - sent);
        statuses[response.statusCode] = (statuses[response.statusCode] || 0) + 1;
        if (response.statusCode >= 200 && response.statusCode < 300) {
          succeeded++;
        }
      } catch (error) {
        errors[error.code || error.message] = (errors[error.code || error.message] || 0) + 1;
      }
    }
  }

  await Promise.all(Array.from({ length: connections }, worker));
  const elapsedS = (performance.now() - started) / 1000;
  await pool.close();
  return {
    connections,
    seconds: round(elapsedS),
    requests: latenciesMs.length,
    perSecond: round(succeeded / elapsedS),
    p50Ms: round(percentile(latenciesMs, 50)),
    p99Ms: round(percentile(latenciesMs, 99)),
    statuses,
    errors,
  };
}

/** Rounds to two decimals, for readable result lines. */
function round(value) {
  return Math.round(value * 100) / 100;
}

module.exports = { runClosedLoop, round };
