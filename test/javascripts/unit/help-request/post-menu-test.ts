import { module, test } from "qunit";
import {
  keepsFlagButton,
  showsHelpButton,
} from "discourse/plugins/discourse-mediation/discourse/lib/help-request/post-menu";
import { postFixture } from "../../fixtures";

module("Unit | lib | post-menu", function () {
  test("members the server allows see the help button", function (assert) {
    assert.true(showsHelpButton(postFixture({ can_request_mediation: true })));
  });

  test("nobody sees it where the server says no (other groups, a private message's author)", function (assert) {
    assert.false(
      showsHelpButton(postFixture({ can_request_mediation: false }))
    );
  });

  test("a private message's recipient sees it, as on any post", function (assert) {
    assert.true(
      showsHelpButton(
        postFixture({
          can_request_mediation: true,
          mediation_private_message: true,
        })
      )
    );
  });

  test("the flag button goes where the server replaces it, and stays for staff", function (assert) {
    assert.false(
      keepsFlagButton(postFixture({ mediation_replaces_flag: true }))
    );
    assert.true(
      keepsFlagButton(postFixture({ mediation_replaces_flag: false }))
    );
  });
});
