# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Tells the person concerned what the moderators decided at the review
    # date, and why, in a private message of their own; once.
    class TellReviewResult < ::Jobs::Base
      def execute(args)
        mediation_case =
          ::DiscourseMediation::MediationCase.includes(:topic).find_by(id: args[:case_id])
        return if mediation_case.blank? || mediation_case.reviewed_at.nil?

        scope = "discourse_mediation.review_result"
        conduct = ::DiscourseMediation::Notices::Conduct
        ends_at = mediation_case.sanction_ends_at
        until_text =
          (
            if ends_at
              I18n.t(
                "#{scope}.until",
                ends_at: ::DiscourseMediation::Notices::SystemMessage.time(ends_at),
              )
            else
              I18n.t("#{scope}.no_end")
            end
          )
        User
          .where(id: mediation_case.subject_ids)
          .each do |user|
            ::DiscourseMediation::Notices::SystemMessage.send_once!(
              mediation_case,
              "review_result",
              user,
              title: I18n.t("#{scope}.title", **conduct.title_values(mediation_case)),
              raw:
                I18n.t(
                  "#{scope}.#{mediation_case.review_decision}",
                  **conduct.body_values(mediation_case),
                  reason: ::DiscourseMediation::Markdown.quote(mediation_case.review_reason),
                  lifted: I18n.t("#{scope}.lifted"),
                  until: until_text,
                ),
            )
          end
      end
    end
  end
end
