# frozen_string_literal: true

module DiscourseMediation
  # The paragraphs that end the mediator's first private message to the
  # person concerned, after the mediator's own greeting: that a case exists,
  # what it is about, and what happens if it is not resolved. The server adds it, so no first contact can leave
  # it out; only after it may a report note that they did not reply.
  module Notices::FirstContact
    module_function

    def needed?(mediation_case, user_ids)
      mediation_case.subject_told_at.nil? && mediation_case.subject_id.present? &&
        user_ids.include?(mediation_case.subject_id)
    end

    # The mediator's message, then a rule, then these paragraphs.
    def append_to(message, mediation_case)
      "#{message.rstrip}\n\n---\n\n#{raw(mediation_case)}"
    end

    def raw(mediation_case)
      values = Notices::Conduct.body_values(mediation_case)
      I18n.t(
        "discourse_mediation.first_contact",
        **values,
        opening:
          I18n.t("discourse_mediation.first_contact_opening.#{opening(mediation_case)}", **values),
        list_url: "#{Discourse.base_url}/mediation/published-list",
        statement_days: SiteSetting.mediation_statement_days,
      )
    end

    # Who wanted the case: members who still ask, or the mediators alone
    # (they opened it, or every request was withdrawn).
    def opening(mediation_case)
      if mediation_case.help_requests.where(withdrawn_at: nil).none?
        "opened_by_mediators"
      elsif mediation_case.elsewhere?
        "asked_elsewhere"
      else
        "asked_on_post"
      end
    end
  end
end
