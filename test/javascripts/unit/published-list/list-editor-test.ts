import { module, test } from "qunit";
import {
  editorRows,
  movedKeys,
} from "discourse/plugins/discourse-mediation/discourse/lib/published-list/list-editor";
import { publishedListFixture } from "../../fixtures";

module("Unit | Lib | list-editor", function () {
  const items = publishedListFixture().items;
  const keys = items.map((item) => item.key);

  const moves: Array<[string, number, number, string[]]> = [
    ["the second item up", 1, -1, [keys[1], keys[0], ...keys.slice(2)]],
    ["the first item down", 0, 1, [keys[1], keys[0], ...keys.slice(2)]],
    ["an item nowhere", 1, 0, keys],
  ];
  moves.forEach(([name, index, by, expected]) => {
    test(`moves ${name}`, function (assert) {
      assert.deepEqual(movedKeys(items, keys[index], by), expected);
    });
  });

  test("marks the first, the last and the one being edited", function (assert) {
    const rows = editorRows(items, keys[1]);
    assert.deepEqual(
      rows.map((row) => [row.isFirst, row.isLast, row.isEditing]),
      items.map((_, index) => [
        index === 0,
        index === items.length - 1,
        index === 1,
      ])
    );
  });

  test("lists earlier versions newest first, without the current one", function (assert) {
    const item = {
      ...items[0],
      version: 3,
      versions: [1, 2, 3].map((version) => ({
        version,
        title: `v${version}`,
        description: "",
        created_at: "2026-11-01T00:00:00Z",
      })),
    };
    const [row] = editorRows([item], null);
    assert.deepEqual(
      row.olderVersions.map((version) => version.version),
      [2, 1]
    );
  });
});
