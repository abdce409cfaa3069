# frozen_string_literal: true

module DiscourseMediation
  # At a sanction's review date a moderator decides: end it early (lifted
  # with Discourse's own tools, only the measure the plugin set) or keep it
  # until its end, with a reason. The person concerned is told the result,
  # as the outcome message promised. Once per case.
  class Case::Review
    include Service::Base
    include Case::Lookup

    DECISIONS = %w[end_early keep].freeze

    params do
      attribute :case_id, :integer
      attribute :decision, :string
      attribute :reason, :string

      validates :case_id, presence: true
      validates :decision, inclusion: { in: Case::Review::DECISIONS }

      extend ReasonContract
      requires_reason max_length: 1000, error: "discourse_mediation.errors.review_reason_missing"
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:review]
    policy :not_on_open_roll, class_name: Case::Policy::NotOnOpenRoll

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:review]
      policy :review_due
      step :review
    end

    step :tell_subject

    private

    def review_due(mediation_case:)
      mediation_case.review_due?
    end

    def review(mediation_case:, params:, guardian:)
      now = Time.zone.now
      attributes = {
        reviewed_at: now,
        review_decision: params.decision,
        review_reason: params.reason,
        reviewed_by_id: guardian.user.id,
      }
      if params.decision == "end_early"
        if mediation_case.sanction_ends_at
          PenaltyApplier.lift!(
            mediation_case.subject_ids,
            till: mediation_case.sanction_ends_at,
            by: guardian.user,
          )
        end
        attributes[:sanction_ends_at] = now
      end
      mediation_case.update!(attributes)
      mediation_case.log_event!("reviewed", user: guardian.user, decision: params.decision)
    end

    def tell_subject(mediation_case:)
      Jobs.enqueue(Jobs::DiscourseMediation::TellReviewResult, case_id: mediation_case.id)
    end
  end
end
