// Command-line plumbing shared by the bench scripts: typed options and the one-line result they print.
'use strict';

const { parseArgs } = require('node:util');

/**
 * Parses --name value options against defaults: a number default makes the option numeric, a
 * string default keeps it text. Unknown options are an error.
 */
function options(defaults) {
  const spec = Object.fromEntries(Object.keys(defaults).map((name) => [name, { type: 'string' }]));
  const { values } = parseArgs({ options: spec, strict: true });
  const parsed = {};
  for (const [name, fallback] of Object.entries(defaults)) {
    const given = values[name];
    if (given === undefined) {
      parsed[name] = fallback;
    } else if (typeof fallback === 'number') {
      parsed[name] = Number(given);
      if (!Number.isFinite(parsed[name])) {
        throw new Error(`--${name} must be a number, got ${given}`);
      }
    } else {
      parsed[name] = given;
    }
  }
  return parsed;
}

/** The Game Picker admin token, from the environment (kept off the command line and ps). */
function adminToken() {
  const token = process.env.GAMEPICKER_TOKEN;
  if (!token) {
    throw new Error('GAMEPICKER_TOKEN is not set: log in with POST /api/auth/login first');
  }
  return token;
}

const RESULT_PREFIX = 'RESULT ';

/** Prints the run's measurements as one line, `RESULT {json}`, which bench.js and the smoke test parse. */
function printResult(result) {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

/** The measurements in a script's output, or an error naming the output when there are none. */
function parseResult(output) {
  const line = output.split('\n').find((candidate) => candidate.startsWith(RESULT_PREFIX));
  if (!line) {
    throw new Error(`no result line in:\n${output}`);
  }
  return JSON.parse(line.slice(RESULT_PREFIX.length));
}

/** Runs a script's main function, exiting non-zero with the error's message when it fails. */
function main(run) {
  run().then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`${error.stack || error}\n`);
      process.exit(1);
    },
  );
}

module.exports = { options, adminToken, printResult, parseResult, main };
