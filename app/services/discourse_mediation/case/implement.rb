# frozen_string_literal: true

module DiscourseMediation
  # A moderator carries out what the ballot decided, with Discourse's own
  # penalties and always with an end or review date. An interim measure is
  # lifted first, or replaced. The case closes, and the people concerned are told.
  class Case::Implement
    include Service::Base
    include Case::Lookup

    REASON_MAX_LENGTH = 2000

    params do
      attribute :case_id, :integer
      attribute :duration_days, :integer
      attribute :review_days, :integer
      attribute :reason, :string

      validates :case_id, presence: true

      extend ReasonContract
      requires_reason max_length: Case::Implement::REASON_MAX_LENGTH, error: "discourse_mediation.errors.outcome_reason_missing"
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:implement]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:implement]
      model :ballot
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

    # Discourse never suspends or silences staff; a message or No action is fine.
    def no_staff_sanctioned(mediation_case:, ballot:)
      measure = Rules::DueProcess::Penalty.measure(ballot.kind_of(ballot.outcome))
      %i[suspend silence].exclude?(measure) || User.where(id: mediation_case.subject_ids).none?(&:staff?)
    end

    def replace_interim_measure(mediation_case:, guardian:)
      InterimMeasure.lift!(mediation_case, by: guardian.user)
    end

    def apply_outcome(mediation_case:, ballot:, params:, guardian:)
      plan =
        mediation_case.assign_outcome(
          ballot,
          duration_days: params.duration_days,
          review_days: params.review_days,
          reason: params.reason,
        )
      User.where(id: mediation_case.subject_ids).each do |user|
        next if PenaltyApplier.apply!(plan, user, by: guardian.user, reason: params.reason)
        fail!(I18n.t("discourse_mediation.errors.penalty_refused", username: user.username))
      end
      mediation_case.update!(implemented_by_id: guardian.user.id)
      mediation_case.apply_event!(
        :implement,
        user: guardian.user,
        outcome: ballot.outcome,
        ends_at: plan.ends_at&.iso8601,
        review_at: plan.review_at&.iso8601,
      )
    end

    def tell_people_concerned(mediation_case:)
      Jobs.enqueue(Jobs::DiscourseMediation::TellMediationOutcome, case_id: mediation_case.id)
    end
  end
end
