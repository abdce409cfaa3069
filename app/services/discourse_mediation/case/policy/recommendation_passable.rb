# frozen_string_literal: true

module DiscourseMediation
  # A recommendation to other spaces may be passed on once, after the person
  # concerned answered it or their time ended, while the case's outcome is
  # still a sanction and no appeal of it is open (Recommendation#pass_on_refusal).
  # The reason comes from the same check, so the message always says why.
  class Case::Policy::RecommendationPassable < Service::PolicyBase
    delegate :recommendation, to: :context, private: true

    def call
      @refusal = recommendation.pass_on_refusal
      @refusal.nil?
    end

    def reason
      key = @refusal || recommendation.pass_on_refusal
      return I18n.t("discourse_mediation.errors.unexpected") if key.nil?
      I18n.t(
        "discourse_mediation.errors.recommendations.#{key}",
        until: Notices::SystemMessage.time(recommendation.answer_until),
      )
    end
  end
end
