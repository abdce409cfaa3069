import { module, test } from "qunit";
import { authorName } from "discourse/plugins/discourse-mediation/discourse/lib/common/author-name";
import { statementEntries } from "discourse/plugins/discourse-mediation/discourse/lib/statement/text";

module("Unit | lib | author-name", function () {
  test("names an account that still exists", function (assert) {
    assert.strictEqual(authorName({ username: "noor" }), "@noor");
  });

  test("says a former member once the account is deleted", function (assert) {
    assert.strictEqual(authorName(null), "a former member");
  });

  test("a statement by a deleted account still lists, its author unnamed", function (assert) {
    const [entry] = statementEntries([
      {
        role: "affected",
        kind: "statement",
        question: null,
        raw: "It hurt.",
        declined: false,
        created_at: "2026-11-20T10:00:00Z",
        user: null,
      },
    ]);
    assert.strictEqual(entry.who, "a former member, named as affected");
  });
});
