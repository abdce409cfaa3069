# frozen_string_literal: true

module DiscourseMediation
  # Who is shown what of a case. The serializers only map what this returns,
  # so the rules can be tested role by role without rendering JSON.
  class CaseDisclosure
    # Timeline entries a requester's own request wrote.
    REQUESTER_ACTIONS = %w[case_opened request_added request_withdrawn withdraw].freeze
    RECOMMENDATION_ACTIONS = %w[
      recommendation_made
      recommendation_answered
      recommendation_passed_on
    ].freeze

    # The reader's roles on the case (GuardianExtension#mediation_roles_on).
    attr_reader :roles

    def initialize(mediation_case, roles)
      @mediation_case = mediation_case
      @roles = roles
    end

    # Requesters are named only where they agreed to be; the others stay
    # "a member", on the requester list and on the timeline alike.
    def requester_user(help_request)
      help_request.user if help_request.consent_to_be_named
    end

    # Who gave a piece of evidence: the mediator who added it, or the
    # requester who gave it with their request only where they agreed to be
    # named, as on the requester list. A piece given with a request whose
    # row is gone names nobody.
    def evidence_giver(evidence)
      return evidence.added_by if evidence.help_request_id.nil?
      requester_user(evidence.help_request) if evidence.help_request
    end

    def timeline_actor(event)
      if REQUESTER_ACTIONS.include?(event.action) && unnamed_requester_ids.include?(event.user_id)
        return nil
      end
      event.user
    end

    # Notes are between mediators (staff count as mediators).
    def notes
      mediator? ? @mediation_case.notes : []
    end

    # Why the person concerned asked for more time is theirs and the
    # mediators' to read; affected people learn only that it was asked.
    def extension_reason
      @mediation_case.extension_reason if mediator? || @roles.include?(:subject)
    end

    # A moderator who may decide the case's requests that voters step aside:
    # not on its roll and not otherwise acting on it (MediationCase::WhoActed).
    def may_decide_recusals?(user_id)
      @roles.include?(:moderator) && @mediation_case.may_decide_requests?(user_id) &&
        !BallotBox.case_roll(@mediation_case).include?(user_id)
    end

    # Voters' questions on the decision's ballot, for mediators and staff
    # (who see the case page). Who asked is kept only to refuse the same
    # question twice and to mark the asker's own on the ballot: it is never
    # shown, to mediators or anyone else.
    def voter_questions
      ballot = @mediation_case.ballot
      return [] if !mediator? || ballot.nil?
      ballot.questions.includes(answer: :user).to_a
    end

    # Answering is acting on the case, which nobody on its open roll does
    # (Case::Policy::NotOnOpenRoll).
    def may_answer_questions?(user_id)
      open_ballots = Ballot.where(case_id: @mediation_case.id, closed_at: nil).select(:id)
      !BallotVoter.where(ballot_id: open_ballots, user_id:).exists?
    end

    # Recommendations to other spaces are for the moderators who pass them
    # on and the mediators who acted on the case; the person concerned reads
    # them on their own page. Never the requesters, other mediators or voters.
    def recommendations(user_id)
      sees_recommendations?(user_id) ? @mediation_case.recommendations.to_a : []
    end

    # The timeline's entries about them, for the same readers.
    def shows_event?(event, user_id)
      return false if CoachingView::ACTIONS.include?(event.action) && !sees_coaching?(user_id)
      !RECOMMENDATION_ACTIONS.include?(event.action) || sees_recommendations?(user_id)
    end

    # A coaching's plan, check-ins and summary, and its timeline entries:
    # the person concerned, the moderators and the case's own mediators.
    def sees_coaching?(user_id)
      CoachingView.reader?(@mediation_case, roles: @roles, user_id:)
    end

    # Why the person concerned asked that a voter step aside is for the
    # moderators who may decide it: never the voter named, nor the mediators.
    def recusal_reason(request, user_id)
      request.reason if may_decide_recusals?(user_id)
    end

    private

    def mediator?
      @roles.include?(:mediator)
    end

    # The moderators and the case's own mediators: whoever holds it and the
    # report's authors, never a mediator who only added a note since. Nobody
    # on the roll of an open ballot on the case (an appeal's among them).
    # Asked once per timeline entry, so worked out once per reader.
    def sees_recommendations?(user_id)
      @sees_recommendations ||= {}
      return @sees_recommendations[user_id] if @sees_recommendations.key?(user_id)
      own = [@mediation_case.mediator_id, *@mediation_case.report_author_ids].include?(user_id)
      @sees_recommendations[user_id] = (@roles.include?(:moderator) || (mediator? && own)) &&
        may_answer_questions?(user_id)
    end

    def unnamed_requester_ids
      @unnamed_requester_ids ||=
        @mediation_case.help_requests.reject(&:consent_to_be_named).map(&:user_id)
    end
  end
end
