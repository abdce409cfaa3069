# frozen_string_literal: true

module DiscourseMediation
  # A report may note that the person concerned did not reply only when the
  # mediator's first message to them said that a case exists and what
  # happens if it is not resolved (Notices::FirstContact).
  class Report::Policy::SilenceCitable < Service::PolicyBase
    delegate :params, :mediation_case, to: :context, private: true

    def call
      !params.cites_silence || mediation_case.subject_told_at.present?
    end

    def reason
      I18n.t("discourse_mediation.errors.silence_not_told")
    end
  end
end
