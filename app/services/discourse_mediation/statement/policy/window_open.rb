# frozen_string_literal: true

module DiscourseMediation
  class Statement::Policy::WindowOpen < Service::PolicyBase
    delegate :mediation_case, to: :context, private: true

    def call
      mediation_case.statement_window_open?
    end

    def reason
      I18n.t("discourse_mediation.errors.window_closed")
    end
  end
end
