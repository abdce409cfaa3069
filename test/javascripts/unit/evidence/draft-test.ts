import { module, test } from "qunit";
import {
  EVIDENCE_FIELD,
  EvidenceDraft,
} from "discourse/plugins/discourse-mediation/discourse/lib/evidence/draft";
import { evidenceLimitsFixture } from "../../fixtures";
import { uploadedFileFixture } from "../../fixtures-elsewhere";

const limits = { ...evidenceLimitsFixture(), evidence: 2, evidence_note: 5 };

module("Unit | Lib | evidence-draft", function () {
  test("adds a link, a quote and a file, trimmed, and sends them as the server takes them", function (assert) {
    const draft = new EvidenceDraft();
    draft.url = " https://git.example/pull/1 ";
    draft.note = " The review ";
    draft.add();
    draft.kind = "quote";
    draft.quote = "  You again?  ";
    draft.add();
    draft.kind = "upload";
    draft.file = new File(["x"], "shot.png");
    draft.add(uploadedFileFixture());

    assert.deepEqual(draft.evidence, [
      { kind: "link", url: "https://git.example/pull/1", note: "The review" },
      { kind: "quote", quote: "You again?" },
      { kind: "upload", upload_id: 912 },
    ]);
    assert.strictEqual(draft.file, null, "the entry is emptied");
    assert.strictEqual(draft.kind, "upload", "the kind stays for the next");
  });

  test("removes the piece asked for, and no other", function (assert) {
    const draft = new EvidenceDraft();
    draft.url = "https://a.example/1";
    draft.add();
    draft.url = "https://a.example/2";
    draft.add();
    draft.remove(draft.pieces[0]);
    assert.deepEqual(
      draft.pieces.map((piece) => piece.url),
      ["https://a.example/2"]
    );
  });

  test("the entry's problem is beside its field", function (assert) {
    const draft = new EvidenceDraft();
    draft.url = "not a link";
    assert.strictEqual(draft.entryProblem(limits)?.[0], EVIDENCE_FIELD.link);

    draft.url = "https://a.example/";
    draft.note = "too long";
    assert.strictEqual(draft.entryProblem(limits)?.[0], EVIDENCE_FIELD.note);

    draft.kind = "upload";
    assert.deepEqual(draft.entryProblem(limits), [
      EVIDENCE_FIELD.upload,
      "Choose a file first.",
    ]);
  });

  test("refuses a piece beyond the limit", function (assert) {
    const draft = new EvidenceDraft();
    for (const n of [1, 2]) {
      draft.url = `https://a.example/${n}`;
      draft.add();
    }
    draft.url = "https://a.example/3";
    assert.true(draft.isFull(limits));
    assert.strictEqual(
      draft.entryProblem(limits)?.[1],
      "That is the most a case can hold: 2 pieces."
    );
  });

  test("a piece typed but not added stops the form, so it is not lost", function (assert) {
    const draft = new EvidenceDraft();
    assert.strictEqual(draft.unaddedProblem(), null);
    draft.kind = "quote";
    draft.quote = "You again?";
    assert.strictEqual(draft.unaddedProblem()?.[0], EVIDENCE_FIELD.quote);
    draft.kind = "link";
    assert.strictEqual(
      draft.unaddedProblem(),
      null,
      "only the field of the chosen kind counts"
    );
  });

  test("a note typed without its link, quote or file stops the form too", function (assert) {
    const draft = new EvidenceDraft();
    draft.note = "The chat log where he insulted me";
    assert.deepEqual(draft.unaddedProblem(), [
      EVIDENCE_FIELD.note,
      "This piece is not in the list yet: add it, or empty the field, before sending.",
    ]);
    draft.url = "https://chat.example/m/1";
    assert.strictEqual(
      draft.unaddedProblem()?.[0],
      EVIDENCE_FIELD.link,
      "the piece's own field first, when it has something"
    );
    draft.add();
    assert.strictEqual(draft.unaddedProblem(), null);
  });

  test("while a file is on its way, the form waits for it", function (assert) {
    const draft = new EvidenceDraft();
    draft.isUploading = true;
    assert.deepEqual(draft.unaddedProblem(), [
      EVIDENCE_FIELD.upload,
      "The file is still being sent: wait for it to join the list, then send.",
    ]);
  });

  test("the list keeps a file's own name, for the member alone", function (assert) {
    const draft = new EvidenceDraft();
    draft.kind = "upload";
    draft.add(uploadedFileFixture(), "alice-phone-screenshot.png");
    assert.strictEqual(draft.pieces[0].fileName, "alice-phone-screenshot.png");
    assert.deepEqual(draft.evidence, [{ kind: "upload", upload_id: 912 }]);
  });
});
