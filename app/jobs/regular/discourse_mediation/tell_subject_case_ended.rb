# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Tells the person concerned, in a private message of their own, that the
    # case about their post has ended without a report: resolved (nothing more
    # follows, or the mediator's private reminder of the published list), or
    # withdrawn by everyone who asked. Sent only once a mediator has been in
    # touch with them, or with a reminder: nobody learns of a case this way.
    class TellSubjectCaseEnded < ::Jobs::Base
      def execute(args)
        mediation_case =
          ::DiscourseMediation::MediationCase.includes(:topic, :subject).find_by(id: args[:case_id])
        return if mediation_case.blank? || mediation_case.subject.blank?
        kind = kind_of(mediation_case)
        return if kind.nil?

        ::DiscourseMediation::Notices::SystemMessage.send_once!(
          mediation_case,
          kind,
          mediation_case.subject,
          title:
            I18n.t(
              "discourse_mediation.notifications.#{kind}_title",
              **::DiscourseMediation::Notices::Conduct.title_values(mediation_case),
            ),
          raw: body(kind, mediation_case, args),
        )
      end

      private

      def kind_of(mediation_case)
        case mediation_case.state
        when "resolved"
          mediation_case.private_reminder? ? "private_reminder" : "subject_resolved"
        when "withdrawn"
          "subject_withdrawn" if mediation_case.subject_contacted?
        end
      end

      def body(kind, mediation_case, args)
        values = {
          **::DiscourseMediation::Notices::Conduct.body_values(mediation_case),
          forgotten: forgotten,
        }
        if kind == "private_reminder"
          values.merge!(
            message: ::DiscourseMediation::Markdown.quote(args[:reminder_message].to_s),
            items: items(Array(args[:reminder_keys])),
            list_url: "#{Discourse.base_url}/mediation/published-list",
            answer_url: "#{Discourse.base_url}/mediation/cases/#{mediation_case.id}/statement",
          )
        end
        I18n.t("discourse_mediation.notifications.#{kind}_body", **values)
      end

      # The items as they read now: a reminder cites nothing for a report.
      def items(keys)
        ::DiscourseMediation::Behaviour
          .where(key: keys)
          .current
          .map do |item|
            I18n.t(
              "discourse_mediation.notifications.cited_item",
              title: item.title,
              description: item.description,
            )
          end
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
