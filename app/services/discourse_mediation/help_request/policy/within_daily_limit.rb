# frozen_string_literal: true

module DiscourseMediation
  class HelpRequest::Policy::WithinDailyLimit < Service::PolicyBase
    delegate :guardian, to: :context, private: true

    def call
      Rules::Mediation::HelpRequestRules.within_daily_limit?(requests_in_window, limit)
    end

    def reason
      I18n.t("discourse_mediation.errors.daily_limit_reached", count: limit)
    end

    private

    def limit
      SiteSetting.mediation_max_requests_per_day
    end

    def requests_in_window
      HelpRequest
        .by(guardian.user)
        .since(Rules::Mediation::HelpRequestRules.daily_window_start(Time.zone.now))
        .count
    end
  end
end
