# frozen_string_literal: true

require_relative "forgiveness"

module DiscourseMediation
  module Rules
    module Record
      # How long the record names the person concerned where mediators and
      # moderators search it (the archive, the queue's Closed tab). Forgiveness
      # forgets: a case that ended without a sanction is named for the
      # forgiveness period after it ended; one with a sanction for a set time
      # after the sanction ends (or after its review, for a warning). Withdrawn
      # and resolved cases never name anyone: nothing was found against them.
      # The transparency figures count cases, never names, and do not change.
      module NameKeeping
        NEVER_NAMED_STATES = %w[requested mediating resolved withdrawn].freeze
        NO_SANCTION = "no_action"

        # -1 for "the forgiveness period".
        FOLLOWS_FORGIVENESS = -1

        module_function

        def sanctioned?(outcome)
          !outcome.nil? && outcome.to_s != NO_SANCTION
        end

        def sanction_months(sanction_names_months:, forgiveness_months:)
          sanction_names_months == FOLLOWS_FORGIVENESS ? forgiveness_months : sanction_names_months
        end

        # How long the naming period lasts for a case with this outcome.
        def months(outcome:, forgiveness_months:, sanction_names_months:)
          return forgiveness_months if !sanctioned?(outcome)
          sanction_months(sanction_names_months:, forgiveness_months:)
        end

        # When the naming period starts: the sanction's end or review for a
        # sanctioned case, otherwise the moment the case ended.
        def anchor(outcome:, ended_at:, sanction_ends_at:, review_at:)
          sanctioned?(outcome) ? (sanction_ends_at || review_at || ended_at) : ended_at
        end

        # Ended cases only: an open case's page names the people it is about.
        def named?(
          state:,
          outcome:,
          ended_at:,
          sanction_ends_at:,
          review_at:,
          now:,
          forgiveness_months:,
          sanction_names_months:
        )
          return false if NEVER_NAMED_STATES.include?(state.to_s)
          from = anchor(outcome:, ended_at:, sanction_ends_at:, review_at:)
          return true if from.nil?
          from >
            Forgiveness.cutoff(
              now:,
              months: months(outcome:, forgiveness_months:, sanction_names_months:),
            )
        end
      end
    end
  end
end
