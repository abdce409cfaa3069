# frozen_string_literal: true

module DiscourseMediation
  # The case was carried out as coaching (the step's kind as the ballot
  # offered it), so it has a coaching period to plan within.
  class Case::Policy::CoachingOutcome < Service::PolicyBase
    delegate :mediation_case, to: :context, private: true

    def call
      Coaching.outcome?(mediation_case)
    end

    def reason
      I18n.t("discourse_mediation.errors.coaching.not_coaching")
    end
  end
end
