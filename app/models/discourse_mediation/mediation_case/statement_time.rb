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

      # A statement arrived after the person concerned's own, or their last
      # answer: they may answer it, once, within a short time, and the vote
      # waits for it. Nothing opens before they have spoken: they read it
      # before writing theirs.
      def open_answer_window!(now = Time.zone.now)
        return false if answer_window_open?(now)
        return false if statements.none? { _1.role == "subject" && !_1.declined }
        update!(answer_until: Rules::DueProcess::StatementWindow.answer_until(now:))
        log_event!("answer_window_opened")
        Jobs.enqueue(
          Jobs::DiscourseMediation::SendMediationReportNotices,
          case_id: id,
          kind: "answer_window",
        )
        true
      end

      def answer_window_open?(now = Time.zone.now)
        answer_until.present? && now < answer_until
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
