# frozen_string_literal: true

# Why a moderator carried out a decision more leniently than voted (a less
# severe step, a shorter duration, an earlier review): the person concerned
# is told it.
class AddOutcomeChangeReasonToMediationCases < ActiveRecord::Migration[8.0]
  def change
    add_column :discourse_mediation_cases, :outcome_change_reason, :text
  end
end
