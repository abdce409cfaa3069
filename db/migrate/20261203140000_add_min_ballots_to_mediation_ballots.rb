# frozen_string_literal: true

# The fewest ballots a vote needs, besides its quorum share, kept with the
# ballot as it opened: a change of the setting during a vote changes nothing.
class AddMinBallotsToMediationBallots < ActiveRecord::Migration[8.0]
  def change
    add_column :discourse_mediation_ballots, :min_ballots, :integer, null: false, default: 1
  end
end
