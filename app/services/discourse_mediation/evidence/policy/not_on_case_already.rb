# frozen_string_literal: true

module DiscourseMediation
  # The same link, text or file given twice is one piece sent twice (a
  # double click, two tabs), not a second piece. Asked under the case's
  # lock, so that two sent at once find each other.
  class Evidence::Policy::NotOnCaseAlready < Service::PolicyBase
    delegate :mediation_case, :params, to: :context, private: true

    def call
      !mediation_case.evidence.exists?(params.to_record.slice(:kind, :url, :quote, :upload_id))
    end

    def reason
      I18n.t("discourse_mediation.errors.evidence.already_on_case")
    end
  end
end
