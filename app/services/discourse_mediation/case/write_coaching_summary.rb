# frozen_string_literal: true

module DiscourseMediation
  # The person concerned writes, once, a short summary of how the coaching
  # went, once the plan is agreed and its last check-in date has come.
  class Case::WriteCoachingSummary
    include Service::Base
    include Case::Lookup
    include Case::CoachingStep

    params do
      attribute :case_id, :integer
      attribute :summary, :string

      validates :case_id, presence: true

      extend CoachingTextContract
      takes_coaching_text :summary,
                          max: Rules::DueProcess::Coaching::SUMMARY_MAX_LENGTH,
                          too_long: "summary_too_long",
                          missing: "summary_missing"
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:answer_coaching]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:answer_coaching]
      policy :coaching_outcome, class_name: Case::Policy::CoachingOutcome
      policy :coaching_allows, class_name: Case::Policy::CoachingAllows[:summary]
      step :keep_summary
    end

    step :tell_the_other_side

    private

    def keep_summary(mediation_case:, params:, guardian:)
      mediation_case.coaching.update!(summary: params.summary, summary_at: Time.zone.now)
      context[:event] = mediation_case.log_event!("coaching_summary_written", user: guardian.user)
    end
  end
end
