// What the DCopyButton stand-in (test/harness/stand-ins/d-copy-button.gts)
// copied, in order, instead of writing the clipboard that headless Chromium may
// refuse. It lives with the tests so that core's test bundle, which holds only
// test/javascripts, can build the tests that read it.
export const copiedValues: string[] = [];
