import { module, test } from "qunit";
import { uploadFailureText } from "discourse/plugins/discourse-mediation/discourse/lib/evidence/upload-failure";
import { FakeAjaxError } from "../../helpers/fake-server";

module("Unit | Lib | evidence-upload-failure", function () {
  const failures: Array<[string, FakeAjaxError, string]> = [
    [
      "core's errors, in its words",
      new FakeAjaxError(422, {
        errors: ["Sorry, that file is not authorized."],
      }),
      "Sorry, that file is not authorized.",
    ],
    [
      "core's single message when the upload failed on its way in",
      new FakeAjaxError(422, { failed: "FAILED", message: "Image too large " }),
      "Image too large",
    ],
    [
      "a proxy refusing the size",
      new FakeAjaxError(413, "<html>Request Entity Too Large</html>"),
      "The forum refused this file as too large. Nothing was added.",
    ],
    [
      "no answer at all",
      new FakeAjaxError(0, ""),
      "The forum could not be reached. Check your connection; nothing was changed.",
    ],
  ];
  failures.forEach(([name, error, expected]) => {
    test(name, function (assert) {
      assert.strictEqual(uploadFailureText(error), expected);
    });
  });
});
