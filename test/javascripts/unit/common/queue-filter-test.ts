import { module, test } from "qunit";
import { queueFilterFrom } from "discourse/plugins/discourse-mediation/discourse/lib/choices";

module("Unit | lib | queue filter from the address", function () {
  const cases: [string, string | null | undefined, string][] = [
    ["a tab's name", "mine", "mine"],
    ["nothing", undefined, "unassigned"],
    ["an empty value", "", "unassigned"],
    ["a name that is no tab", "everything", "unassigned"],
  ];
  for (const [description, param, filter] of cases) {
    test(`opens on the right tab for ${description}`, function (assert) {
      assert.strictEqual(queueFilterFrom(param), filter);
    });
  }
});
