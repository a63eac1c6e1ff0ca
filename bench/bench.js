// The benchmark's phases, A B C alternating (Game Picker, the fair peer, the floor): fan-out, live votes, a full session, picker, RSS; prints the ratios and writes the results files.
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
  'peer-url': 'http://127.0.0.1:5092', // the fair peer: Node.js + ws + pg doing the same durable work (reference/durable-peer.js)
  'peer-pid': 0,
  'reference-url': 'http://127.0.0.1:5091', // the bare Node.js broadcaster, no database: the fan-out's floor
  'reference-pid': 0,
  'db-host': '127.0.0.1', // the PostgreSQL database Game Picker runs on (password: PGPASSWORD)
  'db-port': 5432,
  'db-name': 'gamepicker_bench',
  'db-user': 'gamepicker',
  'out-dir': path.join(__dirname, 'out'),
  rounds: 3, // how many times each A B (C) group runs
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


// Each target's process, for RSS. The fair peer's catalog is its own (the same CSV as Game Picker's,
// so the same games with the same ids); the broadcaster, which has none, takes Game Picker's.
const PIDS = { gamepicker: () => args['server-pid'], peer: () => args['peer-pid'], reference: () => args['reference-pid'] };

function fanout(target, url, clients, events) {
  const catalogUrl = target === 'peer' ? args['peer-url'] : args.url;
  const result = script(
    'fanout.js',
    ['--target', target, '--url', url, '--catalog-url', catalogUrl, '--clients', clients, '--events', events],
    120 + events * 11, // connecting, then at most the 10 s event timeout and the gap per event
  );
  result.rssMb = rssMb(PIDS[target]());
  return result;
}

