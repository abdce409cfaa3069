# frozen_string_literal: true

module DiscourseMediation
  class Report::Policy::KnownKeys < Service::PolicyBase
    delegate :params, to: :context, private: true

    def call
      unknown.empty?
    end

    def reason
      I18n.t("discourse_mediation.errors.report_unknown_keys", keys: unknown.join(", "))
    end

    private

    def unknown
      @unknown ||=
        Rules::DueProcess::ReportRules.unknown_keys(
          params.to_draft,
          published_keys: Behaviour.published_keys,
          sanction_keys: LadderStep.sanction_keys,
        )
    end
  end
end
