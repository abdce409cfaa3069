# frozen_string_literal: true

module DiscourseMediation
  # A moderator, or a mediator who did not write the report, grants or
  # declines the extension, always with a reason, which the person who asked
  # is sent.
  class Statement::DecideExtension
    include Service::Base
    include Case::Lookup

    DECISIONS = %w[granted declined].freeze

    params do
      attribute :case_id, :integer
      attribute :decision, :string
      attribute :reason, :string

      validates :case_id, presence: true
      validate :decision_with_reason

      def reason
        super.to_s.strip
      end

      private

      def decision_with_reason
        if Statement::DecideExtension::DECISIONS.include?(decision) && reason.present? &&
             reason.length <= 1000
          return
        end
        errors.add(:base, I18n.t("discourse_mediation.errors.extension_decision_invalid"))
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:decide_extension]
    policy :not_report_author, class_name: Statement::Policy::NotReportAuthor

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:decide_extension]
      policy :extension_pending
      step :decide
    end

    step :tell_the_subject

    private

    def extension_pending(mediation_case:)
      mediation_case.extension_requested_at.present? && mediation_case.extension_decision.nil?
    end

    def decide(mediation_case:, params:, guardian:)
      attributes = {
        extension_decision: params.decision,
        extension_decision_reason: params.reason,
        extension_decided_by_id: guardian.user.id,
      }
      if params.decision == "granted"
        attributes[:statement_deadline_at] = Rules::DueProcess::StatementWindow.extended(
          deadline: mediation_case.statement_deadline_at,
          days: SiteSetting.mediation_extension_days,
        )
        # A new last day: the reminder is due again.
        attributes[:reminded_at] = nil
      end
      mediation_case.update!(attributes)
      mediation_case.log_event!(
        "extension_#{params.decision}",
        user: guardian.user,
        reason: params.reason,
      )
      extend_interim_measure(mediation_case, guardian) if params.decision == "granted"
    end

    # An interim measure lasts until the decision: a later vote moves its end.
    def extend_interim_measure(mediation_case, guardian)
      return if mediation_case.interim_suspended_until.blank?
      till = mediation_case.interim_suspended_until + SiteSetting.mediation_extension_days.days
      InterimMeasure.extend!(mediation_case, till:, by: guardian.user)
    end

    def tell_the_subject(mediation_case:)
      Jobs.enqueue(
        Jobs::DiscourseMediation::SendMediationReportNotices,
        case_id: mediation_case.id,
        kind: "extension_decision",
      )
    end
  end
end
