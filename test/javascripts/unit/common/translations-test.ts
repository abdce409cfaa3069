import { module, test } from "qunit";
import { i18n } from "discourse-i18n";
import {
  KIND_TEXT,
  STATUS_TEXT,
} from "discourse/plugins/discourse-mediation/discourse/lib/help-request/kinds";

module("Unit | lib | help-request-kinds", function () {
  test("every kind and status has its words in client.en.yml", function (assert) {
    const keys = [
      ...Object.values(KIND_TEXT).flatMap((text) => [
        text.label,
        text.description,
      ]),
      ...Object.values(STATUS_TEXT),
    ];
    for (const key of keys) {
      assert.strictEqual(typeof i18n(key), "string", key);
    }
  });
});
