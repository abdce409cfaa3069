# frozen_string_literal: true

module DiscourseMediation
  class MediationCase
    # Once the ballot has decided: carrying out the outcome, its review date
    # and the person concerned's appeal.
    module AfterDecision
      # The ballot once it has closed and decided.
      def closed_ballot
        ballot if ballot&.closed?
      end

      # Fills in the step carried out (the decided one, or a less severe one)
      # with the end and review dates carrying it out now would set, without
      # saving: Case::Implement saves it, Case::PreviewOutcome only words the
      # messages from it. A change reason is kept only for a change from the vote.
      def assign_outcome(step, ballot:, duration_days:, review_days:, reason:, change_reason: nil)
        plan =
          Rules::DueProcess::Penalty.plan(
            kind: step.kind,
            duration_days:,
            review_days:,
            now: Time.zone.now,
          )
        changed =
          Rules::DueProcess::AsVoted.changed?(
            decided: ballot.outcome,
            chosen: step,
            duration_days:,
            review_days:,
          )
        assign_attributes(
          outcome: step.key,
          outcome_reason: reason,
          outcome_change_reason: changed ? change_reason.to_s.strip.presence : nil,
          sanction_ends_at: plan.ends_at,
          review_at: plan.review_at,
        )
        plan
      end

      # A sanction whose review date has come, and that nobody has reviewed yet.
      def review_due?(now = Time.zone.now)
        %w[closed archived].include?(state) && Rules::Record::NameKeeping.sanctioned?(outcome) &&
          review_at.present? && review_at <= now && reviewed_at.nil?
      end

      # The person concerned may write to the moderators who will review a
      # sanction, once, until its review date.
      def review_statement_open?(now = Time.zone.now)
        %w[closed archived].include?(state) && Rules::Record::NameKeeping.sanctioned?(outcome) &&
          review_at.present? && now < review_at && reviewed_at.nil? && review_statement_at.nil?
      end

      # A carried-out outcome and its path back (`CaseOutcome`): for the
      # moderators on the case page, and for the person concerned on theirs.
      def outcome_summary
        return nil if outcome.blank?
        step = ballot&.option_step(outcome) || LadderStep.find_by(key: outcome)
        {
          key: outcome,
          title: step&.title || outcome,
          reason: outcome_reason,
          ends_at: sanction_ends_at,
          review_at:,
          archived_at:,
          change_reason: outcome_change_reason,
          review:
            reviewed_at && { decision: review_decision, reason: review_reason, at: reviewed_at },
          review_statement:,
        }
      end

      # Why the person concerned cannot appeal now, or nil when they can.
      def appeal_refusal(now = Time.zone.now)
        Rules::DueProcess::Appeal.refusal(
          enabled: SiteSetting.mediation_appeal_groups_map.any?,
          sanctioned: Rules::Record::NameKeeping.sanctioned?(outcome),
          told_at: outcome_told_at,
          appealed_at:,
          now:,
          days: SiteSetting.mediation_appeal_days,
          roll_can_decide: -> do
            ballot.present? && BallotBox.roll_can_decide?(BallotBox.appeal_roll(self).size)
          end,
        )
      end

      def appeal_closes_at
        Rules::DueProcess::Appeal.closes_at(
          told_at: outcome_told_at,
          days: SiteSetting.mediation_appeal_days,
        )
      end
    end
  end
end
