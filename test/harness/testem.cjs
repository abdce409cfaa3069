"use strict";

// Runs the built tests (tmp/test-dist) in Debian's Chromium, headless.
module.exports = {
  test_page: "test/harness/index.html?hidepassed",
  cwd: "tmp/test-dist",
  disable_watching: true,
  launch_in_ci: ["Chromium"],
  browser_start_timeout: 120,
  browser_args: {
    Chromium: {
      ci: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--mute-audio",
        "--remote-debugging-port=0",
        "--window-size=1280,900",
      ],
    },
  },
};
