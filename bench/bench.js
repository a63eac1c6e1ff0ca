// The benchmark's phases, A and B alternating: fan-out, live votes, a full session, picker, RSS; prints the ratios and writes the results files.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { options, parseResult, main } = require('./lib/cli');
const { percentile, spread } = require('./lib/stats');
const { round } = require('./lib/closed-loop');
const { rssMb } = require('./lib/memory');

const args = options({
  url: 'http://127.0.0.1:5090', // Game Picker
  'server-pid': 0, // its JVM, for RSS
  'reference-url': 'http://127.0.0.1:5091', // the Node.js broadcaster
  'reference-pid': 0,
  'db-host': '127.0.0.1', // the PostgreSQL database Game Picker runs on (password: PGPASSWORD)
  'db-port': 5432,
  'db-name': 'gamepicker_bench',
  'db-user': 'gamepicker',
  'out-dir': path.join(__dirname, 'out'),
  rounds: 3, // how many times each A/B pair runs
  'warm-up-seconds': 120, // load on Game Picker before measuring: its JIT compiles for minutes
  clients: 1000,
  events: 30,
  'vote-connections': '1,8,32',
  'vote-seconds': 5,
  'preload-votes': 5000, // the "full" session's votes before measuring
  'full-session-connections': 8,
  'pick-connections': 8,
  'pick-seconds': 4,
});

const PICK_FILTERS = '{"player_count":6,"drawing":"exclude","length":"short","family_friendly":true}';

/** Runs one bench script to completion (bounded by timeoutS) and answers its result line. */
function script(name, scriptArgs, timeoutS) {
  const run = spawnSync(process.execPath, [path.join(__dirname, name), ...scriptArgs.map(String)], {
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(`${name} ${scriptArgs.join(' ')} failed (${run.error || run.status}):\n${run.stdout}${run.stderr}`);
  }
  return parseResult(run.stdout);
}


function fanout(target, url, clients, events) {
  const result = script(
    'fanout.js',
    ['--target', target, '--url', url, '--catalog-url', args.url, '--clients', clients, '--events', events],
    120 + events * 11, // connecting, then at most the 10 s event timeout and the gap per event
  );
  result.rssMb = rssMb(target === 'gamepicker' ? args['server-pid'] : args['reference-pid']);
  return result;
}

function votes(connections, seconds, preloadVotes, gameIndex) {
  return script(
    'votes.js',
    ['--url', args.url, '--connections', connections, '--seconds', seconds, '--preload-votes', preloadVotes, '--game-index', gameIndex],
    seconds + 180,
  );
}

/** The reference for votes: pgbench inserting one row per transaction on the same database. */
function insertOneRowPerTransaction(connections, seconds) {
  const logPrefix = path.join(args['out-dir'], `pgbench-${connections}`);
  const pgbench = spawnSync(
    'pgbench',
    ['-n', '-M', 'prepared', '-f', path.join(__dirname, 'reference/insert-one-row.sql'), '-c', connections, '-j', Math.min(connections, 2),
      '-T', seconds, '-l', `--log-prefix=${logPrefix}`, '-h', args['db-host'], '-p', args['db-port'], '-U', args['db-user'], args['db-name']].map(String),
    { encoding: 'utf8', timeout: (seconds + 60) * 1000, cwd: args['out-dir'] },
  );
  if (pgbench.status !== 0) {
    throw new Error(`pgbench failed (${pgbench.error || pgbench.status}):\n${pgbench.stdout}${pgbench.stderr}`);
  }
  const logs = fs.readdirSync(args['out-dir']).filter((file) => file.startsWith(path.basename(logPrefix) + '.'));
  const latenciesMs = [];
  for (const log of logs) {
    const file = path.join(args['out-dir'], log);
    for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      latenciesMs.push(Number(line.split(' ')[2]) / 1000); // third column: the transaction's latency in µs
    }
    fs.rmSync(file);
  }
  return {
    connections,
    perSecond: round(Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(pgbench.stdout)[1])),
    p50Ms: round(percentile(latenciesMs, 50)),
    p99Ms: round(percentile(latenciesMs, 99)),
    requests: latenciesMs.length,
    statuses: {},
  };
}

function throughput(method, requestPath, body, seconds) {
  return script(
    'throughput.js',
    ['--url', args.url, '--method', method, '--path', requestPath, '--body', body, '--connections', args['pick-connections'], '--seconds', seconds],
    seconds + 60,
  );
}

