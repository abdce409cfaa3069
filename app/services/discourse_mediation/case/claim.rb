# frozen_string_literal: true

module DiscourseMediation
  # A mediator takes a new case. When two claim at once, the row lock makes the
  # second wait, see the first one's claim, and be told who has the case.
  class Case::Claim
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      validates :case_id, presence: true
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:claim]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:claim]
      step :claim
    end

    private

    def claim(mediation_case:, guardian:)
      mediation_case.assign_mediator!(guardian.user)
      mediation_case.apply_event!(:claim, user: guardian.user)
    end
  end
end
