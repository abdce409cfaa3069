# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Tells the other side of a coaching that it is their turn, in a private
    # message of their own with a link, never the plan or the summary: the
    # person concerned when a plan is proposed and when the result is
    # recorded; the coach when the person answers the plan and when they write
    # their summary. Once per step (`event_id`, the step's timeline entry).
    class TellCoachingStep < ::Jobs::Base
      SCOPE = "discourse_mediation.coaching_notices"
      TO_SUBJECT = %w[coaching_plan_proposed coaching_finished].freeze
      TO_COACH = %w[coaching_plan_agreed coaching_changes_requested coaching_summary_written].freeze

      def execute(args)
        mediation_case =
          ::DiscourseMediation::MediationCase.includes(:topic, :coaching).find_by(
            id: args[:case_id],
          )
        event = mediation_case&.events&.find_by(id: args[:event_id])
        return if event.nil? || mediation_case.coaching.nil?

        recipients(mediation_case, event.action).each do |user|
          ::DiscourseMediation::Notices::SystemMessage.send_once!(
            mediation_case,
            "#{event.action}_#{event.id}",
            user,
            title: I18n.t("#{SCOPE}.title", topic_title: mediation_case.topic_title),
            raw: body(mediation_case, event),
          )
        end
      end

      private

      def recipients(mediation_case, action)
        if TO_SUBJECT.include?(action)
          User.where(id: mediation_case.subject_ids).to_a
        elsif TO_COACH.include?(action)
          [mediation_case.coaching.coach].compact
        else
          []
        end
      end

      def body(mediation_case, event)
        base = "#{Discourse.base_url}/mediation/cases/#{mediation_case.id}"
        I18n.t(
          "#{SCOPE}.#{event.action}",
          **::DiscourseMediation::Notices::Conduct.body_values(mediation_case),
          statement_url: "#{base}/statement",
          case_url: base,
          result:
            I18n.t(
              "discourse_mediation.errors.coaching.results.#{mediation_case.coaching.result || "not_completed"}",
            ),
        )
      end
    end
  end
end
