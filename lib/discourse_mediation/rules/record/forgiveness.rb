# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Record
      # A subject's earlier cases stay visible to mediators for a while after they
      # end, then drop out of sight. Forgiveness is a feature, not a gap.
      module Forgiveness
        module_function

        # Cases that ended before this moment are forgiven.
        def cutoff(now:, months:)
          months_ago(now, months)
        end

        def remembered?(ended_at:, now:, months:)
          return true if ended_at.nil? # still open
          ended_at > cutoff(now:, months:)
        end

        # Calendar months, clamped to the end of shorter months (31 March minus
        # one month is 28 or 29 February), without ActiveSupport.
        def months_ago(time, months)
          total = time.year * 12 + (time.month - 1) - months
          year, month_index = total.divmod(12)
          month = month_index + 1
          day = [time.day, days_in_month(year, month)].min
          Time.new(year, month, day, time.hour, time.min, time.sec, time.utc_offset)
        end

        def days_in_month(year, month)
          return 29 if month == 2 && leap_year?(year)
          [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        end

        def leap_year?(year)
          (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        end
      end
    end
  end
end
