# frozen_string_literal: true

module DiscourseMediation
  class HelpRequest::Policy::NotAskedTwice < Service::PolicyBase
    delegate :guardian, :post, to: :context, private: true

    def call
      !HelpRequest
        .joins(:mediation_case)
        .merge(MediationCase.open_about(post))
        .by(guardian.user)
        .exists?
    end

    def reason
      I18n.t("discourse_mediation.errors.already_asked")
    end
  end
end
