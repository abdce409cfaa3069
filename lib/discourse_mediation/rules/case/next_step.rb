# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Case
      # "What happens next": the step a case is waiting for, and when. Every open
      # state names a date: no wait is open-ended.
      module NextStep
        Step = Struct.new(:key, :at, keyword_init: true)

        module_function

        # `stage_due_at` is the target of a stage carried out by hand
        # (StageTargets): a date to keep, never one that acts by itself.
        # After the decision: an appeal's ballot, the time to appeal, then the
        # review date, for the people who may know of them.
        AFTER = %i[closed archived].freeze

        def for(
          state:,
          first_response_due_at: nil,
          statement_closes_at: nil,
          ballot_ends_at: nil,
          stage_due_at: nil,
          appeal_ballot_ends_at: nil,
          appeal_closes_at: nil,
          review_at: nil,
          now: nil
        )
          if AFTER.include?(state.to_sym)
            if appeal_ballot_ends_at
              return Step.new(key: :appeal_decision, at: appeal_ballot_ends_at)
            end
            if appeal_closes_at && now && appeal_closes_at > now
              return Step.new(key: :appeal, at: appeal_closes_at)
            end
            # A review stays the next step until it is done, also once its
            # date has passed (the moderators have been reminded).
            if review_at && now
              return Step.new(key: review_at > now ? :review : :review_due, at: review_at)
            end
          end
          case state.to_sym
          when :requested
            Step.new(key: :mediator_assigned, at: first_response_due_at)
          when :mediating
            Step.new(key: :mediation, at: stage_due_at)
          when :report_draft
            Step.new(key: :report, at: stage_due_at)
          when :awaiting_statements
            Step.new(key: :vote_opens, at: statement_closes_at)
          when :voting
            Step.new(key: :decision, at: ballot_ends_at)
          when :decided
            Step.new(key: :implementation, at: stage_due_at)
          else
            Step.new(key: :none, at: nil)
          end
        end
      end
    end
  end
end
