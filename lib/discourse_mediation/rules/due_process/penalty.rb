# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module DueProcess
      # How a decided step of the ladder is carried out with Discourse's own
      # penalties, and when it ends or is reviewed. Nothing is open-ended:
      # durations are capped by a setting, and a long suspension needs a review
      # date before its end.
      module Penalty
        DAY = 24 * 60 * 60

        # What Discourse does for each kind of step.
        MEASURES = {
          "no_action" => :none,
          "private_correction" => :message,
          "formal_warning" => :message,
          # No Discourse penalty: a mediator coaches the person for the
          # step's duration (Rules::DueProcess::Coaching). Staff may be coached.
          "coaching" => :coaching,
          "cool_down" => :silence,
          "suspension" => :suspend,
          "long_suspension" => :suspend,
        }.freeze

        Plan = Struct.new(:kind, :measure, :ends_at, :review_at, keyword_init: true)

        module_function

        def measure(kind)
          MEASURES.fetch(kind.to_s)
        end

        def needs_duration?(kind)
          %i[silence suspend coaching].include?(measure(kind))
        end

        def needs_review?(kind)
          kind.to_s == "long_suspension"
        end

        # Error keys for the moderator's choices; empty when it can be carried out.
        def errors(kind:, duration_days:, review_days:, max_days:)
          errors = []
          duration = positive(duration_days)
          review = positive(review_days)
          if needs_duration?(kind)
            errors << :duration_missing if duration.nil?
            errors << :duration_too_long if duration && duration > max_days
          end
          if needs_review?(kind)
            errors << :review_missing if review.nil?
            errors << :review_after_end if review && duration && review >= duration
          end
          errors << :review_too_late if review && review > max_days
          errors
        end

        def plan(kind:, duration_days:, review_days:, now:)
          duration = needs_duration?(kind) ? positive(duration_days) : nil
          review = positive(review_days)
          Plan.new(
            kind: kind.to_s,
            measure: measure(kind),
            ends_at: duration && (now + duration * DAY),
            review_at: review && (now + review * DAY),
          )
        end

        def positive(value)
          number = Integer(value.to_s, exception: false)
          number if number&.positive?
        end
      end
    end
  end
end
