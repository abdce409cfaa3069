# frozen_string_literal: true

# A voter the report names as affected leaves the roll only once a moderator
# who did not act on the case confirms it: the naming becomes a request of its
# own kind, decided like the person concerned's. It has no reason of its own.
class AddKindToMediationRecusalRequests < ActiveRecord::Migration[8.0]
  def change
    add_column :discourse_mediation_recusal_requests, :kind, :string, null: false, default: "asked"
    change_column_null :discourse_mediation_recusal_requests, :reason, true
  end
end
