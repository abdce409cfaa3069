# frozen_string_literal: true

require_relative "as_voted"

module DiscourseMediation
  module Rules
    module DueProcess
      # Once, within a set time after being told the outcome, the person
      # concerned may appeal a sanction. A separate group decides in a secret
      # ballot with the same rules, whose options are the sanction carried out
      # and every less severe one, No action first: an appeal can only lower it.
      module Appeal
        DAY = 24 * 60 * 60

        module_function

        def closes_at(told_at:, days:)
          told_at && told_at + days * DAY
        end

        # Why an appeal cannot be made now, or nil when it can.
        # `roll_can_decide`: asked last, since it counts the appeal groups.
        def refusal(
          enabled:,
          sanctioned:,
          told_at:,
          appealed_at:,
          now:,
          days:,
          roll_can_decide: -> { true }
        )
          return :appeals_off if !enabled
          return :nothing_to_appeal if !sanctioned
          return :not_told_yet if told_at.nil?
          return :already_appealed if appealed_at
          return :appeal_too_late if now > closes_at(told_at:, days:)
          return :appeal_roll_too_small if !roll_can_decide.call
          nil
        end

        # No action first, up to the sanction carried out.
        def options(ballot_options:, carried_out:)
          AsVoted.allowed_keys(options: ballot_options, decided: carried_out).reverse
        end
      end
    end
  end
end
