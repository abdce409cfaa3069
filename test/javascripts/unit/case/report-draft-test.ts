import { module, test } from "qunit";
import {
  draftOf,
  sanctionChoices,
  textParts,
  toggled,
} from "discourse/plugins/discourse-mediation/discourse/lib/case/report-draft";
import { caseFixture } from "../../fixtures";

module("Unit | Lib | report-draft", function () {
  const toggles: Array<[string, string[], string, boolean, string[]]> = [
    ["adds a key at the end", ["a"], "b", true, ["a", "b"]],
    ["removes a key", ["a", "b"], "a", false, ["b"]],
    ["never adds a key twice", ["a"], "a", true, ["a"]],
    ["ignores removing what is not there", ["a"], "z", false, ["a"]],
  ];
  toggles.forEach(([name, list, key, checked, expected]) => {
    test(name, function (assert) {
      assert.deepEqual(toggled(list, key, checked), expected);
    });
  });

  test("starts from an empty draft when nothing was saved", function (assert) {
    const draft = draftOf(null);
    assert.deepEqual(
      textParts(draft).map((part) => [part.part, part.value]),
      [
        ["what_happened", ""],
        ["mediation_course", ""],
        ["why_unresolved", ""],
      ]
    );
  });

  test("never offers No action as a recommendation", function (assert) {
    const mediationCase = caseFixture();
    const keys = sanctionChoices(mediationCase, draftOf(null)).map(
      (choice) => choice.step.kind
    );
    assert.false(keys.includes("no_action"));
  });
});
