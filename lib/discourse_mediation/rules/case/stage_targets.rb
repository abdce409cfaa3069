# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Case
      # The target date of the stages people carry out by hand: mediating,
      # writing the report and carrying out the decision. A target only tells
      # and reminds; nothing is decided or applied because it passed. The
      # statement window and the ballot have dates of their own, which act.
      module StageTargets
        # The setting that holds each stage's target, in days.
        SETTINGS = {
          mediating: :mediation_mediating_days,
          report_draft: :mediation_report_days,
          decided: :mediation_carry_out_days,
        }.freeze

        # Who is reminded, once, when the target passes.
        RESPONSIBLE = { mediating: :mediator, report_draft: :mediator, decided: :moderators }.freeze

        STATES = SETTINGS.keys.freeze

        module_function

        def targeted?(state)
          SETTINGS.key?(state.to_sym)
        end

        # Nil for a stage without a target of its own.
        def due_at(state:, started_at:, days:)
          return nil if !targeted?(state) || started_at.nil?
          started_at + days * 86_400
        end

        def overdue?(state:, started_at:, days:, now:)
          due = due_at(state:, started_at:, days:)
          !due.nil? && due < now
        end

        def responsible(state)
          RESPONSIBLE.fetch(state.to_sym)
        end
      end
    end
  end
end
