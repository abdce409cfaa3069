# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module DueProcess
      # The sanction ladder: No action first and fixed, then steps in order of
      # severity, each with an end (a duration) or a review date. Nothing is
      # open-ended.
      module Ladder
        NO_ACTION = "no_action"
        KINDS = %w[
          no_action
          private_correction
          formal_warning
          coaching
          cool_down
          suspension
          long_suspension
        ].freeze
        MAX_DAYS = 3650
        KEY_FORMAT = /\A[a-z0-9][a-z0-9_-]{0,49}\z/

        Step = Struct.new(:key, :kind, :duration_days, :review_days, keyword_init: true)

        module_function

        # Error keys, each with the step's position (1-based), for a whole ladder.
        def errors(steps)
          errors = []
          first = steps.first
          if first.nil? || first.key != NO_ACTION || first.kind != NO_ACTION
            errors << [:no_action_first, 1]
          end

          keys = steps.map(&:key)
          errors << [:duplicate_keys, nil] if keys.uniq.size != keys.size

          steps.each_with_index do |step, index|
            position = index + 1
            next if index.zero? && step.kind == NO_ACTION
            errors << [:invalid_key, position] if !usable_key?(step.key.to_s)
            if !KINDS.include?(step.kind) || step.kind == NO_ACTION
              errors << [:invalid_kind, position]
            end
            errors << [:no_end, position] if !days?(step.duration_days) && !days?(step.review_days)
            # Coaching's duration is its period: the check-ins fall within it.
            if step.kind == "coaching" && !days?(step.duration_days)
              errors << [:coaching_needs_duration, position]
            end
            if [step.duration_days, step.review_days].compact.any? { _1.to_i > MAX_DAYS }
              errors << [:too_long, position]
            end
          end
          errors
        end

        # A word: an id that reads as a number ("12", "0x1f") would become a
        # number on its way through Discourse's list parameters.
        def usable_key?(key)
          KEY_FORMAT.match?(key) && Integer(key, exception: false).nil?
        end

        def days?(value)
          value.is_a?(Integer) && value.positive?
        end

        # The sanctions a report may recommend: every step but No action.
        def sanction_keys(steps)
          steps.map(&:key) - [NO_ACTION]
        end

        # Keys in ladder order, whatever order they were given in.
        def in_severity_order(keys, steps)
          order = steps.map(&:key)
          keys.select { order.include?(_1) }.uniq.sort_by { order.index(_1) }
        end
      end
    end
  end
end
