# frozen_string_literal: true

# Conduct outside the forum (a review, a chat, a mailing list, an event): a
# case about it has no topic or post, but where and when it happened, and
# its evidence as links, quoted text and uploads. Relaxing NOT NULL reads no
# rows; the new columns have no default, so no table is rewritten.
class AddConductElsewhere < ActiveRecord::Migration[8.0]
  def up
    change_column_null :discourse_mediation_cases, :topic_id, true
    change_column_null :discourse_mediation_cases, :post_id, true
    change_column_null :discourse_mediation_help_requests, :post_id, true
    add_column :discourse_mediation_cases, :conduct_where, :string
    add_column :discourse_mediation_cases, :conduct_on, :date

    create_table :discourse_mediation_evidence do |t|
      t.integer :case_id, null: false
      t.string :kind, null: false
      t.string :url
      t.text :quote
      t.integer :upload_id
      t.text :note, null: false, default: ""
      # Given with a member's request, or added by a mediator.
      t.integer :help_request_id
      t.integer :added_by_id, null: false
      t.timestamps
    end
    add_index :discourse_mediation_evidence, :case_id
  end

  def down
    drop_table :discourse_mediation_evidence
    remove_column :discourse_mediation_cases, :conduct_on
    remove_column :discourse_mediation_cases, :conduct_where
  end
end
