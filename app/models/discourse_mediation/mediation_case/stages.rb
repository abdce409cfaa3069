# frozen_string_literal: true

module DiscourseMediation
  class MediationCase
    # The target date of each stage (Rules::Case::StageTargets): when a new
    # request should be picked up, and how long mediating, writing the report
    # and carrying out should take. Targets are reminded, never enforced.
    module Stages
      extend ActiveSupport::Concern

      included do
        # Cases whose stage is past its target: a new request nobody picked up
        # in time, mediating, writing the report or carrying out past its
        # days, a vote held after the statement time ended (VoteHold), or a
        # request for more time undecided past its target.
        scope :overdue,
              ->(now = Time.zone.now) do
                stages =
                  Rules::Case::StageTargets::SETTINGS.map do |state, setting|
                    sanitize_sql_array(
                      [
                        "(state = ? AND stage_started_at < ?)",
                        state.to_s,
                        now - SiteSetting.public_send(setting).days,
                      ],
                    )
                  end
                unclaimed =
                  sanitize_sql_array(
                    [
                      "(state = 'requested' AND created_at < ?)",
                      now - SiteSetting.mediation_first_response_hours.hours,
                    ],
                  )
                held =
                  "(state = 'awaiting_statements' AND id IN " \
                    "(SELECT case_id FROM discourse_mediation_case_events WHERE action = 'vote_held'))"
                more_time =
                  sanitize_sql_array(
                    [
                      "(state = 'awaiting_statements' AND extension_decision IS NULL " \
                        "AND extension_requested_at < ?)",
                      now - Rules::DueProcess::StatementWindow::EXTENSION_DECISION_WITHIN,
                    ],
                  )
                where([unclaimed, *stages, held, more_time].join(" OR "))
              end
      end

      def first_response_due_at
        created_at + SiteSetting.mediation_first_response_hours.hours
      end

      # The target date of the stage the case is in, when that stage has one.
      def stage_due_at
        Rules::Case::StageTargets.due_at(
          state:,
          started_at: stage_started_at,
          days: stage_target_days,
        )
      end

      def overdue?(now = Time.zone.now)
        return first_response_at.nil? && first_response_due_at < now if state == "requested"
        if state == "awaiting_statements"
          return(
            events.any? { _1.action == "vote_held" } ||
              (extension_pending? && extension_decision_due_at < now)
          )
        end
        Rules::Case::StageTargets.overdue?(
          state:,
          started_at: stage_started_at,
          days: stage_target_days,
          now:,
        )
      end

      # What happens next, and when (Rules::Case::NextStep). `for_requester`:
      # the members who asked for help learn of an appeal only where the site
      # tells them whether action was taken (where it tells them nothing, an
      # appeal would tell them of a sanction), and of a review date only where
      # it tells them the step, which the date's distance would reveal.
      def next_step(for_requester: false)
        after = {}
        told = for_requester ? SiteSetting.mediation_tell_requesters : "step"
        if told != "nothing"
          appeal_open = appeal_ballot && !appeal_ballot.closed?
          after = {
            appeal_ballot_ends_at: appeal_open ? appeal_ballot.closes_at : nil,
            appeal_closes_at: appeal_refusal.nil? ? appeal_closes_at : nil,
            review_at: reviewed_at || told != "step" ? nil : review_at,
            now: Time.zone.now,
          }
        end
        Rules::Case::NextStep.for(
          state:,
          first_response_due_at:,
          statement_closes_at:,
          ballot_ends_at: ballot&.closes_at,
          stage_due_at:,
          **after,
        )
      end

      def stage_target_days
        setting = Rules::Case::StageTargets::SETTINGS[state.to_sym]
        setting && SiteSetting.public_send(setting)
      end
    end
  end
end
