# frozen_string_literal: true

module DiscourseMediation
  # A request for more time reaches those who may decide it at once: the
  # moderators, and the mediators in the case's mediators' message (the
  # report's author reads it there too, but the case page does not let them
  # decide). Past its target, the moderators are reminded, once.
  class Notices::ExtensionRequest
    def initialize(mediation_case)
      @mediation_case = mediation_case
    end

    def send_request!
      raw =
        I18n.t(
          "discourse_mediation.extension.requested_body",
          case_url:,
          due_at: Notices::SystemMessage.time(@mediation_case.extension_decision_due_at),
          deadline: Notices::SystemMessage.time(@mediation_case.statement_deadline_at),
        )
      Notices::SystemMessage.send_to_moderators!(
        title: I18n.t("discourse_mediation.extension.requested_title", case_id: @mediation_case.id),
        raw:,
      )
      reply_to_mediators(raw)
    end

    # Called under the case's row lock by the statement-windows job.
    def remind_if_overdue!(now)
      due_at = @mediation_case.extension_decision_due_at
      return if due_at.nil? || now < due_at
      return if @mediation_case.events.where(action: "extension_decision_overdue").exists?
      @mediation_case.log_event!("extension_decision_overdue")
      Notices::SystemMessage.send_to_moderators!(
        title: I18n.t("discourse_mediation.extension.overdue_title", case_id: @mediation_case.id),
        raw: I18n.t("discourse_mediation.extension.overdue_body", case_url:),
      )
    end

    private

    def case_url
      "#{Discourse.base_url}/mediation/cases/#{@mediation_case.id}"
    end

    def reply_to_mediators(raw)
      topic_id = @mediation_case.mediators_topic_id
      return if topic_id.nil? || !Topic.exists?(id: topic_id)
      PostCreator.create!(Discourse.system_user, topic_id:, raw:, skip_validations: true)
    end
  end
end
