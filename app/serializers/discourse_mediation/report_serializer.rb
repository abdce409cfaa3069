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
               :cites_silence,
               :contact,
               :submitted_at

    has_many :citations, serializer: CitationSerializer, embed: :objects

    # How the mediator reached the person concerned, or why they did not
    # (`ReportContact`): part of the report everyone who reads it sees.
    def contact
      mediation_case = object.mediation_case
      {
        contacted_at: mediation_case.subject_contacted_at,
        told_at: mediation_case.subject_told_at,
        no_contact_reason: mediation_case.no_contact_reason,
      }
    end
  end
end
