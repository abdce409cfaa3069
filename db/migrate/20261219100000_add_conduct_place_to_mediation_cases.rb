# frozen_string_literal: true

# Where the conduct a case is about happened: in a public discussion, or in a
# private message whose recipient asked for help and let the mediators read
# that message. A constant default is added without rewriting the table.
class AddConductPlaceToMediationCases < ActiveRecord::Migration[8.0]
  def change
    add_column :discourse_mediation_cases, :conduct_place, :string, null: false, default: "forum"
    # The asker's consent to show the mediators the private message asked about.
    add_column :discourse_mediation_help_requests,
               :shares_message,
               :boolean,
               null: false,
               default: false
  end
end
