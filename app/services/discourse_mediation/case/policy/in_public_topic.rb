# frozen_string_literal: true

module DiscourseMediation
  # Stepping in where everyone reads (cooling a topic down) is only for
  # conduct in a public topic: a private message, or conduct outside the
  # forum, is mediated in a private conversation only.
  class Case::Policy::InPublicTopic < Service::PolicyBase
    delegate :mediation_case, to: :context, private: true

    def call
      mediation_case.in_public_topic?
    end

    def reason
      I18n.t("discourse_mediation.errors.cool_down_not_public.#{mediation_case.conduct_place}")
    end
  end
end
