import { module, test } from "qunit";
import {
  conductSentence,
  evidenceRows,
} from "discourse/plugins/discourse-mediation/discourse/lib/evidence/report";
import { reportEvidenceFixture } from "../../fixtures-elsewhere";

const ORIGIN = "https://forum.example";

module("Unit | Lib | evidence-report", function () {
  test("a link says when it leaves the forum", function (assert) {
    const [outside] = evidenceRows(reportEvidenceFixture(), ORIGIN);
    assert.true(outside.leavesForum);
    const [inside] = evidenceRows(
      [{ ...reportEvidenceFixture()[0], url: `${ORIGIN}/t/plan/30` }],
      ORIGIN
    );
    assert.false(inside.leavesForum);
  });

  test("an image has its alternative text; another file its type and size", function (assert) {
    const [, quote, image, pdf] = evidenceRows(reportEvidenceFixture(), ORIGIN);
    assert.strictEqual(quote.quote, reportEvidenceFixture()[1].quote);
    assert.strictEqual(quote.href, null);
    assert.deepEqual(image.image, {
      src: "/uploads/default/original/1X/3f2a9c.png",
      alt: "An image given as evidence (PNG, 240 KB)",
    });
    assert.strictEqual(image.fileText, null);
    assert.strictEqual(pdf.image, null);
    assert.strictEqual(pdf.fileText, "PDF file given as evidence, 1.5 MB");
    assert.strictEqual(pdf.href, "/uploads/default/original/1X/77be01.pdf");
  });

  test("where and when: the day as sent, in any time zone", function (assert) {
    const sentence = conductSentence({
      where: "Project chat",
      happened_on: "2026-11-01",
    });
    assert.true(sentence.startsWith("Project chat, on "), sentence);
    assert.true(sentence.includes("1"), sentence);
    assert.false(sentence.includes("31"), "not the day before");
  });
});
