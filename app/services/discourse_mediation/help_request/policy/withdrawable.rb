# frozen_string_literal: true

module DiscourseMediation
  class HelpRequest::Policy::Withdrawable < Service::PolicyBase
    delegate :help_request, to: :context, private: true

    def call
      help_request.withdrawn_at.nil? &&
        Rules::Case::Lifecycle.allowed?(
          from: help_request.mediation_case.state,
          event: :withdraw,
          roles: [:requester],
        )
    end

    def reason
      if help_request.withdrawn_at
        I18n.t("discourse_mediation.errors.already_withdrawn")
      else
        I18n.t("discourse_mediation.errors.too_late_to_withdraw")
      end
    end
  end
end
