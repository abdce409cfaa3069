# frozen_string_literal: true

module DiscourseMediation
  # Submits the report: every part must be there. The cited items' text is
  # kept as it now reads, the statement window opens, and the person concerned
  # and the people named as affected are told. A voter named as affected stays
  # on the roll until a moderator who did not act on the case confirms the
  # naming, so the moderators are asked to.
  class Report::Submit
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      validates :case_id, presence: true
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:submit_report]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:submit_report]
      model :report
      policy :report_complete, class_name: Report::Policy::Complete
      step :submit
      step :ask_to_confirm_naming
    end

    step :notify_people_concerned
    step :tell_moderators_of_naming

    private

    def fetch_report(mediation_case:)
      mediation_case.report
    end

    def submit(mediation_case:, report:, guardian:)
      now = Time.zone.now
      report.update!(submitted_at: now, submitted_by_id: guardian.user.id)
      report.cite_published_text!
      deadline =
        Rules::DueProcess::StatementWindow.deadline(
          submitted_at: now,
          days: SiteSetting.mediation_statement_days,
        )
      mediation_case.update!(
        statement_deadline_at: deadline,
        affected_closes_at:
          Rules::DueProcess::StatementWindow.affected_closes_at(
            submitted_at: now,
            deadline:,
            percent: SiteSetting.mediation_affected_window_percent,
          ),
      )
      mediation_case.apply_event!(:submit_report, user: guardian.user, cited: report.cited_keys)
    end

    def ask_to_confirm_naming(mediation_case:, guardian:)
      context[:named_voters] = BallotBox
        .named_voter_ids(mediation_case)
        .map { |voter_id| mediation_case.recusal_requests.create!(voter_id:, kind: "named").voter }
      context[:named_voters].each do |voter|
        mediation_case.log_event!("voter_named", user: guardian.user, username: voter.username)
      end
    end

    def notify_people_concerned(mediation_case:)
      Jobs.enqueue(Jobs::DiscourseMediation::SendMediationReportNotices, case_id: mediation_case.id)
    end

    def tell_moderators_of_naming(mediation_case:, named_voters:)
      return if named_voters.empty?
      Notices::SystemMessage.send_to_moderators!(
        title: I18n.t("discourse_mediation.recusal.named_title", case_id: mediation_case.id),
        raw:
          I18n.t(
            "discourse_mediation.recusal.named_body",
            usernames: named_voters.map { "@#{_1.username}" }.join(", "),
            case_url: "#{Discourse.base_url}/mediation/cases/#{mediation_case.id}",
          ),
      )
    end
  end
end
