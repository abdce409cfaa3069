# frozen_string_literal: true

module DiscourseMediation
  # The durations a moderator chose for the step carried out (AsVoted has
  # checked it first): an end within the cap, and a review date for a long
  # suspension.
  class Case::Policy::PlanSound < Service::PolicyBase
    delegate :chosen_step, :params, to: :context, private: true

    def call
      problems.empty?
    end

    def reason
      problems
        .map do |problem|
          I18n.t(
            "discourse_mediation.errors.penalty.#{problem}",
            max: SiteSetting.mediation_max_sanction_days,
          )
        end
        .join(" ")
    end

    private

    def problems
      @problems ||=
        Rules::DueProcess::Penalty.errors(
          kind: chosen_step.kind,
          duration_days: params.duration_days,
          review_days: params.review_days,
          max_days: SiteSetting.mediation_max_sanction_days,
        )
    end
  end
end
