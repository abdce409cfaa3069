# frozen_string_literal: true

module DiscourseMediation
  # Saves the report on an escalated case as a draft. A draft may be
  # incomplete; it may not cite what is not on the list or the ladder. The
  # case row is held while saving, so a save that races the submission waits
  # for it and is then refused, instead of changing a submitted report.
  class Report::Save
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :what_happened, :string, default: ""
      attribute :mediation_course, :string, default: ""
      attribute :why_unresolved, :string, default: ""
      attribute :cited_keys, :array, default: []
      attribute :recommended_keys, :array, default: []
      attribute :affected_user_ids, :array, default: []
      attribute :cites_silence, :boolean, default: false

      validates :case_id, presence: true
      validate :parts_within_limit

      def cited_keys
        Array(super).map(&:to_s).compact_blank.uniq
      end

      def recommended_keys
        Array(super).map(&:to_s).compact_blank.uniq
      end

      def affected_user_ids
        Array(super).map(&:to_i).select(&:positive?).uniq
      end

      def to_draft
        Rules::DueProcess::ReportRules.draft_of(self)
      end

      private

      def parts_within_limit
        return if Rules::DueProcess::ReportRules.too_long_parts(to_draft).empty?
        errors.add(
          :base,
          I18n.t(
            "discourse_mediation.errors.report_too_long",
            count: Rules::DueProcess::ReportRules::TEXT_MAX_LENGTH,
          ),
        )
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:edit_report]
    policy :known_keys, class_name: Report::Policy::KnownKeys
    policy :affected_are_involved, class_name: Report::Policy::AffectedAreInvolved
    policy :silence_citable, class_name: Report::Policy::SilenceCitable

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:edit_report]
      model :report, :save_draft
      step :record_on_timeline
    end

    private

    def save_draft(mediation_case:, params:, guardian:)
      report = mediation_case.report || mediation_case.build_report
      report.update!(
        what_happened: params.what_happened.to_s,
        mediation_course: params.mediation_course.to_s,
        why_unresolved: params.why_unresolved.to_s,
        cited_keys: params.cited_keys,
        recommended_keys:
          Rules::DueProcess::Ladder.in_severity_order(
            params.recommended_keys,
            LadderStep.rules_steps,
          ),
        affected_user_ids: params.affected_user_ids,
        cites_silence: params.cites_silence,
        updated_by_id: guardian.user.id,
      )
      report
    end

    # One line per editing session is enough: not one per autosave.
    def record_on_timeline(mediation_case:, guardian:)
      last = mediation_case.events.last
      if last&.action == "report_saved" && last.user_id == guardian.user.id &&
           last.created_at > 1.hour.ago
        return
      end
      mediation_case.log_event!("report_saved", user: guardian.user)
    end
  end
end
