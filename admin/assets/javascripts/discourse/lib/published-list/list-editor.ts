import { i18n } from "discourse-i18n";
import type { PublishedItem } from "discourse/plugins/discourse-mediation/discourse/lib/types/index";

/** A current item as the admins' editor lists it. */
export interface EditorRow {
  item: PublishedItem;
  isEditing: boolean;
  isFirst: boolean;
  isLast: boolean;
  versionText: string;
  /** Earlier versions, newest first; the current one is not repeated. */
  olderVersions: NonNullable<PublishedItem["versions"]>;
}

export function editorRows(
  current: PublishedItem[],
  editingKey: string | null
): EditorRow[] {
  return current.map((item, index) => ({
    item,
    isEditing: item.key === editingKey,
    isFirst: index === 0,
    isLast: index === current.length - 1,
    versionText: i18n("discourse_mediation.list_editor.version", {
      version: item.version,
    }),
    olderVersions: (item.versions ?? []).slice(0, -1).reverse(),
  }));
}

/** The current items' keys with one item moved `by` places. */
export function movedKeys(
  current: PublishedItem[],
  key: string,
  by: number
): string[] {
  const keys = current.map((item) => item.key);
  const from = keys.indexOf(key);
  keys.splice(from, 1);
  keys.splice(from + by, 0, key);
  return keys;
}
