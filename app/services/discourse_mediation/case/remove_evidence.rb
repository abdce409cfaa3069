# frozen_string_literal: true

module DiscourseMediation
  # Takes a piece of evidence off a case again, before the report is
  # submitted: after that, the person concerned has been told what the
  # report cites. Its upload is no longer referenced by the case.
  class Case::RemoveEvidence
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :evidence_id, :integer
      validates :case_id, :evidence_id, presence: true
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:add_evidence]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:add_evidence]
      model :evidence
      step :remove
      step :record_on_timeline
    end

    private

    def fetch_evidence(mediation_case:, params:)
      mediation_case.evidence.find_by(id: params.evidence_id)
    end

    def remove(evidence:)
      evidence.destroy!
    end

    def record_on_timeline(mediation_case:, evidence:, guardian:)
      mediation_case.log_event!("evidence_removed", user: guardian.user, kind: evidence.kind)
    end
  end
end