/** A live-vote run on Game Picker (url = args.url) or the fair peer (args['peer-url']), which speak the same REST calls. */
function votes(url, connections, seconds, preloadVotes, gameIndex) {
  return script(
    'votes.js',
    ['--url', url, '--connections', connections, '--seconds', seconds, '--preload-votes', preloadVotes, '--game-index', gameIndex],
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

/** Runs each of the named measurements once per round, in turn (A B C A B C ...), printing each run. */
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
  // V8 optimizes the peer's few hot functions within seconds; one round of each of its paths.
  fanout('peer', args['peer-url'], 200, 5);
  votes(args['peer-url'], 8, 10, 0, 0);
  const warmUntil = Date.now() + args['warm-up-seconds'] * 1000;
  do {
    fanout('gamepicker', args.url, 200, 5);
    votes(args.url, 8, 10, 0, 0);
    throughput('POST', '/api/pick', '{}', 3);
    throughput('GET', '/health/live', '', 2);
  } while (Date.now() < warmUntil);

  const fanouts = alternate(`fan-out ${args.clients} clients x ${args.events} events`, {
    gamepicker: () => fanout('gamepicker', args.url, args.clients, args.events),
    peer: () => fanout('peer', args['peer-url'], args.clients, args.events),
    reference: () => fanout('reference', args['reference-url'], args.clients, args.events),
  });

  let gameIndex = 0;
  const voteLevels = args['vote-connections'].split(',').map(Number);
  const voteRuns = voteLevels.map((connections) =>
    alternate(`votes ${connections} connections`, {
      gamepicker: () => votes(args.url, connections, args['vote-seconds'], 0, gameIndex++),
      peer: () => votes(args['peer-url'], connections, args['vote-seconds'], 0, gameIndex++),
      reference: () => insertOneRowPerTransaction(connections, args['vote-seconds']),
    }),
  );

  const fullConnections = args['full-session-connections'];
  const sessions = alternate(`votes ${fullConnections} connections, empty vs full session`, {
    empty: () => votes(args.url, fullConnections, args['vote-seconds'], 0, gameIndex++),
    full: () => votes(args.url, fullConnections, args['vote-seconds'], args['preload-votes'], gameIndex++),
  });

  const picks = alternate('picker', {
    health: () => throughput('GET', '/health/live', '', args['pick-seconds']),
    pickAll: () => throughput('POST', '/api/pick', '{}', args['pick-seconds']),
    pickFiltered: () => throughput('POST', '/api/pick', PICK_FILTERS, args['pick-seconds']),
  });

  const rows = [];
  /**
   * A row comparing one measure of A's runs with B's and, when given, C's: each side's median
   * (min–max) over the rounds, and the ratios A/B and A/C taken within each round (its runs were
   * next to each other in time, so load from elsewhere on the machine mostly cancels), as the
   * median (min–max) of those per-round ratios. `meets(ours, ratioToB, ratioToC)` judges the
   * target, when there is one.
   */
  function compare(what, oursRuns, bRuns, field, { floor = undefined, target = '', meets = undefined } = {}) {
    const ours = of(oursRuns, field);
    const ratiosTo = (runs) => spread(oursRuns.map((run, i) => round(run[field] / runs[i][field])));
    const ratioToB = ratiosTo(bRuns);
    const ratioToC = floor && ratiosTo(floor);
    const met = meets === undefined ? '' : meets(ours, ratioToB, ratioToC) ? 'yes' : 'no';
    rows.push({
      what,
      ours: shown(ours),
      b: shown(of(bRuns, field)),
      ratioB: shown(ratioToB),
      c: floor ? shown(of(floor, field)) : '',
      ratioC: floor ? shown(ratioToC) : '',
      target,
      met,
    });
  }
  /** A row of counts that must be zero (for A, which the target judges), summed over all runs. */
  function mustBeZero(what, count, bCount = '', cCount = '') {
    rows.push({ what, ours: count, b: bCount, ratioB: '', c: cCount, ratioC: '', target: '0', met: count === 0 ? 'yes' : 'no' });
  }
  const atLeast = (limit) => (_, ratioToB) => ratioToB.median >= limit;

  // Fan-out: A Game Picker, B the fair peer, C the bare broadcaster (the floor).
  const fanoutWhat = `fan-out, ${args.clients} clients × ${args.events} events`;
  const fanoutTarget = { target: 'A/B ≤ 1 and A/C ≤ 1.5', meets: (_, toPeer, toFloor) => toPeer.median <= 1 && toFloor.median <= 1.5 };
  const vsPeerAndFloor = (field, extra = {}) => [fanouts.gamepicker, fanouts.peer, field, { floor: fanouts.reference, ...extra }];
  compare(`${fanoutWhat}: p50 ms`, ...vsPeerAndFloor('p50Ms', fanoutTarget));
  compare(`${fanoutWhat}: p99 ms`, ...vsPeerAndFloor('p99Ms', fanoutTarget));
  const fanoutTotal = (field) => [total(fanouts.gamepicker, field), total(fanouts.peer, field), total(fanouts.reference, field)];
  mustBeZero(`${fanoutWhat}: lost events (all runs)`, ...fanoutTotal('lost'));
  mustBeZero(`${fanoutWhat}: duplicate events (all runs)`, ...fanoutTotal('duplicates'));
  compare(`${fanoutWhat}: event size, bytes`, ...vsPeerAndFloor('messageBytes'));
  compare(`${fanoutWhat}: add-game (C: trigger) request p50 ms`, ...vsPeerAndFloor('triggerP50Ms'));
  compare(`${fanoutWhat}: first client's event, p50 over events, ms`, ...vsPeerAndFloor('firstArrivalP50Ms'));
  compare(`${fanoutWhat}: clients connect + subscribe, s`, ...vsPeerAndFloor('connectS'));

  // Live votes: A Game Picker, B the fair peer, C pgbench inserting one row per transaction (the floor).
  voteLevels.forEach((connections, i) => {
    const { gamepicker, peer, reference } = voteRuns[i];
    const what = `live votes, PostgreSQL, ${connections} conn.`;
    const atTarget = connections === 8;
    compare(`${what}: votes/s (C: pgbench inserts/s)`, gamepicker, peer, 'perSecond', {
      floor: reference,
      ...(atTarget ? { target: 'A/B ≥ 1', meets: atLeast(1) } : {}),
    });
    compare(`${what}: p50 ms`, gamepicker, peer, 'p50Ms', { floor: reference });
    compare(`${what}: p99 ms`, gamepicker, peer, 'p99Ms', {
      floor: reference,
      ...(atTarget ? { target: 'A ≤ 15 ms', meets: (ours) => ours.median <= 15 } : {}),
    });
    mustBeZero(`${what}: answers other than 200 (all runs)`, unanswered(gamepicker), unanswered(peer));
  });

  const fullWhat = `live votes, ${args['full-session-connections']} conn., Game Picker, session holding ${shown(of(sessions.full, 'votesBefore'))} votes (A) vs an empty one (B)`;
  compare(`${fullWhat}: votes/s`, sessions.full, sessions.empty, 'perSecond', { target: 'A/B ≥ 0.9 (as fast)', meets: atLeast(0.9) });
  compare(`${fullWhat}: p99 ms`, sessions.full, sessions.empty, 'p99Ms');
  mustBeZero(`${fullWhat}: answers other than 200 (all runs)`, unanswered([...sessions.full, ...sessions.empty]));

  for (const [name, what] of [['pickAll', 'POST /api/pick {}'], ['pickFiltered', `POST /api/pick ${PICK_FILTERS}`]]) {
    compare(`${what}, ${args['pick-connections']} conn.: req/s (A) vs GET /health/live (B)`, picks[name], picks.health, 'perSecond', {
      target: 'A/B ≥ 0.6',
      meets: atLeast(0.6),
    });
  }

  compare(
    `RSS MB after each fan-out run (idle before: ${idleRssMb} MB): server JVM (A), fair peer (B), broadcaster (C)`,
    ...vsPeerAndFloor('rssMb', { target: 'A ≤ 400 MB', meets: (ours) => ours.max <= 400 }),
  );

  const table = [
    '| measure | A: Game Picker, median (min–max) | B: fair peer (or as named), median (min–max) | ratio A/B per round, median (min–max) ' +
      '| C: floor (bare broadcaster / pgbench), median (min–max) | ratio A/C per round, median (min–max) | target | met |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.ours} | ${r.b} | ${r.ratioB} | ${r.c} | ${r.ratioC} | ${r.target} | ${r.met} |`),
  ].join('\n');
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const load = (averages) => averages.map((average) => average.toFixed(2)).join(' ');
  const header =
    `Game Picker benchmark, ${started.toISOString()}, ${args.rounds} rounds A B C alternating, node ${process.version}; ` +
    `load average (1, 5, 15 min) at the start ${load(loadAtStart)}, at the end ${load(os.loadavg())}`;
  fs.writeFileSync(path.join(args['out-dir'], `results-${stamp}.md`), `${header}\n\n${table}\n`);
  fs.writeFileSync(
    path.join(args['out-dir'], `results-${stamp}.json`),
    JSON.stringify({ started, args, idleRssMb, fanouts, voteLevels, voteRuns, sessions, picks, rows }, null, 2),
  );
  console.log(`\n${header}\n\n${table}\n\nresults: ${path.join(args['out-dir'], `results-${stamp}.md`)} (raw runs: .json)`);
});
