# frozen_string_literal: true

module DiscourseMediation
  class MediationCase
    # The time the person concerned has to respond to the report
    # (Rules::DueProcess::StatementWindow): its end, the affected's earlier
    # end, and a request for more time that holds it until it is decided.
    module StatementTime
      # When the statement window closes: the deadline, or the subject's waiver.
      def statement_closes_at
        return nil if statement_deadline_at.nil?
        Rules::DueProcess::StatementWindow.closes_at(deadline: statement_deadline_at, waived_at:)
      end

      def affected_arrival(now = Time.zone.now)
        Rules::DueProcess::StatementWindow.affected_arrival(
          now:,
          affected_closes_at:,
          already_moved: affected_late_moved_at.present?,
        )
      end

      def statement_window_open?(now = Time.zone.now)
        state == "awaiting_statements" && statement_deadline_at.present? &&
          Rules::DueProcess::StatementWindow.open?(
            now:,
            deadline: statement_deadline_at,
            waived_at:,
            held: extension_pending?,
          )
      end

      # The person concerned asked for more time and nobody has decided yet.
      def extension_pending?
        extension_requested_at.present? && extension_decision.nil?
      end

      def extension_decision_due_at
        return nil if !extension_pending?
        Rules::DueProcess::StatementWindow.extension_decision_due_at(
          requested_at: extension_requested_at,
        )
      end
    end
  end
end
