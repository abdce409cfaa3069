# frozen_string_literal: true

# The ladder's steps as they read when the ballot opened, so that editing the
# ladder during a vote changes nothing voters are asked or what is carried out.
class AddOptionStepsToMediationBallots < ActiveRecord::Migration[8.0]
  def change
    add_column :discourse_mediation_ballots, :option_steps, :jsonb, null: false, default: []
  end
end
