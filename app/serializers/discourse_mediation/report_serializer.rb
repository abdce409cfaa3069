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
               :posts,
               :submitted_at

    has_many :citations, serializer: CitationSerializer, embed: :objects

    # The further posts the report cites after the case's own
    # (`CaseReportPost`): attached before it was submitted, as
    # AttachedPost#citation shows them to everyone who reads the report.
    def posts
      object
        .mediation_case
        .attached_posts
        .includes(post: { topic: :category })
        .map { |attached| { **attached.citation, note: attached.note } }
    end

    # How the mediator reached the person concerned, or why they did not
    # (`ReportContact`): part of the report everyone who reads it sees.
    def contact
      object.mediation_case.contact
    end
  end
end
