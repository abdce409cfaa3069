# frozen_string_literal: true

module DiscourseMediation
  # The page where the person concerned, or someone named as affected, reads
  # the report and responds (`StatementPage` in lib/types/).
  module StatementPageSerializer
    module_function

    def page(mediation_case, guardian)
      user_id = guardian.user&.id
      roles = guardian.mediation_roles_on(mediation_case)
      mine = mediation_case.statements.find { |statement| statement.user_id == user_id }
      report = mediation_case.report
      window_open = mediation_case.statement_window_open?
      {
        case_id: mediation_case.id,
        state: mediation_case.state,
        role: roles.include?(:subject) ? "subject" : (roles.include?(:affected) ? "affected" : "reader"),
        topic_title: mediation_case.topic&.title || I18n.t("discourse_mediation.deleted_topic"),
        post_url: mediation_case.post_url,
        report: report&.submitted? ? DueProcessSerializer.report(report).except(:cited_keys, :affected_user_ids) : nil,
        possible_outcomes: DueProcessSerializer.ladder_titles(report&.recommended_keys.to_a),
        window: DueProcessSerializer.statement_window(mediation_case, CaseDisclosure.new(mediation_case, roles)),
        my_statement: mine && DueProcessSerializer.statement(mine),
        can_submit: window_open && mine.nil? && Rules::Lifecycle.may?(:submit_statement, state: mediation_case.state, roles:),
        can_decline: window_open && mine.nil? && roles.include?(:affected),
        can_request_extension:
          Rules::Lifecycle.may?(:request_extension, state: mediation_case.state, roles:) &&
            Rules::StatementWindow.extension_requestable?(
              now: Time.zone.now,
              deadline: mediation_case.statement_deadline_at,
              waived_at: mediation_case.waived_at,
              extension_requested_at: mediation_case.extension_requested_at,
            ),
        can_waive: window_open && Rules::Lifecycle.may?(:open_vote, state: mediation_case.state, roles: roles - [:system]),
        next_step: DueProcessSerializer.next_step(mediation_case),
        limits: Limits.for_statement,
      }
    end
  end
end
