# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module DueProcess
      # The time the person concerned has to respond before the vote opens.
      #
      # Deadlines are instants (stored in UTC) counted in whole 24-hour days from
      # the moment the report is submitted: "7 days" ends at the same UTC time a
      # week later, whatever time zone anyone reads it in, and across a change of
      # daylight saving time it ends an hour earlier or later on the wall clock.
      module StatementWindow
        DAY = 24 * 60 * 60
        REMINDER_BEFORE = DAY
        # How soon a request for more time should be decided.
        EXTENSION_DECISION_WITHIN = DAY
        # The time the person concerned has to answer what arrived after
        # their own statement.
        ANSWER_WITHIN = 2 * DAY

        module_function

        def deadline(submitted_at:, days:)
          (submitted_at + days * DAY).utc
        end

        # People named as affected answer earlier, at a share of the window, so
        # that the person concerned always has time to answer everything.
        def affected_closes_at(submitted_at:, deadline:, percent:)
          (submitted_at + (deadline - submitted_at) * percent / 100.0).utc
        end

        # An affected statement that arrives after their time moves the person
        # concerned's deadline by as much, once; after that, none is taken.
        # :on_time, :late (moves the deadline by `late_by`) or :closed.
        def affected_arrival(now:, affected_closes_at:, already_moved:)
          return :on_time if affected_closes_at.nil? || now <= affected_closes_at
          already_moved ? :closed : :late
        end

        # One extension only, counted from the current deadline, not from now.
        def extended(deadline:, days:)
          (deadline + days * DAY).utc
        end

        # When the window actually closes: at the deadline, or when the subject
        # waived it, whichever came first.
        def closes_at(deadline:, waived_at: nil)
          return deadline.utc if waived_at.nil?
          [waived_at, deadline].min.utc
        end

        # `held`: a request for more time is waiting for its decision. The
        # deadline never passes on it: the window stays open until it is
        # decided, unless the person concerned waived the rest of their time.
        def open?(now:, deadline:, waived_at: nil, held: false)
          return true if held && waived_at.nil?
          now < closes_at(deadline:, waived_at:)
        end

        # Until when the person concerned may answer a statement that arrived
        # after their own: the last word is theirs, and the vote waits for it.
        def answer_until(now:)
          (now + ANSWER_WITHIN).utc
        end

        # The target for deciding a request for more time: a day after it was
        # asked. Past it, the moderators are reminded.
        def extension_decision_due_at(requested_at:)
          (requested_at + EXTENSION_DECISION_WITHIN).utc
        end

        # A reminder goes once, in the last day before the deadline.
        def reminder_due?(now:, deadline:, reminded_at:, waived_at: nil)
          reminded_at.nil? && open?(now:, deadline:, waived_at:) &&
            now >= deadline - REMINDER_BEFORE
        end

        # The subject may ask once, while the window is open and not waived.
        def extension_requestable?(now:, deadline:, waived_at:, extension_requested_at:)
          extension_requested_at.nil? && waived_at.nil? && open?(now:, deadline:)
        end
      end
    end
  end
end
