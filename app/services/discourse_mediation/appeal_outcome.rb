# frozen_string_literal: true

module DiscourseMediation
  # What an appeal's ballot decided, carried out when it closes: it can only
  # lower the sanction. The plugin's own measure is ended with Discourse's
  # tools, and a less severe step runs for its own time from the day the
  # first outcome was carried out, so a lowered sanction is never longer.
  # The person concerned and the moderators are told.
  module AppealOutcome
    module_function

    def apply!(mediation_case, ballot, now: Time.zone.now)
      decided = ballot.outcome
      lowered = decided != mediation_case.outcome
      lower!(mediation_case, ballot.option_step(decided), now:) if lowered
      mediation_case.log_event!("appeal_decided", outcome: decided, lowered:)
      Jobs.enqueue(Jobs::DiscourseMediation::TellAppealResult, case_id: mediation_case.id)
    end

    def lower!(mediation_case, step, now:)
      started =
        mediation_case.events.find_by(action: "implement")&.created_at || mediation_case.ended_at ||
          now
      if mediation_case.sanction_ends_at
        PenaltyApplier.lift!(
          mediation_case.subject_ids,
          till: mediation_case.sanction_ends_at,
          by: Discourse.system_user,
        )
      end
      plan =
        Rules::DueProcess::Penalty.plan(
          kind: step.kind,
          duration_days: step.duration_days,
          review_days: step.review_days,
          now: started,
        )
      ends_at = plan.ends_at && plan.ends_at > now ? plan.ends_at : nil
      if ends_at
        User
          .where(id: mediation_case.subject_ids)
          .each do |user|
            PenaltyApplier.impose!(
              plan.measure,
              user.reload,
              till: ends_at,
              by: Discourse.system_user,
              mediation_case:,
            )
          end
      end
      review_at = plan.review_at && plan.review_at > now ? plan.review_at : nil
      mediation_case.update!(
        outcome: step.key,
        sanction_ends_at: plan.ends_at && (ends_at || now),
        review_at:,
      )
    end
  end
end
