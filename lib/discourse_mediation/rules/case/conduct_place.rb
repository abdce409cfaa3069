# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Case
      # Where the conduct a case is about happened: in a public discussion, or
      # in a private message its recipient let the mediators read. The
      # transparency report counts cases by it.
      module ConductPlace
        PLACES = %w[forum private_message].freeze
      end
    end
  end
end
