import { module, test } from "qunit";
import {
  evidenceEntries,
  pieceToSend,
} from "discourse/plugins/discourse-mediation/discourse/lib/case/evidence";
import { describeEvent } from "discourse/plugins/discourse-mediation/discourse/lib/case/text";
import { EvidenceDraft } from "discourse/plugins/discourse-mediation/discourse/lib/evidence/draft";
import type { CaseEvent } from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { evidenceSet } from "../../case-evidence-fixtures";
import { userFixture } from "../../fixtures";

function event(action: string, data: CaseEvent["data"]): CaseEvent {
  return {
    id: 1,
    action,
    created_at: "2026-11-23T10:00:00Z",
    actor: userFixture("mia", 3),
    data,
  };
}

module("Unit | Lib | case evidence", function () {
  test("the timeline says a case was opened by its mediator, and which kind of evidence came or went", function (assert) {
    assert.strictEqual(
      describeEvent(
        event("opened_by_mediator", { conduct_place: "elsewhere" })
      ),
      "@mia opened the case about conduct outside the forum"
    );
    assert.strictEqual(
      describeEvent(event("evidence_added", { kind: "upload" })),
      "@mia added evidence: a file"
    );
    assert.strictEqual(
      describeEvent(event("evidence_removed", { kind: "quote" })),
      "@mia removed evidence: a quote"
    );
  });

  test("names who gave each piece only as the server does", function (assert) {
    const [link, quote, upload] = evidenceEntries(evidenceSet());
    assert.true(link.givenBy.startsWith("Added by @mia"));
    assert.true(
      quote.givenBy.startsWith("Given by a member with their request")
    );
    assert.true(upload.givenBy.startsWith("Given by @bob with their request"));
    assert.strictEqual(link.file, null);
    assert.strictEqual(upload.file, "A file (.png), 82 KB");
  });

  test("a piece nobody is named for, not from a request, was added by someone who has left", function (assert) {
    const [link] = evidenceSet();
    const [entry] = evidenceEntries([{ ...link, added_by: null }]);
    assert.true(entry.givenBy.startsWith("Added by a former member, "));
  });

  test("each Remove button names the piece it removes", function (assert) {
    const [link, quote, upload] = evidenceSet();
    const long = { ...quote, quote: `${"word ".repeat(20)}end` };
    assert.deepEqual(
      evidenceEntries([link, quote, upload, long]).map((e) => e.removeLabel),
      [
        "Remove the link https://git.example.org/project/pull/4121#review-2",
        "Remove the quote “Nobody competent would have written this…”",
        "Remove the file (.png)",
        "Remove the quote “word word word word word word word word…”",
      ]
    );
  });

  test("sends only the field of the piece's kind, trimmed, and a note when written", function (assert) {
    const draft = new EvidenceDraft();
    draft.url = " https://chat.example/m/9 ";
    draft.quote = "left over from another kind";
    assert.deepEqual(pieceToSend(draft, null), {
      kind: "link",
      url: "https://chat.example/m/9",
    });
    draft.kind = "upload";
    draft.note = " The export. ";
    const upload = {
      id: 912,
      url: "/u.png",
      original_filename: "u.png",
      filesize: 1,
      extension: "png",
    };
    assert.deepEqual(pieceToSend(draft, upload), {
      kind: "upload",
      upload_id: 912,
      note: "The export.",
    });
  });
});
