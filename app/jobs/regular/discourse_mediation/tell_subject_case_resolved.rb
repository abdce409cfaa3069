# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Tells the person concerned that the case about their post is resolved,
    # in a private message of their own: that nothing more follows, or the
    # mediator's private reminder of the published list.
    class TellSubjectCaseResolved < ::Jobs::Base
      def execute(args)
        mediation_case = ::DiscourseMediation::MediationCase.includes(:topic, :subject).find_by(id: args[:case_id])
        return if mediation_case.blank? || mediation_case.state != "resolved" || mediation_case.subject.blank?

        topic_title = mediation_case.topic&.title || I18n.t("discourse_mediation.deleted_topic")
        kind = mediation_case.private_reminder? ? "private_reminder" : "subject_resolved"
        ::DiscourseMediation::Notices::SystemMessage.send_once!(
          mediation_case,
          kind,
          mediation_case.subject,
          title: I18n.t("discourse_mediation.notifications.#{kind}_title", topic_title:),
          raw: body(kind, mediation_case, topic_title, args),
        )
      end

      private

      def body(kind, mediation_case, topic_title, args)
        values = {
          topic_title: ::DiscourseMediation::Markdown.inline(topic_title),
          post_url: mediation_case.post&.full_url.to_s,
          forgotten: forgotten,
        }
        if kind == "private_reminder"
          values.merge!(
            message: ::DiscourseMediation::Markdown.quote(args[:reminder_message].to_s),
            items: items(Array(args[:reminder_keys])),
            list_url: "#{Discourse.base_url}/mediation/published-list",
          )
        end
        I18n.t("discourse_mediation.notifications.#{kind}_body", **values)
      end

      # The items as they read now: a reminder cites nothing for a report.
      def items(keys)
        ::DiscourseMediation::Behaviour
          .where(key: keys)
          .current
          .map { |item| I18n.t("discourse_mediation.notifications.cited_item", title: item.title, description: item.description) }
          .join("\n")
      end

      # What the record keeps, as the code keeps it (Rules::Record::Forgiveness).
      def forgotten
        months = SiteSetting.mediation_forgiveness_months
        return I18n.t("discourse_mediation.notifications.forgotten_now") if months.zero?
        I18n.t("discourse_mediation.notifications.forgotten_after", count: months)
      end
    end
  end
end
