import { module, test } from "qunit";
import { extractError } from "discourse/lib/ajax-error";
import {
  failureKind,
  failureText,
} from "discourse/plugins/discourse-mediation/discourse/lib/common/failure";
import { refusal } from "discourse/plugins/discourse-mediation/discourse/lib/common/refusal";
import { FakeAjaxError } from "../../helpers/fake-server";

module("Unit | lib | failure", function () {
  const cases: [string, unknown, string, string][] = [
    [
      "the server's own refusal",
      new FakeAjaxError(409, { errors: ["@noor has just claimed this case"] }),
      "refused",
      "@noor has just claimed this case",
    ],
    [
      "a request that got no answer",
      new FakeAjaxError(0, ""),
      "network",
      "The forum could not be reached. Check your connection; nothing was changed.",
    ],
    [
      "a server failure with an HTML page",
      new FakeAjaxError(502, "<html>Bad gateway</html>"),
      "server",
      "The forum could not do this just now. Nothing was changed; please try again in a moment.",
    ],
    [
      "a 404 without words",
      new FakeAjaxError(404, {}),
      "not_found",
      "There is nothing here: it may have been removed, or the link is not quite right.",
    ],
    [
      "an error in our own code",
      new Error("boom"),
      "unknown",
      "That did not work. Please try again.",
    ],
  ];

  for (const [description, error, kind, text] of cases) {
    test(`tells apart ${description}`, function (assert) {
      assert.strictEqual(failureKind(error), kind);
      assert.strictEqual(failureText(error), text);
    });
  }

  test("shows several refusals in the server's words, without Discourse's wrapper", function (assert) {
    const error = new FakeAjaxError(422, {
      errors: ["Too short.", "No title."],
    });
    assert.strictEqual(failureText(error), "Too short. No title.");
    assert.strictEqual(
      extractError(error, "x"),
      "Multiple errors occurred: 1) Too short. 2) No title.",
      "what Discourse's own extractError would have shown"
    );
  });

  test("a page that could not load offers to try again; one that is not for you does not", function (assert) {
    const offline = refusal(new FakeAjaxError(0, ""));
    assert.true(offline.retry);
    assert.strictEqual(offline.title, "This page could not load");

    const forbidden = refusal(
      new FakeAjaxError(403, {
        errors: ["You are not permitted to view the requested resource."],
      })
    );
    assert.strictEqual(
      forbidden.refused,
      "Only the community's mediators and staff can see mediation cases. If you asked for help, you can follow your requests on your help requests page."
    );
    assert.false(forbidden.retry);
    assert.strictEqual(forbidden.title, undefined, "the page's own heading");

    const missing = refusal(new FakeAjaxError(404, {}));
    assert.strictEqual(missing.title, "Not found");
  });
});
