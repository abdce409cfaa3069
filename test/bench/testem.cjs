"use strict";

// The render benchmark (tmp/bench-dist), in the same headless Chromium as the
// browser tests.
const browserTests = require("../harness/testem.cjs");

module.exports = {
  ...browserTests,
  test_page: "test/bench/index.html",
  cwd: "tmp/bench-dist",
};
