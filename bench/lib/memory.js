// The resident memory of a process, as the bench reports it.
'use strict';

const fs = require('node:fs');
const { round } = require('./closed-loop');

/** The resident memory of a process in MB, from /proc/PID/status. */
function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return round(Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)[1]) / 1024);
}

module.exports = { rssMb };
