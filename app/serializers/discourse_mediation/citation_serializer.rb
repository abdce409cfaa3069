# frozen_string_literal: true

module DiscourseMediation
  # An item of the published list as the report cited it, in the words it had then.
  class CitationSerializer < ApplicationSerializer
    attribute :behaviour_key, key: :key
    attributes :version, :title, :description
  end
end
