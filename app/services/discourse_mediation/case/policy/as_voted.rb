# frozen_string_literal: true

module DiscourseMediation
  # The decision is carried out as voted, or more leniently with a reason:
  # never a more severe step, a longer duration or a later review.
  class Case::Policy::AsVoted < Service::PolicyBase
    delegate :ballot, :params, to: :context, private: true

    def call
      problems.empty?
    end

    def reason
      problems.map { |problem| I18n.t("discourse_mediation.errors.as_voted.#{problem}") }.join(" ")
    end

    private

    def problems
      @problems ||=
        if context[:chosen_step].nil?
          [:more_severe_than_voted]
        else
          Rules::DueProcess::AsVoted.errors(
            options: ballot.options,
            decided: ballot.outcome,
            chosen: context[:chosen_step],
            duration_days: params.duration_days,
            review_days: params.review_days,
            change_reason: params.change_reason,
          )
        end
    end
  end
end
