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
      topic_title = mediation_case.topic_title
      I18n.t(
        "discourse_mediation.first_contact",
        topic_title: Markdown.inline(topic_title),
        post_url: mediation_case.post_full_url.to_s,
        list_url: "#{Discourse.base_url}/mediation/published-list",
        statement_days: SiteSetting.mediation_statement_days,
      )
    end
  end
end
