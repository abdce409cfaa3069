# frozen_string_literal: true

module DiscourseMediation
  # The case's mediator (or a moderator) proposes the coaching plan: what
  # they will work on, and the check-in dates within the coaching period.
  # A plan the person concerned asked to change is replaced by the new one;
  # a plan waiting for their answer, or agreed, stays as it is.
  class Case::ProposeCoachingPlan
    include Service::Base
    include Case::Lookup
    include Case::CoachingStep

    params do
      attribute :case_id, :integer
      attribute :plan, :string
      attribute :dates, :array, default: []

      validates :case_id, presence: true

      extend CoachingTextContract
      takes_coaching_text :plan
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:coach]
    policy :not_on_open_roll, class_name: Case::Policy::NotOnOpenRoll

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:coach]
      policy :coaching_outcome, class_name: Case::Policy::CoachingOutcome
      policy :coaching_allows, class_name: Case::Policy::CoachingAllows[:propose]
      policy :coaching_input, class_name: Case::Policy::CoachingInput[:propose]
      step :keep_plan
    end

    step :tell_the_other_side

    private

    def keep_plan(mediation_case:, params:, guardian:)
      coaching = mediation_case.coaching || mediation_case.build_coaching
      coaching.check_ins.delete_all if coaching.persisted?
      # The comment answered a plan this one replaces: the timeline keeps it.
      coaching.update!(
        coach: guardian.user,
        plan: params.plan,
        plan_status: "proposed",
        change_comment: nil,
      )
      dates = params.dates.map { Rules::DueProcess::Coaching.parse_date(_1) }.sort
      dates.each { coaching.check_ins.create!(due_on: _1) }
      context[:event] = mediation_case.log_event!(
        "coaching_plan_proposed",
        user: guardian.user,
        check_ins: dates.size,
      )
    end
  end
end
