# frozen_string_literal: true

module DiscourseMediation
  # The person concerned agrees to the proposed coaching plan, or asks for
  # changes with a comment the mediator reads before proposing again.
  class Case::AnswerCoachingPlan
    include Service::Base
    include Case::Lookup
    include Case::CoachingStep

    ANSWERS = %w[agree change].freeze

    params do
      attribute :case_id, :integer
      attribute :answer, :string
      attribute :comment, :string

      validates :case_id, presence: true
      validates :answer, inclusion: { in: Case::AnswerCoachingPlan::ANSWERS }

      # What to change is said only with a request for changes.
      extend CoachingTextContract
      takes_coaching_text :comment,
                          max: Rules::DueProcess::Coaching::COMMENT_MAX_LENGTH,
                          too_long: "comment_too_long",
                          missing: "comment_missing",
                          when_asked: -> { answer == "change" }
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:answer_coaching]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:answer_coaching]
      policy :coaching_outcome, class_name: Case::Policy::CoachingOutcome
      policy :coaching_allows, class_name: Case::Policy::CoachingAllows[:answer]
      step :keep_answer
    end

    step :tell_the_other_side

    private

    def keep_answer(mediation_case:, params:, guardian:)
      coaching = mediation_case.coaching
      if params.answer == "agree"
        coaching.update!(plan_status: "agreed", agreed_at: Time.zone.now, change_comment: nil)
        context[:event] = mediation_case.log_event!("coaching_plan_agreed", user: guardian.user)
      else
        coaching.update!(plan_status: "changes_requested", change_comment: params.comment)
        context[:event] = mediation_case.log_event!(
          "coaching_changes_requested",
          user: guardian.user,
          comment: params.comment,
        )
      end
    end
  end
end
