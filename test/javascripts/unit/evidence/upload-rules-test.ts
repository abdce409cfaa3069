import { module, test } from "qunit";
import {
  acceptedTypes,
  type CoreUploadSettings,
  extensionOf,
  fileHint,
  fileProblem,
  uploadRules,
} from "discourse/plugins/discourse-mediation/discourse/lib/evidence/upload-rules";
import { evidenceLimitsFixture } from "../../fixtures";

const limits = { ...evidenceLimitsFixture(), evidence_upload_kb: 4096 };

// Core's defaults (config/site_settings.yml, files:).
const CORE: CoreUploadSettings = {
  authorized_extensions: "jpg|jpeg|png|gif|heic|heif|webp",
  authorized_extensions_for_staff: "",
  max_attachment_size_kb: 4096,
  max_image_size_kb: 4096,
};

function file(name: string, kilobytes: number) {
  return new File([new Uint8Array(kilobytes * 1024)], name);
}

module("Unit | Evidence | upload rules", function () {
  test("takes core's types, and the stricter of core's sizes and the plugin's", function (assert) {
    const rules = uploadRules(
      { ...limits, evidence_upload_kb: 2048 },
      { ...CORE, max_image_size_kb: 1024, authorized_extensions: " PNG|.pdf" }
    );
    assert.deepEqual(rules, {
      extensions: ["png", "pdf"],
      imageKb: 1024,
      otherKb: 2048,
    });
  });

  test("staff also have core's staff types; a * allows any file", function (assert) {
    const staffOnly = { ...CORE, authorized_extensions_for_staff: "zip" };
    assert.false(
      uploadRules(limits, staffOnly).extensions!.includes("zip"),
      "not for a member"
    );
    assert.true(
      uploadRules(limits, staffOnly, true).extensions!.includes("zip")
    );
    assert.strictEqual(
      uploadRules(limits, { ...CORE, authorized_extensions: "png|*" })
        .extensions,
      null
    );
  });

  test("refuses a type core does not take, before any byte is sent", function (assert) {
    const rules = uploadRules(limits, CORE);
    assert.strictEqual(
      fileProblem(file("report.pdf", 10), rules),
      "The forum does not take this type of file. It takes: jpg, jpeg, png, gif, heic, heif, webp. Nothing was sent."
    );
    assert.strictEqual(fileProblem(file("shot.PNG", 10), rules), null);
    assert.strictEqual(
      fileProblem(null, rules),
      "Choose a file first.",
      "a file is required"
    );
  });

  test("an image is held to core's image size, any other file to its attachment size", function (assert) {
    const rules = uploadRules(limits, {
      ...CORE,
      authorized_extensions: "png|pdf",
      max_image_size_kb: 64,
      max_attachment_size_kb: 128,
    });
    assert.strictEqual(fileProblem(file("shot.png", 64), rules), null);
    assert.strictEqual(
      fileProblem(file("shot.png", 65), rules),
      "This file is too large: the limit is 64 KB. Nothing was sent."
    );
    assert.strictEqual(fileProblem(file("log.pdf", 100), rules), null);
    assert.strictEqual(
      fileProblem(file("log.pdf", 129), rules),
      "This file is too large: the limit is 128 KB. Nothing was sent."
    );
  });

  test("without core's settings, only the plugin's size applies", function (assert) {
    const rules = uploadRules({ ...limits, evidence_upload_kb: 64 }, null);
    assert.strictEqual(fileProblem(file("anything.xyz", 64), rules), null);
    assert.strictEqual(
      fileProblem(file("anything.xyz", 65), rules),
      "This file is too large: the limit is 64 KB. Nothing was sent."
    );
  });

  test("the file field offers and describes exactly what is taken", function (assert) {
    const rules = uploadRules(limits, CORE);
    assert.strictEqual(
      acceptedTypes(rules),
      ".jpg,.jpeg,.png,.gif,.heic,.heif,.webp"
    );
    assert.strictEqual(
      fileHint(rules),
      "The forum takes these types of file: jpg, jpeg, png, gif, heic, heif, webp. At most 4 MB. It is sent to the forum as soon as you add it."
    );
    const mixed = uploadRules(limits, {
      ...CORE,
      authorized_extensions: "*",
      max_image_size_kb: 1024,
    });
    assert.strictEqual(acceptedTypes(mixed), undefined);
    assert.strictEqual(
      fileHint(mixed),
      "Any type of file. Images at most 1 MB, other files at most 4 MB. It is sent to the forum as soon as you add it."
    );
  });

  test("reads a file's extension from its name", function (assert) {
    assert.strictEqual(extensionOf("Screen Shot 2026.11.20.PNG"), "png");
    assert.strictEqual(extensionOf("README"), "");
    assert.strictEqual(extensionOf(".bashrc"), "");
  });
});
