# frozen_string_literal: true

module DiscourseMediation
  # A moderator carries out what the ballot decided, with Discourse's own
  # penalties and always with an end or review date: the decided step with its
  # own duration, or, with a reason the person concerned is told, a less
  # severe step or a shorter time (Rules::DueProcess::AsVoted). An interim
  # measure is lifted first, or replaced. The case closes, and the people
  # concerned are told.
  class Case::Implement
    include Service::Base
    include Case::Lookup

    REASON_MAX_LENGTH = 2000

    params do
      attribute :case_id, :integer
      attribute :duration_days, :integer
      attribute :review_days, :integer
      attribute :reason, :string
      attribute :step_key, :string
      attribute :change_reason, :string

      validates :case_id, presence: true
      validates :change_reason, length: { maximum: Case::Implement::REASON_MAX_LENGTH }

      extend ReasonContract
      requires_reason max_length: Case::Implement::REASON_MAX_LENGTH,
                      error: "discourse_mediation.errors.outcome_reason_missing"
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:implement]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:implement]
      model :ballot
      step :choose_step
      policy :as_voted, class_name: Case::Policy::AsVoted
      policy :plan_sound, class_name: Case::Policy::PlanSound
      policy :no_staff_sanctioned
      step :replace_interim_measure
      step :apply_outcome
    end

    step :tell_people_concerned

    private

    def fetch_ballot(mediation_case:)
      mediation_case.closed_ballot
    end

    # The decided step unless the moderator chose another (AsVoted checks it).
    def choose_step(ballot:, params:)
      context[:chosen_step] = ballot.step_to_carry_out(params.step_key)
    end

    # Discourse never suspends or silences staff; a message or No action is fine.
    def no_staff_sanctioned(mediation_case:, chosen_step:)
      measure = Rules::DueProcess::Penalty.measure(chosen_step.kind)
      %i[suspend silence].exclude?(measure) ||
        User.where(id: mediation_case.subject_ids).none?(&:staff?)
    end

    def replace_interim_measure(mediation_case:, guardian:)
      InterimMeasure.lift!(mediation_case, by: guardian.user)
    end

    def apply_outcome(mediation_case:, ballot:, chosen_step:, params:, guardian:)
      plan =
        mediation_case.assign_outcome(
          chosen_step,
          ballot:,
          duration_days: params.duration_days,
          review_days: params.review_days,
          reason: params.reason,
          change_reason: params.change_reason,
        )
      User
        .where(id: mediation_case.subject_ids)
        .each do |user|
          next if PenaltyApplier.apply!(plan, user, by: guardian.user, mediation_case:)
          fail!(I18n.t("discourse_mediation.errors.penalty_refused", username: user.username))
        end
      mediation_case.update!(implemented_by_id: guardian.user.id)
      mediation_case.apply_event!(
        :implement,
        user: guardian.user,
        outcome: chosen_step.key,
        voted: ballot.outcome,
        ends_at: plan.ends_at&.iso8601,
        review_at: plan.review_at&.iso8601,
      )
    end

    def tell_people_concerned(mediation_case:)
      Jobs.enqueue(Jobs::DiscourseMediation::TellMediationOutcome, case_id: mediation_case.id)
    end
  end
end
