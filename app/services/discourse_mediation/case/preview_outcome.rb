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
      attribute :step_key, :string
      attribute :change_reason, :string

      validates :case_id, presence: true
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:implement]
    model :ballot
    step :choose_step
    policy :as_voted, class_name: Case::Policy::AsVoted
    step :preview

    private

    def fetch_ballot(mediation_case:)
      mediation_case.closed_ballot
    end

    def choose_step(ballot:, params:)
      context[:chosen_step] = ballot.step_to_carry_out(params.step_key)
    end

    # Fills the case in memory only; nothing is saved.
    def preview(mediation_case:, ballot:, chosen_step:, params:)
      mediation_case.assign_outcome(
        chosen_step,
        ballot:,
        duration_days: params.duration_days,
        review_days: params.review_days,
        reason: params.reason.to_s.strip,
        change_reason: params.change_reason,
      )
      notices = Notices::Outcome.new(mediation_case)
      context[:subject_message] = notices.subject_message
      context[:requester_message] = notices.requester_message
    end
  end
end
