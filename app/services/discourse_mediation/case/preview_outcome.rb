# frozen_string_literal: true

module DiscourseMediation
  # What the person concerned and the requesters would be told if the
  # decision were carried out as planned, before anything is done.
  class Case::PreviewOutcome
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :duration_days, :integer
      attribute :review_days, :integer
      attribute :reason, :string

      validates :case_id, presence: true
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:implement]
    model :ballot
    step :preview

    private

    def fetch_ballot(mediation_case:)
      ballot = mediation_case.ballot
      ballot if ballot&.closed?
    end

    # Fills the case in memory only; nothing is saved.
    def preview(mediation_case:, ballot:, params:)
      plan =
        Rules::Penalty.plan(
          kind: LadderStep.kind_of(ballot.outcome),
          duration_days: params.duration_days,
          review_days: params.review_days,
          now: Time.zone.now,
        )
      mediation_case.assign_attributes(
        outcome: ballot.outcome,
        outcome_reason: params.reason.to_s.strip,
        sanction_ends_at: plan.ends_at,
        review_at: plan.review_at,
      )
      notices = Notices::Outcome.new(mediation_case)
      context[:subject_message] = notices.subject_message
      context[:requester_message] = notices.requester_message
    end
  end
end
