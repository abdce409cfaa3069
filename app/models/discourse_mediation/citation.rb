# frozen_string_literal: true

module DiscourseMediation
  # An item of the published list as a report cited it: its text never
  # changes afterwards, whatever happens to the list.
  class Citation < ActiveRecord::Base
    self.table_name = "discourse_mediation_citations"

    belongs_to :report, inverse_of: :citations

    def readonly?
      persisted?
    end
  end
end
