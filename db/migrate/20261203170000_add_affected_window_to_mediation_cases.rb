# frozen_string_literal: true

# People named as affected answer before the person concerned, who can then
# answer everything; one late statement moves the person's deadline once.
class AddAffectedWindowToMediationCases < ActiveRecord::Migration[8.0]
  def change
    add_column :discourse_mediation_cases, :affected_closes_at, :datetime
    add_column :discourse_mediation_cases, :affected_late_moved_at, :datetime
  end
end
