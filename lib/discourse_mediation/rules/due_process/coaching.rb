# frozen_string_literal: true

require "date"

module DiscourseMediation
  module Rules
    module DueProcess
      # Coaching, a step of the ladder: a mediator and the person concerned
      # agree a plan with check-in dates inside the coaching period; each
      # check-in is held or missed once its date has come; the person writes
      # a summary at the end; the mediator records whether it was completed.
      # Dates are calendar days (UTC), as the plan names them.
      module Coaching
        KIND = "coaching"
        PLAN_MAX_LENGTH = 3000
        COMMENT_MAX_LENGTH = 1000
        NOTE_MAX_LENGTH = 500
        SUMMARY_MAX_LENGTH = 3000
        MAX_CHECK_INS = 12
        CHECK_IN_STATUSES = %w[held missed].freeze
        RESULTS = %w[completed not_completed].freeze

        module_function

        # Error keys for a proposed plan; empty when it can be proposed.
        # `dates` are strings as sent ("2027-01-15"); `ends_on` is the
        # coaching period's last day.
        def plan_errors(plan:, dates:, today:, ends_on:)
          errors = []
          text = plan.to_s.strip
          errors << :plan_missing if text.empty?
          errors << :plan_too_long if text.each_char.count > PLAN_MAX_LENGTH
          parsed = Array(dates).map { parse_date(_1) }
          if parsed.empty?
            errors << :no_check_ins
          elsif parsed.size > MAX_CHECK_INS
            errors << :too_many_check_ins
          end
          return errors << :invalid_date if parsed.any?(&:nil?)
          errors << :date_in_past if parsed.any? { _1 < today }
          errors << :date_after_period if ends_on && parsed.any? { _1 > ends_on }
          errors << :duplicate_dates if parsed.uniq.size != parsed.size
          errors
        end

        # Was a free text (plan, comment, note, summary) sent as text, or not
        # at all? A list or a hash is bad input, not text to keep.
        def text?(value)
          value.nil? || value.is_a?(String)
        end

        # Nil for a string that is not a calendar date ("2027-02-30", "soon").
        def parse_date(value)
          return value if value.is_a?(Date)
          string = value.to_s.strip
          return nil if !/\A\d{4}-\d{2}-\d{2}\z/.match?(string)
          Date.iso8601(string)
        rescue Date::Error
          nil
        end

        # Why a check-in due on `due_on` cannot be recorded as `status` today.
        def check_in_error(due_on:, recorded:, status:, today:)
          return :invalid_status if !CHECK_IN_STATUSES.include?(status.to_s)
          return :already_recorded if recorded
          return :check_in_not_due if due_on > today
          nil
        end

        # The person writes their summary once every check-in date has come,
        # until the coaching period's last day (`ends_on`) included: a window
        # that finish_error keeps open, since before the period ends the
        # mediator can record neither result without the summary.
        def summary_open?(agreed:, last_due_on:, written:, today:, ends_on: nil)
          return false if !agreed || written || last_due_on.nil? || last_due_on > today
          ends_on.nil? || today <= ends_on
        end

        # Why the person cannot agree to the plan now: once one of its
        # check-in dates has passed, or the period is over, it can only be
        # changed.
        def agree_error(due_dates:, today:, ends_on:)
          return :period_over if ends_on && ends_on < today
          return :check_in_date_passed if due_dates.any? { _1 < today }
          nil
        end

        # Why the mediator cannot record this result yet. Completed needs an
        # agreed plan, every check-in recorded and the summary. Not completed
        # needs the same but the summary's being any good: until the period
        # is over, the person's summary is not shut out; once it is over, it
        # may be recorded whatever was done.
        def finish_error(result:, agreed:, all_recorded:, summary_written:, period_over:)
          return :invalid_result if !RESULTS.include?(result.to_s)
          return nil if result.to_s == "not_completed" && period_over
          return :plan_not_agreed if result.to_s == "completed" && !agreed
          return :check_ins_pending if !agreed || !all_recorded
          return :summary_missing if !summary_written
          nil
        end
      end
    end
  end
end
