# frozen_string_literal: true

module DiscourseMediation
  # The mediators' report (`CaseReport` in lib/types/).
  class ReportSerializer < ApplicationSerializer
    attributes :what_happened,
               :mediation_course,
               :why_unresolved,
               :cited_keys,
               :recommended_keys,
               :affected_user_ids,
               :submitted_at

    has_many :citations, serializer: CitationSerializer, embed: :objects
  end
end
