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
               :conduct_elsewhere,
               :evidence,
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

    # Where and when conduct outside the forum happened (`ConductElsewhere`).
    def conduct_elsewhere
      object.mediation_case.conduct_elsewhere
    end

    # Each piece of evidence as everyone who reads the report sees it
    # (`CaseReportEvidence`): never who gave it, nor the upload's own name.
    def evidence
      mediation_case = object.mediation_case
      # Nothing is read again when the page loaded the evidence already.
      ActiveRecord::Associations::Preloader.new(
        records: [mediation_case],
        associations: {
          evidence: :upload,
        },
      ).call
      mediation_case.evidence.map(&:as_cited)
    end

    # How the mediator reached the person concerned, or why they did not
    # (`ReportContact`): part of the report everyone who reads it sees.
    def contact
      object.mediation_case.contact
    end
  end
end
