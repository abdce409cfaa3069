# frozen_string_literal: true

# The person concerned asks, with a reason, that a named voter step aside
# before the ballot opens; a moderator who is not on the roll decides.
class CreateMediationRecusalRequests < ActiveRecord::Migration[8.0]
  def change
    create_table :discourse_mediation_recusal_requests do |t|
      t.integer :case_id, null: false
      t.integer :voter_id, null: false
      t.text :reason, null: false
      t.string :decision
      t.text :decision_reason
      t.integer :decided_by_id
      t.datetime :decided_at
      t.timestamps
    end
    add_index :discourse_mediation_recusal_requests, %i[case_id voter_id], unique: true
  end
end
