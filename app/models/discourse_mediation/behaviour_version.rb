# frozen_string_literal: true

module DiscourseMediation
  # One version of a published list item's text, as it read from then on.
  class BehaviourVersion < ActiveRecord::Base
    self.table_name = "discourse_mediation_behaviour_versions"

    belongs_to :behaviour, inverse_of: :versions

    def readonly?
      persisted?
    end
  end
end
