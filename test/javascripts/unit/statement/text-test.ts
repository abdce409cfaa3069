import { module, test } from "qunit";
import { formatDateTime } from "discourse/plugins/discourse-mediation/discourse/lib/common/age";
import {
  deadlineText,
  extensionText,
  myStatementText,
  statementPageTitle,
} from "discourse/plugins/discourse-mediation/discourse/lib/statement/text";
import type { StatementWindowState } from "discourse/plugins/discourse-mediation/discourse/lib/types/index";
import { statementPageFixture, userFixture } from "../../fixtures";

function window(
  overrides: Partial<StatementWindowState>
): StatementWindowState {
  return { ...statementPageFixture().window!, ...overrides };
}

module("Unit | Lib | statement-text", function () {
  const roles = ["subject", "affected", "reader"] as const;
  roles.forEach((role) => {
    test(`titles the page for the ${role}`, function (assert) {
      const page = statementPageFixture({ role, topic_title: "Packaging" });
      assert.true(statementPageTitle(page).includes("Packaging"));
    });
  });

  test("says nothing of a deadline before the window opens", function (assert) {
    assert.strictEqual(deadlineText(null), null);
  });

  const deadlines: Array<[string, Partial<StatementWindowState>]> = [
    ["open", {}],
    ["passed", { open: false }],
    ["waived", { open: false, waived_at: "2026-11-25T10:00:00Z" }],
  ];
  test("words an open, passed and waived window differently", function (assert) {
    const texts = deadlines.map(([, overrides]) =>
      deadlineText(window(overrides))
    );
    assert.strictEqual(new Set(texts).size, deadlines.length);
  });

  const extensions: Array<
    [string, Partial<StatementWindowState>, string | null]
  > = [
    ["not asked", {}, null],
    [
      "pending",
      {
        extension_requested_at: "2026-11-24T10:00:00Z",
        extension_decision_due_at: "2026-11-25T10:00:00Z",
      },
      "pending",
    ],
    [
      "granted",
      {
        extension_requested_at: "2026-11-24T10:00:00Z",
        extension_decision: "granted",
        extension_decision_reason: "Fair",
      },
      "Fair",
    ],
    [
      "declined",
      {
        extension_requested_at: "2026-11-24T10:00:00Z",
        extension_decision: "declined",
        extension_decision_reason: "Long enough",
      },
      "Long enough",
    ],
  ];
  test("says who decides a request for more time, by when, and that the deadline is held", function (assert) {
    const text = extensionText(
      window({
        extension_requested_at: "2026-11-24T10:00:00Z",
        extension_decision_due_at: "2026-11-25T10:00:00Z",
      })
    );
    assert.true(
      text?.includes("A moderator, or a mediator who did not write the report")
    );
    assert.true(text?.includes(formatDateTime("2026-11-25T10:00:00Z")));
    assert.true(text?.includes("your deadline is held"));
  });

  extensions.forEach(([name, overrides, expected]) => {
    test(`words an extension ${name}`, function (assert) {
      const text = extensionText(window(overrides));
      const shown =
        expected === "pending"
          ? text !== null
          : (text?.includes(expected ?? "") ?? null);
      assert.strictEqual(shown, expected === null ? null : true);
    });
  });

  test("says when the reader wrote or declined", function (assert) {
    assert.strictEqual(myStatementText(null), null);
    const wrote = myStatementText({
      role: "subject",
      kind: "statement",
      question: null,
      raw: "Mine",
      declined: false,
      created_at: "2026-11-24T10:00:00Z",
      user: userFixture("ana"),
    });
    const declined = myStatementText({
      role: "affected",
      kind: "statement",
      question: null,
      raw: "",
      declined: true,
      created_at: "2026-11-24T10:00:00Z",
      user: userFixture("ana"),
    });
    assert.notStrictEqual(wrote, declined);
  });
});
