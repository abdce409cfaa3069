"use strict";

// The render benchmark (tmp/bench-dist), in the same headless Chromium as the
// browser tests, with V8's gc() exposed for the benchmark to empty the young
// generation between rounds.
const browserTests = require("../harness/testem.cjs");

module.exports = {
  ...browserTests,
  test_page: "test/bench/index.html",
  cwd: "tmp/bench-dist",
  // A round of 1,000 rows on a busy machine can keep the page from answering
  // testem's socket for longer than its default 10 s.
  browser_disconnect_timeout: 120,
  browser_args: {
    Chromium: {
      ci: [...browserTests.browser_args.Chromium.ci, "--js-flags=--expose-gc"],
    },
  },
};
