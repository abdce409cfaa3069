# frozen_string_literal: true

module DiscourseMediation
  # Says what is still missing, in words the editor shows.
  class Report::Policy::Complete < Service::PolicyBase
    delegate :report, to: :context, private: true

    # For a case whose mediators never saved a draft.
    def self.missing_everything_reason
      parts =
        Rules::DueProcess::ReportRules::PARTS.map do |part|
          I18n.t("discourse_mediation.errors.report_parts.#{part}")
        end
      I18n.t("discourse_mediation.errors.report_missing", parts: parts.join("; "))
    end

    def call
      missing.empty? && unknown.empty?
    end

    def reason
      if unknown.any?
        return I18n.t("discourse_mediation.errors.report_unknown_keys", keys: unknown.join(", "))
      end
      parts = missing.map { |part| I18n.t("discourse_mediation.errors.report_parts.#{part}") }
      I18n.t("discourse_mediation.errors.report_missing", parts: parts.join("; "))
    end

    # An item retired, or a step removed, since the draft was saved.
    def unknown
      @unknown ||=
        Rules::DueProcess::ReportRules.unknown_keys(
          report.to_draft,
          published_keys: Behaviour.published_keys,
          sanction_keys: LadderStep.sanction_keys,
        )
    end

    def missing
      @missing ||=
        Rules::DueProcess::ReportRules.missing_parts(
          report.to_draft,
          published_keys: Behaviour.published_keys,
          sanction_keys: LadderStep.sanction_keys,
        )
    end
  end
end
