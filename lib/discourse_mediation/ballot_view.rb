# frozen_string_literal: true

module DiscourseMediation
  # A ballot as one user sees it (`BallotState` in lib/types/). Until it
  # closes, nobody, staff included, sees a count.
  module BallotView
    module_function

    def for(ballot, user)
      status = voter_status(ballot, user)
      {
        id: ballot.id,
        kind: ballot.kind,
        case_id: ballot.case_id,
        topic_url: ballot.topic&.relative_url,
        open: ballot.open?,
        opens_at: ballot.opens_at,
        closes_at: ballot.closes_at,
        options:
          ballot.options.map do |key|
            step = ballot.option_step(key)
            if step
              LadderStepSerializer.new(step, root: false).as_json
            else
              { key:, kind: key, title: key, description: "" }
            end
          end,
        case_file:
          case_file(ballot.mediation_case).merge(
            appeal_statement: ballot.appeal? ? ballot.mediation_case.appeal_statement : nil,
          ),
        voter_status: status,
        recusal_reason: status == "recused" ? recusal_reason(ballot, user).to_s : nil,
        results: ballot.closed? ? results(ballot) : nil,
        can_ask_question: may_ask_question?(ballot, status),
        questions: questions(ballot, user),
        limits: Limits.for_ballot,
      }
    end

    # Someone on the open roll of a first ballot (voted or not; stepping
    # aside leaves the roll) may ask the mediators a question
    # (Ballot::AskQuestion).
    def may_ask_question?(ballot, status)
      !ballot.appeal? && ballot.open? && %w[eligible voted].include?(status)
    end

    # The questions voters asked on this ballot (`BallotQuestionState`), as
    # everyone who sees the ballot reads them: never who asked. Only the
    # asker is told which are theirs. The answers are in the case file.
    def questions(ballot, user)
      ballot.questions.map do |question|
        {
          id: question.id,
          question: question.question,
          asked_at: question.created_at,
          mine: user.present? && question.asked_by_id == user.id,
          answered: question.answered?,
        }
      end
    end

    # What a voter reads before deciding, on the ballot page as above the report
    # topic (`BallotCaseFile`): the report as submitted, every statement, and the
    # earlier outcomes about the same person that are not yet forgiven (outcomes
    # only, nothing else about those cases).
    def case_file(mediation_case)
      report = mediation_case.report
      {
        title: mediation_case.topic_title,
        report:
          report&.submitted? ? SubmittedReportSerializer.new(report, root: false).as_json : nil,
        statements:
          mediation_case
            .statements
            .sort_by(&:created_at)
            .map { StatementSerializer.new(_1, root: false).as_json },
        earlier_outcomes: earlier_outcomes(mediation_case),
      }
    end

    # A private reminder is the ladder's earliest rung, and counts as one; the
    # person concerned's answer to it, if any, goes with it.
    def earlier_outcomes(mediation_case)
      decided =
        SubjectHistoryQuery
          .new(mediation_case)
          .cases
          .select { (_1.outcome.present? || _1.private_reminder?) && _1.ended_at }
      steps = LadderStep.where(key: decided.filter_map(&:outcome)).pluck(:key, :title, :kind)
      titles = steps.to_h { |key, title, _kind| [key, title] }
      coaching_keys = steps.filter_map { |key, _, kind| key if kind == Coaching::KIND }
      coaching = CoachingView.results_for_voters(decided, coaching_keys:)
      decided.map do |earlier|
        title =
          if earlier.outcome.present?
            titles[earlier.outcome] || earlier.outcome
          else
            I18n.t("discourse_mediation.private_reminder")
          end
        {
          title:,
          ended_at: earlier.ended_at,
          answer: earlier.reminder_answer,
          coaching: coaching[earlier.id],
        }
      end
    end

    def voter_status(ballot, user)
      return "voted" if ballot.voted?(user)
      return "eligible" if ballot.voter?(user)
      recusal_reason(ballot, user) ? "recused" : "not_a_voter"
    end

    # Why someone is not on the roll: what they are to the case, or that they
    # declared a conflict and stepped aside.
    def recusal_reason(ballot, user)
      return nil if user.blank?
      return "stepped_aside" if stepped_aside?(ballot, user)
      case_recusal(ballot, user)
    end

    def stepped_aside?(ballot, user)
      ballot.mediation_case.events.any? do |event|
        event.action == "voter_stepped_aside" && event.user_id == user.id
      end
    end

    # What someone from a voter group is to the case, if anything.
    def case_recusal(ballot, user)
      Rules::Ballot::Recusal.reason(user_id: user.id, **ballot.mediation_case.recusal_roles)
    end

    def results(ballot)
      {
        outcome: ballot.outcome,
        quorum_met: ballot.quorum_met,
        eligible: ballot.eligible_count,
        cast: ballot.cast_count,
        abstentions: ballot.abstentions,
        required: ballot.required_count,
        quorum_percent: ballot.quorum_percent,
        counts: ballot.options.map { |key| { key:, count: ballot.counts.to_h[key].to_i } },
        reasons: reasons(ballot),
      }
    end

    # The voters' reasons, unsigned, in alphabetical order (kept so at the
    # close), so none can be placed by when it came.
    def reasons(ballot)
      ballot.paper_reasons.to_a
    end
  end
end
