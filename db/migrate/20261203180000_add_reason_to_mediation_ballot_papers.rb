# frozen_string_literal: true

# A voter may add a short reason to their ballot. It is kept on the paper,
# never with the voter, and shown only once the ballot has closed.
class AddReasonToMediationBallotPapers < ActiveRecord::Migration[8.0]
  def change
    add_column :discourse_mediation_ballot_papers, :reason, :text
  end
end
