# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module DueProcess
      # Carrying out applies the step the ballot decided, with that step's own
      # duration and review period. A moderator may be more lenient (a less
      # severe step of the ballot, a shorter duration, an earlier review), with
      # a reason the person concerned is told; never stricter.
      module AsVoted
        # What the rules read of a step; a LadderStep answers to the same names.
        Step = Struct.new(:key, :duration_days, :review_days, keyword_init: true)

        module_function

        # The steps a moderator may carry out: the decided one and every less
        # severe option of the ballot, most severe first. Options are in
        # severity order, No action first.
        def allowed_keys(options:, decided:)
          index = options.index(decided.to_s)
          return [decided.to_s] if index.nil?
          options.first(index + 1).reverse
        end

        # Did the moderator soften what was voted: another step, or a shorter
        # duration or an earlier review than the step's own?
        def changed?(decided:, chosen:, duration_days:, review_days:)
          return true if chosen.key != decided.to_s
          shorter?(duration_days, chosen.duration_days) || shorter?(review_days, chosen.review_days)
        end

        # Error keys; empty when the choice keeps to the vote.
        def errors(options:, decided:, chosen:, duration_days:, review_days:, change_reason:)
          errors = []
          if !allowed_keys(options:, decided:).include?(chosen.key)
            errors << :more_severe_than_voted
            return errors
          end
          errors << :longer_than_voted if longer?(duration_days, chosen.duration_days)
          errors << :later_review_than_voted if longer?(review_days, chosen.review_days)
          if changed?(decided:, chosen:, duration_days:, review_days:) &&
               change_reason.to_s.strip.empty?
            errors << :change_reason_missing
          end
          errors
        end

        def longer?(days, voted)
          !days.nil? && !voted.nil? && days > voted
        end

        def shorter?(days, voted)
          !days.nil? && !voted.nil? && days < voted
        end
      end
    end
  end
end
