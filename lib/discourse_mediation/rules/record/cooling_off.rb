# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Record
      # A closed case is archived, and its report topic hidden, after a
      # cooling-off period: no endless shaming, and nothing deleted.
      module CoolingOff
        DAY = 24 * 60 * 60

        module_function

        def archive_at(closed_at:, days:)
          closed_at + days * DAY
        end

        def due?(closed_at:, now:, days:)
          !closed_at.nil? && now >= archive_at(closed_at:, days:)
        end

        # The newest closing time that is due now: older ones are due too, so a
        # job that was down for a while catches up in one pass.
        def cutoff(now:, days:)
          now - days * DAY
        end
      end
    end
  end
end
