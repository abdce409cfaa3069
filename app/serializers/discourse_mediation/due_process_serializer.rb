# frozen_string_literal: true

module DiscourseMediation
  # The due-process parts of a case, shared by the mediators' case page and
  # the statement page of the person concerned (lib/types/: CaseReport,
  # StatementWindowState, CaseStatement, NextStepInfo).
  module DueProcessSerializer
    module_function

    def report(report)
      return nil if report.blank?
      {
        what_happened: report.what_happened,
        mediation_course: report.mediation_course,
        why_unresolved: report.why_unresolved,
        cited_keys: report.cited_keys,
        recommended_keys: report.recommended_keys,
        affected_user_ids: report.affected_user_ids,
        submitted_at: report.submitted_at,
        citations:
          report.citations.map do |citation|
            {
              key: citation.behaviour_key,
              version: citation.version,
              title: citation.title,
              description: citation.description,
            }
          end,
      }
    end

    def statement_window(mediation_case, disclosure)
      return nil if mediation_case.statement_deadline_at.blank?
      {
        deadline: mediation_case.statement_deadline_at,
        closes_at: mediation_case.statement_closes_at,
        open: mediation_case.statement_window_open?,
        waived_at: mediation_case.waived_at,
        extension_requested_at: mediation_case.extension_requested_at,
        extension_reason: disclosure.extension_reason,
        extension_decision: mediation_case.extension_decision,
        extension_decision_reason: mediation_case.extension_decision_reason,
      }
    end

    def statements(mediation_case)
      mediation_case.statements.sort_by(&:created_at).map { |statement| statement(statement) }
    end

    def statement(statement)
      {
        role: statement.role,
        raw: statement.raw,
        declined: statement.declined,
        created_at: statement.created_at,
        user: BasicUserSerializer.new(statement.user, root: false).as_json,
      }
    end

    def next_step(mediation_case)
      step = mediation_case.next_step
      { key: step.key, at: step.at }
    end

    def ladder_titles(keys)
      steps = LadderStep.in_order.to_a
      no_action = steps.find(&:no_action?)
      [no_action, *steps.select { keys.include?(_1.key) }].compact.map do |step|
        PublishedListSerializer.ladder_step(step)
      end
    end
  end
end
