# frozen_string_literal: true

# An appeal: once, the person concerned asks a separate group to look again,
# in a second secret ballot whose outcome can only lower the sanction.
class AddAppeals < ActiveRecord::Migration[8.0]
  def change
    add_column :discourse_mediation_ballots, :kind, :string, null: false, default: "decision"
    remove_index :discourse_mediation_ballots, :case_id, unique: true
    add_index :discourse_mediation_ballots, %i[case_id kind], unique: true

    add_column :discourse_mediation_cases, :appealed_at, :datetime
    add_column :discourse_mediation_cases, :appeal_statement, :text
    add_column :discourse_mediation_cases, :outcome_told_at, :datetime
  end
end
