# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Ballot
      # Counts a secret ballot. The options are in order of severity, No action
      # first. Abstentions count towards quorum only. The outcome is the median
      # of the ballots that chose an option: with an even number, the less severe
      # of the two in the middle. So a sanction needs at least half of those who
      # chose to support it or something more severe, a split among sanctions never
      # lets a minority decide, and a tie goes to leniency. A vote needs its
      # quorum share of the eligible voters and never fewer than a minimum
      # number of ballots: below either, the outcome is No action.
      module Tally
        ABSTAIN = "abstain"

        class RejectedBallot < StandardError
        end

        Result =
          Struct.new(
            :outcome,
            :quorum_met,
            :eligible,
            :cast,
            :abstentions,
            :required,
            :counts,
            keyword_init: true,
          )

        module_function

        def valid_choice?(choice, options)
          choice.to_s == ABSTAIN || options.include?(choice.to_s)
        end

        # Ballots needed for quorum: a share of the eligible voters, rounded
        # up, and at least the minimum.
        def required(eligible:, quorum_percent:, minimum: 1)
          [(eligible * quorum_percent / 100.0).ceil, minimum].max
        end

        # Whether a roll of this size can decide at all: it can reach both its
        # quorum share and the minimum. A ballot whose roll cannot never opens.
        def can_decide?(eligible:, quorum_percent:, minimum: 1)
          eligible.positive? && required(eligible:, quorum_percent:, minimum:) <= eligible
        end

        # `kept`: the outcome when quorum or the minimum is not met. No action
        # for a decision; for an appeal, the step that was carried out, since a
        # sanction changes only by a decision.
        def decide(options:, ballots:, eligible:, quorum_percent:, minimum: 1, kept: nil)
          no_action = options.first
          ballots = ballots.map(&:to_s)
          rejected = ballots.reject { |choice| valid_choice?(choice, options) }
          if rejected.any?
            raise RejectedBallot, "not an option of this ballot: #{rejected.uniq.join(", ")}"
          end

          needed = required(eligible:, quorum_percent:, minimum:)
          quorum_met = eligible.positive? && ballots.size >= needed
          chosen =
            ballots.reject { |choice| choice == ABSTAIN }.sort_by { |choice| options.index(choice) }

          Result.new(
            outcome:
              (
                if quorum_met
                  (chosen.any? ? chosen[(chosen.size - 1) / 2] : no_action)
                else
                  (kept || no_action)
                end
              ),
            quorum_met:,
            eligible:,
            cast: ballots.size,
            abstentions: ballots.size - chosen.size,
            required: needed,
            counts: options.to_h { |option| [option, chosen.count(option)] },
          )
        end
      end
    end
  end
end
