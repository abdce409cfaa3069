/** An item's words as the editor's forms hold them. */
export interface ItemDraft {
  key: string;
  title: string;
  description: string;
}

export const EMPTY_DRAFT: ItemDraft = { key: "", title: "", description: "" };

/** Saves a draft; resolves to whether it was saved. */
export type SaveItemDraft = (draft: ItemDraft) => Promise<boolean>;
