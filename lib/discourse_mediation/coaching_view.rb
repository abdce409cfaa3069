# frozen_string_literal: true

module DiscourseMediation
  # What a coaching outcome shows, and to whom (`CoachingView` in lib/types/):
  # the person concerned on their page, the case's own mediators and the
  # moderators on the case page. Nobody else: not the other mediators, not
  # the requesters, not the people named as affected, not the voters, and
  # nothing of it is published.
  module CoachingView
    # Timeline entries about the coaching, shown to the same readers.
    ACTIONS = %w[
      coaching_plan_proposed
      coaching_plan_agreed
      coaching_changes_requested
      coaching_check_in_recorded
      coaching_summary_written
      coaching_finished
    ].freeze

    module_function

    # The person concerned, a moderator, or someone who acted as this case's
    # mediator (MediationCase::WhoActed#mediator_ids).
    def reader?(mediation_case, roles:, user_id:)
      return false if user_id.nil?
      return true if roles.include?(:subject) || roles.include?(:moderator)
      roles.include?(:mediator) && mediation_case.mediator_ids.include?(user_id)
    end

    # Nil for anyone else, and for a case that was not carried out as coaching.
    def for(mediation_case, roles:, user_id:, now: Time.zone.now)
      return nil if !reader?(mediation_case, roles:, user_id:)
      return nil if !Coaching.outcome?(mediation_case)
      coaching = mediation_case.coaching
      today = now.utc.to_date
      may_coach = Rules::Case::Lifecycle.may?(:coach, state: mediation_case.state, roles:)
      may_answer =
        Rules::Case::Lifecycle.may?(:answer_coaching, state: mediation_case.state, roles:)
      finished = coaching&.finished?
      {
        period_ends_on: Coaching.period_ends_on(mediation_case)&.iso8601,
        coach: coaching&.coach && BasicUserSerializer.new(coaching.coach, root: false).as_json,
        plan: coaching&.plan,
        plan_status: coaching&.plan_status,
        change_comment: coaching&.change_comment,
        agreed_at: coaching&.agreed_at,
        check_ins: check_ins(coaching, may_record: may_coach && !finished, today:),
        summary: coaching&.summary,
        summary_at: coaching&.summary_at,
        result: coaching&.result,
        finished_at: coaching&.finished_at,
        can_propose:
          may_coach && !finished && (coaching.nil? || coaching.plan_status == "changes_requested"),
        can_answer: may_answer && !finished && coaching&.plan_status == "proposed",
        can_write_summary: may_answer && !finished && !!coaching&.summary_open?(today),
        can_finish: may_coach && !finished && coaching.present?,
        limits: limits,
      }
    end

    def check_ins(coaching, may_record:, today:)
      return [] if coaching.nil?
      coaching.check_ins.map do |check_in|
        {
          id: check_in.id,
          due_on: check_in.due_on.iso8601,
          status: check_in.status,
          note: check_in.note,
          recorded_at: check_in.recorded_at,
          can_record:
            may_record && coaching.agreed? && !check_in.recorded? && check_in.due_on <= today,
        }
      end
    end

    # `CoachingLimits` in lib/types/.
    def limits
      rules = Rules::DueProcess::Coaching
      {
        plan: rules::PLAN_MAX_LENGTH,
        comment: rules::COMMENT_MAX_LENGTH,
        note: rules::NOTE_MAX_LENGTH,
        summary: rules::SUMMARY_MAX_LENGTH,
        check_ins: rules::MAX_CHECK_INS,
      }
    end

    # What the voters of a later case read of each earlier coaching outcome:
    # only whether it was completed ("ongoing" until the mediator records
    # it), by case id. Only for a case whose current outcome is coaching: its
    # step is of that kind now (`coaching_keys`, which BallotView reads with
    # the steps' titles) or was as its ballot offered it. A coaching kept from
    # an outcome an appeal replaced says nothing. One query for the results;
    # a ballot is read only for a case with a coaching and an outcome no
    # longer on the ladder as coaching.
    def results_for_voters(cases, coaching_keys:)
      return {} if cases.empty?
      results = Coaching.where(case_id: cases.map(&:id)).pluck(:case_id, :result).to_h
      cases.each_with_object({}) do |earlier, shown|
        coaching_now =
          coaching_keys.include?(earlier.outcome) ||
            (results.key?(earlier.id) && Coaching.outcome?(earlier))
        next if !coaching_now
        shown[earlier.id] = results[earlier.id] || "ongoing"
      end
    end
  end
end
