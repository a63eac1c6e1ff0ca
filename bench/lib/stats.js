// Percentiles of one run's samples and the median and spread of a measure over repeated runs.
'use strict';

/** Nearest-rank percentile (p in 0..100) of numbers; NaN when there are none. */
function percentile(values, p) {
  if (values.length === 0) {
    return NaN;
  }
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** The median of repeated runs' values (mean of the middle two for an even count). */
function median(values) {
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of repeated runs with their lowest and highest value, so the noise shows. */
function spread(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

module.exports = { percentile, spread };
