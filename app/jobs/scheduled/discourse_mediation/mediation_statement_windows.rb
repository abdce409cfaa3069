# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Moves cases whose statement window has closed on to the vote, reminds
    # those who have not responded a day before the deadline, and reminds the
    # moderators of a request for more time undecided past its target.
    # Running it twice changes nothing more: each case is re-read under a
    # lock, and the reminder is claimed with a conditional update before it
    # is sent.
    class MediationStatementWindows < ::Jobs::Scheduled
      every 10.minutes

      def execute(_args)
        return if !SiteSetting.mediation_enabled

        waiting =
          ::DiscourseMediation::MediationCase
            .where(state: "awaiting_statements")
            .where.not(statement_deadline_at: nil)
        ::DiscourseMediation::OneByOne.each(waiting, job: self.class.name) do |mediation_case|
          advance(mediation_case, Time.zone.now)
        end
      end

      private

      def advance(mediation_case, now)
        mediation_case.with_lock do
          ::DiscourseMediation::Notices::ExtensionRequest.new(mediation_case).remind_if_overdue!(
            now,
          )
        end
        if mediation_case.statement_window_open?(now)
          remind(mediation_case, now)
        else
          mediation_case.open_vote_if_due!
        end
      end

      def remind(mediation_case, now)
        due =
          ::DiscourseMediation::Rules::DueProcess::StatementWindow.reminder_due?(
            now:,
            deadline: mediation_case.statement_deadline_at,
            reminded_at: mediation_case.reminded_at,
            waived_at: mediation_case.waived_at,
          )
        return if !due

        # Claimed and sent together: if a message fails, the claim rolls back
        # and the next run reminds again (those already reminded are skipped).
        ::DiscourseMediation::MediationCase.transaction do
          claimed =
            ::DiscourseMediation::MediationCase.where(
              id: mediation_case.id,
              reminded_at: nil,
            ).update_all(reminded_at: now)
          if claimed == 1
            ::DiscourseMediation::Notices::DueProcess.new(mediation_case).send_reminders
          end
        end
      end
    end
  end
end
