# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Tells the person concerned and the moderators what the appeal decided,
    # each once.
    class TellAppealResult < ::Jobs::Base
      def execute(args)
        mediation_case =
          ::DiscourseMediation::MediationCase.includes(:topic).find_by(id: args[:case_id])
        ballot = mediation_case&.appeal_ballot
        return if ballot.blank? || !ballot.closed?

        scope = "discourse_mediation.appeal"
        topic_title = mediation_case.topic_title
        step = ballot.option_step(ballot.outcome)
        lowered = mediation_case.events.find_by(action: "appeal_decided")&.data&.dig("lowered")
        values = {
          **::DiscourseMediation::Notices::Conduct.body_values(mediation_case),
          outcome: step&.title || ballot.outcome,
          ends: ends_text(mediation_case),
          case_url: "#{Discourse.base_url}/mediation/cases/#{mediation_case.id}",
        }
        body = I18n.t("#{scope}.#{lowered ? "lowered" : "upheld"}_body", **values)
        User
          .where(id: mediation_case.subject_ids)
          .each do |user|
            ::DiscourseMediation::Notices::SystemMessage.send_once!(
              mediation_case,
              "appeal_result",
              user,
              title: I18n.t("#{scope}.result_title", topic_title:),
              raw: body,
            )
          end
        return if mediation_case.events.where(action: "appeal_result_told").exists?
        ::DiscourseMediation::Notices::SystemMessage.send_to_moderators!(
          title: I18n.t("#{scope}.moderators_title", case_id: mediation_case.id),
          raw: I18n.t("#{scope}.moderators_body", **values),
        )
        mediation_case.log_event!("appeal_result_told")
      end

      private

      def ends_text(mediation_case)
        ends_at = mediation_case.sanction_ends_at
        return "" if ends_at.nil?
        I18n.t(
          "discourse_mediation.appeal.ends",
          ends_at: ::DiscourseMediation::Notices::SystemMessage.time(ends_at),
        )
      end
    end
  end
end
