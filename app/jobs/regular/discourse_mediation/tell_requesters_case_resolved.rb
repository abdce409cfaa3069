# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Tells each requester, in a private message of their own, that their case
    # is resolved; the mediator's note only when it was marked shareable.
    class TellRequestersCaseResolved < ::Jobs::Base
      def execute(args)
        mediation_case =
          ::DiscourseMediation::MediationCase.includes(:topic, help_requests: :user).find_by(
            id: args[:case_id],
          )
        return if mediation_case.blank? || mediation_case.state != "resolved"

        mediation_case.active_requests.each do |help_request|
          next if help_request.user.blank?
          tell(help_request.user, mediation_case)
        end
      end

      private

      def tell(user, mediation_case)
        topic_title = mediation_case.topic_title
        note =
          if mediation_case.outcome_note_shareable && mediation_case.outcome_note.present?
            I18n.t(
              "discourse_mediation.notifications.resolved_note",
              note: ::DiscourseMediation::Markdown.quote(mediation_case.outcome_note),
            )
          else
            ""
          end

        ::DiscourseMediation::Notices::SystemMessage.send_once!(
          mediation_case,
          "resolved",
          user,
          title: I18n.t("discourse_mediation.notifications.resolved_title", topic_title:),
          raw:
            I18n.t(
              "discourse_mediation.notifications.resolved_body",
              **::DiscourseMediation::Notices::Conduct.body_values(mediation_case),
              note:,
            ),
        )
      end
    end
  end
end
