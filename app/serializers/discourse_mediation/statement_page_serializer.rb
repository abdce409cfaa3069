# frozen_string_literal: true

module DiscourseMediation
  # The page where the person concerned, or someone named as affected, reads
  # the report and responds (`StatementPage` in lib/types/). Serialized from
  # the case, with the reader's CaseDisclosure as `disclosure:`.
  class StatementPageSerializer < ApplicationSerializer
    attributes :case_id,
               :state,
               :role,
               :topic_title,
               :post_url,
               :can_submit,
               :can_decline,
               :can_request_extension,
               :can_waive,
               :affected_closes_at,
               :roll,
               :can_request_recusal,
               :appeal,
               :next_step,
               :limits,
               :case_file,
               :can_answer,
               :answer_until,
               :decision,
               :outcome,
               :review,
               :reminder,
               :recommendations,
               :coaching

    has_one :report, serializer: SubmittedReportSerializer, embed: :objects
    has_many :possible_outcomes, serializer: LadderStepSerializer, embed: :objects
    has_one :window, serializer: StatementWindowSerializer, embed: :objects
    has_one :my_statement, serializer: StatementSerializer, embed: :objects

    def case_id
      object.id
    end

    def role
      if roles.include?(:subject)
        "subject"
      elsif roles.include?(:affected)
        "affected"
      else
        "reader"
      end
    end

    def topic_title
      object.topic_title
    end

    def report
      object.report if object.report&.submitted?
    end

    # No action first, then what the mediators recommended.
    def possible_outcomes
      recommended = object.report&.recommended_keys.to_a
      LadderStep.in_order.select { |step| step.no_action? || recommended.include?(step.key) }
    end

    def window
      object if object.statement_deadline_at.present?
    end

    def my_statement
      object.statements.find do |statement|
        statement.user_id == scope.user&.id && statement.kind == "statement"
      end
    end

    # For the person concerned (and the mediators reading their page):
    # exactly what the voters' case file holds, earlier outcomes included, so
    # that the record is the same on both sides.
    def case_file
      return nil if role == "affected" || !object.report&.submitted?
      BallotView.case_file(object).merge(
        appeal_statement: object.appealed_at ? object.appeal_statement : nil,
      )
    end

    # The last word: something arrived after their statement.
    def can_answer
      role == "subject" && may?(:answer_statement) && object.answer_window_open?
    end

    def answer_until
      object.answer_until if role != "affected" && object.answer_window_open?
    end

    # Once the ballot has closed: what it decided, and the voters' reasons,
    # unsigned, as the outcome message gives them.
    def decision
      ballot = object.closed_ballot
      return nil if role == "affected" || ballot.nil?
      {
        outcome: ballot.option_step(ballot.outcome)&.title || ballot.outcome,
        decided_at: ballot.closed_at,
        quorum_met: ballot.quorum_met,
        reasons: ballot.paper_reasons.to_a,
      }
    end

    # What was carried out, and its way back.
    def outcome
      object.outcome_summary if role != "affected"
    end

    # Before a sanction's review date: a short statement for the moderators.
    def review
      return nil if role == "affected" || object.review_at.blank? || object.reviewed_at.present?
      {
        at: object.review_at,
        statement: object.review_statement,
        can_send: role == "subject" && may?(:review_statement) && object.review_statement_open?,
      }
    end

    # A case that ended with a private reminder: its date, and the answer.
    def reminder
      return nil if role == "affected" || !object.private_reminder?
      {
        at: object.ended_at,
        answer: object.reminder_answer,
        answered_at: object.reminder_answered_at,
        can_answer: role == "subject" && may?(:answer_reminder) && object.reminder_answered_at.nil?,
      }
    end

    # A coaching outcome, for the person concerned only (CoachingView): the
    # plan to agree to, the check-ins, their summary and the result.
    def coaching
      CoachingView.for(object, roles: [:subject], user_id: scope.user&.id) if role == "subject"
    end

    # Recommendations to other spaces, for the person concerned only: shown
    # before they are passed on, each answerable once within its time.
    def recommendations
      return [] if role != "subject"
      may_answer = may?(:answer_recommendation)
      object.recommendations.map do |recommendation|
        recommendation.as_shown.merge(
          created_by: nil,
          passed_on_by: nil,
          can_answer: may_answer && recommendation.answerable?,
        )
      end
    end

    # Before the ballot opens, the person concerned sees who may vote (never,
    # later, who voted, nor why anyone else may not) and what became of each
    # request that one step aside, theirs or the report's naming (`RollEntry`).
    def roll
      return [] if role != "subject" || object.state != "awaiting_statements"
      requests = object.recusal_requests.index_by(&:voter_id)
      User
        .where(id: BallotBox.case_roll(object))
        .order(:username_lower)
        .map do |voter|
          request = requests[voter.id]
          {
            user: BasicUserSerializer.new(voter, root: false).as_json,
            request:
              request &&
                {
                  kind: request.kind,
                  reason: request.reason,
                  decision: request.decision,
                  decision_reason: request.decision_reason,
                },
          }
        end
    end

    # For the person concerned once the outcome is carried out (`AppealState`):
    # whether they may appeal and until when, or where their appeal stands.
    def appeal
      return nil if role != "subject" || !%w[closed archived].include?(object.state)
      ballot = object.appeal_ballot
      {
        can_appeal: may?(:appeal) && object.appeal_refusal.nil?,
        closes_at: object.appeal_closes_at,
        appealed_at: object.appealed_at,
        statement: object.appeal_statement,
        ballot_closes_at: ballot&.closes_at,
        decided:
          ballot&.closed? ? (ballot.option_step(ballot.outcome)&.title || ballot.outcome) : nil,
        sanctioned:
          Rules::Record::NameKeeping.sanctioned?(object.outcome) || object.appealed_at.present?,
        enabled: SiteSetting.mediation_appeal_groups_map.any?,
      }
    end

    def can_request_recusal
      window_open? && may?(:request_recusal)
    end

    # When people named as affected must answer by, for them.
    def affected_closes_at
      object.affected_closes_at if role == "affected"
    end

    def can_submit
      window_open? && my_statement.nil? && may?(:submit_statement) &&
        (role != "affected" || object.affected_arrival != :closed)
    end

    def can_decline
      window_open? && my_statement.nil? && roles.include?(:affected)
    end

    # Offered only while it still applies: not after a statement was sent.
    def can_request_extension
      may?(:request_extension) && my_statement.nil? &&
        Rules::DueProcess::StatementWindow.extension_requestable?(
          now: Time.zone.now,
          deadline: object.statement_deadline_at,
          waived_at: object.waived_at,
          extension_requested_at: object.extension_requested_at,
        )
    end

    def can_waive
      window_open? && my_statement.nil? &&
        Rules::Case::Lifecycle.may?(:open_vote, state: object.state, roles: roles - [:system])
    end

    def next_step
      object.next_step.to_h
    end

    def limits
      Limits.for_statement
    end

    private

    def roles
      options.fetch(:disclosure).roles
    end

    def may?(event)
      Rules::Case::Lifecycle.may?(event, state: object.state, roles:)
    end

    def window_open?
      object.statement_window_open?
    end
  end
end
