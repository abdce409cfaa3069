# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Mediation
      # What a mediator may ask of a topic to let it cool down: slow mode for a
      # while, or a timed close that reopens on its own. Nothing is open-ended.
      module CoolDown
        MODES = %w[slow_mode close].freeze

        # The intervals Discourse's own slow-mode form offers, in seconds.
        SLOW_MODE_INTERVALS = [600, 900, 1800, 3600, 7200, 14_400, 28_800, 43_200, 86_400].freeze
        MAX_SLOW_MODE_HOURS = 7 * 24
        MAX_CLOSE_HOURS = 72
        REASON_MAX_LENGTH = 500

        Request = Struct.new(:mode, :interval_seconds, :hours, :reason, keyword_init: true)

        module_function

        # Error keys (under discourse_mediation.errors.cool_down) for everything
        # wrong with the request; empty when it can be applied.
        def errors(request)
          errors = []
          errors << :mode if !MODES.include?(request.mode.to_s)
          if request.mode.to_s == "slow_mode" &&
               !SLOW_MODE_INTERVALS.include?(request.interval_seconds.to_i)
            errors << :interval
          end
          errors << :hours if !(1..max_hours(request.mode)).cover?(request.hours.to_i)
          reason = request.reason.to_s.strip
          errors << :reason_missing if reason.empty?
          errors << :reason_too_long if reason.each_char.count > REASON_MAX_LENGTH
          errors
        end

        def max_hours(mode)
          mode.to_s == "close" ? MAX_CLOSE_HOURS : MAX_SLOW_MODE_HOURS
        end
      end
    end
  end
end
