# frozen_string_literal: true

class AddCaseOutcomes < ActiveRecord::Migration[8.0]
  def change
    add_column :discourse_mediation_cases, :outcome, :string
    add_column :discourse_mediation_cases, :outcome_reason, :text
    add_column :discourse_mediation_cases, :sanction_ends_at, :datetime
    add_column :discourse_mediation_cases, :review_at, :datetime
    add_column :discourse_mediation_cases, :implemented_by_id, :integer
    add_column :discourse_mediation_cases, :archived_at, :datetime
    add_index :discourse_mediation_cases, %i[state ended_at]
  end
end
