# frozen_string_literal: true

module DiscourseMediation
  # The report may name as affected only people involved in the case, or
  # requesters who agreed to be named, and not the subject: they respond as
  # the person concerned. A requester who did not agree is never named.
  class Report::Policy::AffectedAreInvolved < Service::PolicyBase
    delegate :params, :mediation_case, to: :context, private: true

    def call
      (params.affected_user_ids - mediation_case.affected_candidate_ids).empty?
    end

    def reason
      I18n.t("discourse_mediation.errors.not_involved_in_report")
    end
  end
end
