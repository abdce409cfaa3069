import { module, test } from "qunit";
import { charactersLeft } from "discourse/plugins/discourse-mediation/discourse/lib/common/message-limit";

module("Unit | lib | message-limit", function () {
  const cases: [string, string, number, number][] = [
    ["an empty message", "", 10, 10],
    ["a message at the limit", "abcdefghij", 10, 0],
    ["a message over the limit", "abcdefghijkl", 10, -2],
    ["accents, one character each", "ééé", 10, 7],
    ["emoji, one character each as the server counts them", "😀😀", 10, 8],
  ];

  for (const [description, message, max, expected] of cases) {
    test(`counts ${description}`, function (assert) {
      assert.strictEqual(charactersLeft(message, max), expected);
    });
  }
});