/** Runs each of the named measurements once per round, in turn (A B A B ...), printing each run. */
function alternate(phase, measurements) {
  const runs = Object.fromEntries(Object.keys(measurements).map((name) => [name, []]));
  for (let round = 1; round <= args.rounds; round++) {
    for (const [name, measure] of Object.entries(measurements)) {
      const result = measure();
      runs[name].push(result);
      console.log(`${phase} ${round}/${args.rounds} ${name}: ${JSON.stringify(result)}`);
    }
  }
  return runs;
}

const of = (runs, field) => spread(runs.map((run) => run[field]));
const total = (runs, field) => runs.reduce((sum, run) => sum + run[field], 0);
const unanswered = (runs) => runs.reduce((sum, run) => sum + run.requests - (run.statuses['200'] || 0), 0);
const shown = (s) => (s.min === s.max ? `${round(s.median)}` : `${round(s.median)} (${round(s.min)}–${round(s.max)})`);

main(async () => {
  fs.mkdirSync(args['out-dir'], { recursive: true });
  const started = new Date();
  const idleRssMb = rssMb(args['server-pid']);
  const loadAtStart = os.loadavg(); // other work on the machine shows up in every number

  console.log(`warm-up, at least ${args['warm-up-seconds']} s (not reported)`);
  fanout('reference', args['reference-url'], 100, 5);
  const warmUntil = Date.now() + args['warm-up-seconds'] * 1000;
  do {
    fanout('gamepicker', args.url, 200, 5);
    votes(8, 10, 0, 0);
    throughput('POST', '/api/pick', '{}', 3);
    throughput('GET', '/health/live', '', 2);
  } while (Date.now() < warmUntil);

  const fanouts = alternate(`fan-out ${args.clients} clients x ${args.events} events`, {
    gamepicker: () => fanout('gamepicker', args.url, args.clients, args.events),
    reference: () => fanout('reference', args['reference-url'], args.clients, args.events),
  });

  let gameIndex = 0;
  const voteLevels = args['vote-connections'].split(',').map(Number);
  const voteRuns = voteLevels.map((connections) =>
    alternate(`votes ${connections} connections`, {
      gamepicker: () => votes(connections, args['vote-seconds'], 0, gameIndex++),
      reference: () => insertOneRowPerTransaction(connections, args['vote-seconds']),
    }),
  );

  const fullConnections = args['full-session-connections'];
  const sessions = alternate(`votes ${fullConnections} connections, empty vs full session`, {
    empty: () => votes(fullConnections, args['vote-seconds'], 0, gameIndex++),
    full: () => votes(fullConnections, args['vote-seconds'], args['preload-votes'], gameIndex++),
  });

  const picks = alternate('picker', {
    health: () => throughput('GET', '/health/live', '', args['pick-seconds']),
    pickAll: () => throughput('POST', '/api/pick', '{}', args['pick-seconds']),
    pickFiltered: () => throughput('POST', '/api/pick', PICK_FILTERS, args['pick-seconds']),
  });

  const rows = [];
  /**
   * A row comparing one measure of A's runs with B's: each side's median (min–max) over the rounds,
   * and the ratio A/B taken within each round (its runs were next to each other in time, so load
   * from elsewhere on the machine mostly cancels), as the median (min–max) of those ratios.
   * `meets(ourSpread, ratioSpread)` judges the target, when there is one.
   */
  function compare(what, oursRuns, referenceRuns, field, target = '', meets = undefined) {
    const ours = of(oursRuns, field);
    const ratios = spread(oursRuns.map((run, i) => round(run[field] / referenceRuns[i][field])));
    const met = meets === undefined ? '' : meets(ours, ratios) ? 'yes' : 'no';
    rows.push({ what, ours: shown(ours), reference: shown(of(referenceRuns, field)), ratio: shown(ratios), target, met });
  }
  /** A row of counts that must be zero, summed over all runs. */
  function mustBeZero(what, count, referenceCount = '') {
    rows.push({ what, ours: count, reference: referenceCount, ratio: '', target: '0', met: count === 0 ? 'yes' : 'no' });
  }
  const atMost = (limit) => (_, ratios) => ratios.median <= limit;
  const atLeast = (limit) => (_, ratios) => ratios.median >= limit;

  const fanoutWhat = `fan-out, ${args.clients} clients × ${args.events} events`;
  compare(`${fanoutWhat}: p50 ms`, fanouts.gamepicker, fanouts.reference, 'p50Ms', 'ratio ≤ 1', atMost(1));
  compare(`${fanoutWhat}: p99 ms`, fanouts.gamepicker, fanouts.reference, 'p99Ms', 'ratio ≤ 1', atMost(1));
  mustBeZero(`${fanoutWhat}: lost events (all runs)`, total(fanouts.gamepicker, 'lost'), total(fanouts.reference, 'lost'));
  mustBeZero(`${fanoutWhat}: duplicate events (all runs)`, total(fanouts.gamepicker, 'duplicates'), total(fanouts.reference, 'duplicates'));
  compare(`${fanoutWhat}: event size, bytes`, fanouts.gamepicker, fanouts.reference, 'messageBytes');
  compare(`${fanoutWhat}: add-game / trigger request p50 ms`, fanouts.gamepicker, fanouts.reference, 'triggerP50Ms');
  compare(`${fanoutWhat}: first client's event, p50 over events, ms`, fanouts.gamepicker, fanouts.reference, 'firstArrivalP50Ms');
  compare(`${fanoutWhat}: clients connect + subscribe, s`, fanouts.gamepicker, fanouts.reference, 'connectS');

  voteLevels.forEach((connections, i) => {
    const { gamepicker, reference } = voteRuns[i];
    const what = `live votes, PostgreSQL, ${connections} conn.`;
    const atTarget = connections === 8;
    compare(`${what}: votes/s vs inserts/s`, gamepicker, reference, 'perSecond', atTarget ? 'ratio ≥ 0.5' : '', atTarget ? atLeast(0.5) : undefined);
    compare(`${what}: p50 ms`, gamepicker, reference, 'p50Ms');
    compare(`${what}: p99 ms`, gamepicker, reference, 'p99Ms', atTarget ? 'ours ≤ 25 ms' : '', atTarget ? (ours) => ours.median <= 25 : undefined);
    mustBeZero(`${what}: answers other than 200 (all runs)`, unanswered(gamepicker));
  });

  const fullWhat = `live votes, ${args['full-session-connections']} conn., session holding ${shown(of(sessions.full, 'votesBefore'))} votes (A) vs an empty one (B)`;
  compare(`${fullWhat}: votes/s`, sessions.full, sessions.empty, 'perSecond', 'ratio ≥ 0.9 (as fast)', atLeast(0.9));
  compare(`${fullWhat}: p99 ms`, sessions.full, sessions.empty, 'p99Ms');
  mustBeZero(`${fullWhat}: answers other than 200 (all runs)`, unanswered([...sessions.full, ...sessions.empty]));

  for (const [name, what] of [['pickAll', 'POST /api/pick {}'], ['pickFiltered', `POST /api/pick ${PICK_FILTERS}`]]) {
    compare(`${what}, ${args['pick-connections']} conn.: req/s vs GET /health/live`, picks[name], picks.health, 'perSecond', 'ratio ≥ 0.5', atLeast(0.5));
  }

  compare(
    `RSS MB after each fan-out run (idle before: ${idleRssMb} MB), server JVM vs Node broadcaster`,
    fanouts.gamepicker, fanouts.reference, 'rssMb', 'ours ≤ 512 MB', (ours) => ours.max <= 512,
  );

  const table = [
    '| measure | A: Game Picker, median (min–max) | B: reference, median (min–max) | ratio A/B per round, median (min–max) | target | met |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.ours} | ${r.reference} | ${r.ratio} | ${r.target} | ${r.met} |`),
  ].join('\n');
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const load = (averages) => averages.map((average) => average.toFixed(2)).join(' ');
  const header =
    `Game Picker benchmark, ${started.toISOString()}, ${args.rounds} rounds A/B alternating, node ${process.version}; ` +
    `load average (1, 5, 15 min) at the start ${load(loadAtStart)}, at the end ${load(os.loadavg())}`;
  fs.writeFileSync(path.join(args['out-dir'], `results-${stamp}.md`), `${header}\n\n${table}\n`);
  fs.writeFileSync(
    path.join(args['out-dir'], `results-${stamp}.json`),
    JSON.stringify({ started, args, idleRssMb, fanouts, voteLevels, voteRuns, sessions, picks, rows }, null, 2),
  );
  console.log(`\n${header}\n\n${table}\n\nresults: ${path.join(args['out-dir'], `results-${stamp}.md`)} (raw runs: .json)`);
});
