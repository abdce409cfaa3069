# frozen_string_literal: true

module DiscourseMediation
  # A request never joins a case that has gone beyond mediation: its report,
  # statements and roll are already fixed, and a late requester would be
  # neither heard in it nor kept off its ballot.
  class HelpRequest::Policy::CaseStillMediating < Service::PolicyBase
    delegate :post, to: :context, private: true

    def call
      state = MediationCase.open_about(post).pick(:state)
      state.nil? || !Rules::Case::Lifecycle::ESCALATED_STATES.include?(state.to_sym)
    end

    def reason
      I18n.t("discourse_mediation.errors.case_beyond_mediation")
    end
  end
end
