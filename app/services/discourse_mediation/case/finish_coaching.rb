# frozen_string_literal: true

module DiscourseMediation
  # The mediator records the coaching as completed (every check-in recorded
  # and the person's summary written) or not completed (after the
  # check-ins, or once the coaching period is over). Voters of the person's
  # later cases read this with the outcome, within the forgiveness period.
  class Case::FinishCoaching
    include Service::Base
    include Case::Lookup
    include Case::CoachingStep

    params do
      attribute :case_id, :integer
      attribute :result, :string

      validates :case_id, presence: true
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:coach]
    policy :not_on_open_roll, class_name: Case::Policy::NotOnOpenRoll

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:coach]
      policy :coaching_outcome, class_name: Case::Policy::CoachingOutcome
      policy :coaching_allows, class_name: Case::Policy::CoachingAllows[:finish]
      policy :coaching_input, class_name: Case::Policy::CoachingInput[:finish]
      step :record_result
    end

    step :tell_the_other_side

    private

    def record_result(mediation_case:, params:, guardian:)
      mediation_case.coaching.update!(
        result: params.result,
        finished_at: Time.zone.now,
        finished_by: guardian.user,
      )
      context[:event] = mediation_case.log_event!(
        "coaching_finished",
        user: guardian.user,
        result: params.result,
      )
    end
  end
end
