# frozen_string_literal: true

module DiscourseMediation
  # The case's mediator (or a moderator) adds a piece of evidence of conduct
  # outside the forum while mediating or writing the report: the report
  # cites it. The timeline says only what kind it was.
  class Case::AddEvidence
    include Service::Base
    include Case::Lookup

    params(base_class: EvidenceContract) do
      attribute :case_id, :integer
      validates :case_id, presence: true

      def upload_ids
        [upload_id].compact
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:add_evidence]
    policy :elsewhere
    policy :own_uploads, class_name: Evidence::Policy::OwnUploads
    policy :uploads_within_size, class_name: Evidence::Policy::UploadsWithinSize

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:add_evidence]
      policy :room_for_evidence, class_name: Evidence::Policy::RoomForEvidence
      policy :not_on_case_already, class_name: Evidence::Policy::NotOnCaseAlready
      model :evidence, :add
      step :record_on_timeline
    end

    private

    def elsewhere(mediation_case:)
      mediation_case.elsewhere?
    end

    def add(mediation_case:, params:, guardian:)
      mediation_case.evidence.create!(**params.to_record, added_by: guardian.user)
    end

    def record_on_timeline(mediation_case:, evidence:, guardian:)
      mediation_case.log_event!("evidence_added", user: guardian.user, kind: evidence.kind)
    end
  end
end
