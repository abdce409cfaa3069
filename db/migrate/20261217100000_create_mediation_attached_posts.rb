# frozen_string_literal: true

# Further posts a mediator attaches to a case, each with a note: a pattern
# across topics, which the report then cites.
class CreateMediationAttachedPosts < ActiveRecord::Migration[8.0]
  def change
    create_table :discourse_mediation_attached_posts do |t|
      t.integer :case_id, null: false
      t.integer :post_id, null: false
      t.integer :added_by_id, null: false
      t.text :note, null: false
      t.timestamps
    end
    add_index :discourse_mediation_attached_posts,
              %i[case_id post_id],
              unique: true,
              name: "idx_mediation_attached_posts_once"
  end
end
