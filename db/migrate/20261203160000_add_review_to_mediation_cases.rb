# frozen_string_literal: true

# A moderator's review of a sanction at its review date: ended early or kept
# until its end, with a reason the person concerned is told.
class AddReviewToMediationCases < ActiveRecord::Migration[8.0]
  def change
    add_column :discourse_mediation_cases, :reviewed_at, :datetime
    add_column :discourse_mediation_cases, :review_decision, :string
    add_column :discourse_mediation_cases, :review_reason, :text
    add_column :discourse_mediation_cases, :reviewed_by_id, :integer
  end
end
