# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Mediation
      # What a help request may contain and how often a member may send one.
      module HelpRequestRules
        # `breaks_list` names an item of the published list (`behaviour_key`).
        KINDS = %w[deescalate unsafe breaks_list other].freeze
        URGENT_KINDS = %w[unsafe].freeze
        DAILY_WINDOW_SECONDS = 24 * 60 * 60

        module_function

        def valid_kind?(kind)
          KINDS.include?(kind.to_s)
        end

        def needs_behaviour?(kind)
          kind.to_s == "breaks_list"
        end

        def urgent?(kind)
          URGENT_KINDS.include?(kind.to_s)
        end

        # Counted in characters, as the modal's counter counts them.
        def message_too_long?(message, max_length)
          message.to_s.each_char.count > max_length
        end

        def within_daily_limit?(requests_in_window, limit)
          requests_in_window < limit
        end

        def daily_window_start(now)
          now - DAILY_WINDOW_SECONDS
        end
      end
    end
  end
end
