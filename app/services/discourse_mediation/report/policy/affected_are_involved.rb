# frozen_string_literal: true

module DiscourseMediation
  # The report may name as affected only people involved in the case, and not
  # the subject: they respond as the person concerned.
  class Report::Policy::AffectedAreInvolved < Service::PolicyBase
    delegate :params, :mediation_case, to: :context, private: true

    def call
      involved = mediation_case.people.reject(&:subject).map(&:user_id)
      (params.affected_user_ids - involved).empty?
    end

    def reason
      I18n.t("discourse_mediation.errors.not_involved_in_report")
    end
  end
end
