import { module, test } from "qunit";
import { paragraphs } from "discourse/plugins/discourse-mediation/discourse/lib/common/paragraphs";

module("Unit | Lib | paragraphs", function () {
  test("keeps the author's lines and drops blank ones", function (assert) {
    assert.deepEqual(paragraphs("First.\n\n  Second.\nThird.\n"), [
      "First.",
      "Second.",
      "Third.",
    ]);
    assert.deepEqual(paragraphs(""), []);
    assert.deepEqual(paragraphs("   \n \n"), []);
  });
});
