# frozen_string_literal: true

# The secret ballot keeps three things apart:
# - the ballot itself (options, times, and once closed, the result);
# - the roll: who may vote and whether they have, with no choice and no time;
# - the papers: a choice and a receipt digest, with no user, no time and no
#   id, so that nothing in a row says who cast it or in what order.
class CreateMediationBallots < ActiveRecord::Migration[8.0]
  def change
    create_table :discourse_mediation_ballots do |t|
      t.integer :case_id, null: false
      t.integer :topic_id
      t.string :options, array: true, null: false, default: []
      t.integer :eligible_count, null: false
      t.integer :quorum_percent, null: false
      t.datetime :opens_at, null: false
      t.datetime :closes_at, null: false
      t.datetime :closed_at
      t.string :outcome
      t.boolean :quorum_met
      t.jsonb :counts
      t.integer :cast_count
      t.integer :abstentions
      t.integer :required_count
      t.timestamps
    end
    add_index :discourse_mediation_ballots, :case_id, unique: true
    add_index :discourse_mediation_ballots, :topic_id
    add_index :discourse_mediation_ballots, %i[closed_at closes_at]

    create_table :discourse_mediation_ballot_voters, id: false do |t|
      t.integer :ballot_id, null: false
      t.integer :user_id, null: false
      t.boolean :voted, null: false, default: false
    end
    add_index :discourse_mediation_ballot_voters, %i[ballot_id user_id], unique: true

    create_table :discourse_mediation_ballot_papers, id: false do |t|
      t.integer :ballot_id, null: false
      t.string :choice, null: false
      t.string :receipt_digest, null: false
    end
    add_index :discourse_mediation_ballot_papers, :ballot_id
    add_index :discourse_mediation_ballot_papers, :receipt_digest, unique: true
  end
end
