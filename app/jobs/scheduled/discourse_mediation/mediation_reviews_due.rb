# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # When a sanction's review date comes, the moderators are told, once, with
    # a link to the case: the way back does not depend on someone remembering.
    class MediationReviewsDue < ::Jobs::Scheduled
      every 1.hour

      def execute(_args)
        return if !SiteSetting.mediation_enabled

        # The ids first, from the index of ended cases' review dates alone
        # (whatever the number of sanctions ever reviewed), then the few cases.
        due_ids =
          ::DiscourseMediation::MediationCase
            .where(state: %w[closed archived])
            .where("review_at <= ?", Time.zone.now)
            .where.not(
              id: ::DiscourseMediation::CaseEvent.where(action: "review_due").select(:case_id),
            )
            .pluck(:id)
        due = ::DiscourseMediation::MediationCase.where(id: due_ids).includes(:topic)
        ::DiscourseMediation::OneByOne.each(due, job: self.class.name) do |mediation_case|
          remind(mediation_case)
        end
      end

      private

      def remind(mediation_case)
        mediation_case.with_lock do
          next if mediation_case.events.where(action: "review_due").exists?

          ::DiscourseMediation::Notices::SystemMessage.send_to_moderators!(
            title: I18n.t("discourse_mediation.review_due.title", case_id: mediation_case.id),
            raw:
              I18n.t(
                "discourse_mediation.review_due.body",
                topic_title: ::DiscourseMediation::Markdown.inline(mediation_case.topic_title),
                case_url: "#{Discourse.base_url}/mediation/cases/#{mediation_case.id}",
                until: until_text(mediation_case),
              ),
          )
          mediation_case.log_event!("review_due")
        end
      end

      # A warning has no end date: the message says so rather than leave a blank.
      def until_text(mediation_case)
        ends_at = mediation_case.sanction_ends_at
        return I18n.t("discourse_mediation.review_due.no_end") if ends_at.nil?
        I18n.t(
          "discourse_mediation.review_due.ends",
          ends_at: ::DiscourseMediation::Notices::SystemMessage.time(ends_at),
        )
      end
    end
  end
end
