import { module, test } from "qunit";
import {
  fileSize,
  linkProblem,
  noteProblem,
  quoteProblem,
} from "discourse/plugins/discourse-mediation/discourse/lib/evidence/checks";
import { evidenceLimitsFixture } from "../../fixtures";

const limits = {
  ...evidenceLimitsFixture(),
  evidence_link: 40,
  evidence_quote: 10,
  evidence_note: 5,
};

module("Unit | Lib | evidence-checks", function () {
  const links: Array<[string, string, string | null]> = [
    ["an https link", "https://git.example/pull/1", null],
    ["an http link, trimmed", "  http://chat.example/m/2  ", null],
    ["nothing", "   ", "Paste the link first."],
    ["words", "the review", "This is not a web address"],
    ["another scheme", "ftp://files.example/log", "This is not a web address"],
    ["no host", "https://", "This is not a web address"],
    ["mail", "mailto:bob@example.com", "This is not a web address"],
    [
      "one character over the limit",
      `https://a.example/${"x".repeat(23)}`,
      "Please keep it to 40 characters.",
    ],
  ];
  links.forEach(([name, url, expected]) => {
    test(`a link: ${name}`, function (assert) {
      const problem = linkProblem(url, limits);
      const start =
        problem === null ? null : problem.slice(0, expected?.length);
      assert.strictEqual(start, expected);
    });
  });

  const quotes: Array<[string, string, string | null]> = [
    ["words", "You again?", null],
    ["ten characters by code point", "é".repeat(10), null],
    ["blank", " \n ", "Paste or type the words first."],
    ["too long", "é".repeat(11), "Please keep it to 10 characters."],
  ];
  quotes.forEach(([name, quote, expected]) => {
    test(`a quote: ${name}`, function (assert) {
      assert.strictEqual(quoteProblem(quote, limits), expected);
    });
  });

  test("a note is optional, and limited once trimmed", function (assert) {
    assert.strictEqual(noteProblem("", limits), null);
    assert.strictEqual(noteProblem(" 12345 ", limits), null);
    assert.strictEqual(
      noteProblem("123456", limits),
      "Please keep it to 5 characters."
    );
  });

  const sizes: Array<[number, string]> = [
    [10, "1 KB"],
    [245_760, "240 KB"],
    [1_572_864, "1.5 MB"],
    [4096 * 1024, "4 MB"],
  ];
  sizes.forEach(([bytes, text]) => {
    test(`${bytes} bytes read as ${text}`, function (assert) {
      assert.strictEqual(fileSize(bytes), text);
    });
  });
});
