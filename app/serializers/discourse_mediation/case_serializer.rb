# frozen_string_literal: true

module DiscourseMediation
  # The case page (`MediationCaseDetail` in lib/types/), for mediators and
  # staff only. What each reader is shown comes from the CaseDisclosure
  # passed as `disclosure:`, which the associations receive too.
  class CaseSerializer < ApplicationSerializer
    attributes :id,
               :state,
               :conduct_place,
               :urgent,
               :created_at,
               :first_response_due_at,
               :first_response_at,
               :ended_at,
               :outcome_note,
               :outcome_note_shareable,
               :topic,
               :post,
               :attached_posts,
               :conduct_elsewhere,
               :evidence,
               :requesters,
               :people,
               :timeline,
               :notes,
               :history,
               :available_actions,
               :mediators,
               :cool_down_options,
               :next_step,
               :interim_suspended_until,
               :ballot_id,
               :implementation,
               :outcome_summary,
               :resolution,
               :contact,
               :recusal_requests,
               :can_decide_recusals,
               :questions,
               :recommendations,
               :coaching,
               :limits

    has_one :mediator, serializer: BasicUserSerializer, embed: :objects
    has_one :report, serializer: ReportSerializer, embed: :objects
    has_one :statement_window, serializer: StatementWindowSerializer, embed: :objects
    has_many :statements, serializer: StatementSerializer, embed: :objects
    has_many :published_list, serializer: BehaviourSerializer, embed: :objects
    has_many :ladder, serializer: LadderStepSerializer, embed: :objects

    def topic
      topic = object.topic
      return nil if topic.blank?
      {
        id: topic.id,
        title: object.topic_title,
        url: object.private_message? ? nil : topic.relative_url,
        closed: topic.closed,
        slow_mode_seconds: topic.slow_mode_seconds.to_i,
      }
    end

    def post
      post = object.post
      return nil if post.blank?
      {
        id: post.id,
        post_number: post.post_number,
        url: object.post_url,
        cooked: post.cooked,
        author: user_json(post.user),
      }
    end

    # `MediationAttachedPost` in lib/types/: the further posts, oldest first.
    def attached_posts
      object.attached_posts.map do |attached|
        post = attached.post
        {
          id: attached.id,
          post_id: attached.post_id,
          url: attached.url,
          topic_title: attached.topic_title,
          excerpt:
            post&.excerpt(
              CaseQueueItemSerializer::EXCERPT_LENGTH,
              strip_links: true,
              text_entities: true,
            ).to_s,
          author: user_json(post&.user),
          note: attached.note,
          added_by: user_json(attached.added_by),
          created_at: attached.created_at,
        }
      end
    end

    # `ConductElsewhere` in lib/types/: where and when, for a case about
    # conduct outside the forum.
    def conduct_elsewhere
      object.conduct_elsewhere
    end

    # `MediationEvidence` in lib/types/: each piece, oldest first, with who
    # may be named as having given it (CaseDisclosure#evidence_giver).
    def evidence
      object.evidence.map do |piece|
        piece.as_shown(added_by: user_json(disclosure.evidence_giver(piece)))
      end
    end

    def requesters
      # In the order they were made (the association's own order).
      object.help_requests.map do |request|
        named_user = disclosure.requester_user(request)
        {
          id: request.id,
          kind: request.kind,
          message: request.message,
          created_at: request.created_at,
          withdrawn: request.withdrawn_at.present?,
          user: user_json(named_user),
          shared_message: shared_message(request),
        }
      end
    end

    # On a private message's case, another of its author's messages in the
    # conversation that a member asked about (and let the mediators read)
    # joins the same case: it is shown with that request.
    def shared_message(request)
      return nil if !object.private_message? || request.post_id == object.post_id
      request.post&.cooked
    end

    def people
      # An account deleted since can be neither invited nor named as affected.
      object
        .people
        .select(&:user)
        .sort_by { |person| [person.subject ? 0 : 1, person.created_at] }
        .map { |person| { subject: person.subject, user: user_json(person.user) } }
    end

    def timeline
      user_id = scope.user&.id
      object.events.filter_map do |event|
        next if !disclosure.shows_event?(event, user_id)
        actor = disclosure.timeline_actor(event)
        {
          id: event.id,
          action: event.action,
          created_at: event.created_at,
          actor: user_json(actor),
          data: event.data.except("help_request_id"),
        }
      end
    end

    def notes
      disclosure.notes.map do |note|
        { id: note.id, raw: note.raw, created_at: note.created_at, user: user_json(note.user) }
      end
    end

    def history
      options[:history].map do |other|
        {
          id: other.id,
          state: other.state,
          topic_title: other.topic_title,
          created_at: other.created_at,
          ended_at: other.ended_at,
          outcome_note: other.outcome_note,
        }
      end
    end

    # The report's author may not decide on more time to answer it.
    def available_actions
      actions =
        Rules::Case::Lifecycle.available_actions(state: object.state, roles: disclosure.roles)
      actions -= [:decide_extension] if object.report_author_ids.include?(scope.user&.id)
      actions -= [:review] if !object.review_due?
      actions -= [:coach] if !Coaching.outcome?(object)
      actions -= [:recommend] if !may_recommend?
      actions -= [:add_evidence] if !object.elsewhere?
      if actions.include?(:answer_question) && !disclosure.may_answer_questions?(scope.user&.id)
        actions -= [:answer_question]
      end
      actions
    end

    def mediators
      options[:mediators].map { |user| BasicUserSerializer.new(user, root: false).as_json }
    end

    def statement_window
      object if object.statement_deadline_at.present?
    end

    def statements
      object.statements.sort_by(&:created_at)
    end

    def next_step
      object.next_step.to_h
    end

    # What a private reminder (while mediating) and the report editor choose from.
    def published_list
      %w[mediating report_draft].include?(object.state) ? Behaviour.current : []
    end

    # Requests that voters step aside (`CaseRecusalRequest`): the person
    # concerned's, and the report's naming of voters as affected.
    def recusal_requests
      object.recusal_requests.map do |request|
        {
          id: request.id,
          kind: request.kind,
          voter: user_json(request.voter),
          reason: disclosure.recusal_reason(request, scope.user&.id),
          decision: request.decision,
          decision_reason: request.decision_reason,
        }
      end
    end

    # A moderator who is not on the roll and did not act on the case, while
    # the ballot is not open yet.
    def can_decide_recusals
      Rules::Case::Lifecycle.may?(:decide_recusal, state: object.state, roles: disclosure.roles) &&
        disclosure.may_decide_recusals?(scope.user&.id)
    end

    # Voters' questions to the mediators (`CaseVoterQuestion`), with the
    # answer once given; never who asked.
    def questions
      disclosure.voter_questions.map do |question|
        {
          id: question.id,
          question: question.question,
          asked_at: question.created_at,
          answer: question.answer && StatementSerializer.new(question.answer, root: false).as_json,
        }
      end
    end

    def ladder
      object.state == "report_draft" ? LadderStep.in_order : []
    end

    # What a moderator needs to carry out the decision (`CaseImplementation`):
    # the decided step, and the less severe options of the ballot they may
    # choose instead, with a reason (Rules::DueProcess::AsVoted).
    def implementation
      ballot = object.ballot
      return nil if object.state != "decided" || !ballot&.closed?
      lenient =
        Rules::DueProcess::AsVoted.allowed_keys(
          options: ballot.options,
          decided: ballot.outcome,
        ).drop(1)
      implementation_terms(ballot, ballot.outcome).merge(
        lenient_steps:
          lenient.filter_map { |key| ballot.option_step(key) && implementation_terms(ballot, key) },
      )
    end

    # `ImplementationTerms`: one step and what carrying it out does.
    def implementation_terms(ballot, key)
      step = ballot.option_step(key)
      kind = ballot.kind_of(key)
      {
        outcome:
          step ? LadderStepSerializer.new(step, root: false).as_json : { key:, kind:, title: key },
        measure: Rules::DueProcess::Penalty.measure(kind),
        needs_duration: Rules::DueProcess::Penalty.needs_duration?(kind),
        needs_review: Rules::DueProcess::Penalty.needs_review?(kind),
        default_duration_days: step&.duration_days,
        default_review_days: step&.review_days,
        max_days: SiteSetting.mediation_max_sanction_days,
      }
    end

    def outcome_summary
      object.outcome_summary
    end

    # A coaching outcome's plan, check-ins and result (CoachingView).
    def coaching
      CoachingView.for(object, roles: disclosure.roles, user_id: scope.user&.id)
    end

    def ballot_id
      object.ballot&.id
    end

    def limits
      Limits.for_case
    end

    # Recommendations to other spaces: for the moderators and the case's own
    # mediators (CaseDisclosure#recommendations), with whether this reader
    # may mark each passed on now.
    def recommendations
      may_pass_on =
        Rules::Case::Lifecycle.may?(
          :pass_on_recommendation,
          state: object.state,
          roles: disclosure.roles,
        )
      disclosure
        .recommendations(scope.user&.id)
        .map do |recommendation|
          recommendation.as_shown.merge(
            can_pass_on: may_pass_on && recommendation.pass_on_refusal.nil?,
          )
        end
    end

    def cool_down_options
      timer = object.topic&.public_topic_timer
      {
        slow_mode_intervals: Rules::Mediation::CoolDown::SLOW_MODE_INTERVALS,
        max_slow_mode_hours: Rules::Mediation::CoolDown::MAX_SLOW_MODE_HOURS,
        max_close_hours: Rules::Mediation::CoolDown::MAX_CLOSE_HOURS,
        # A timed close would replace it: the form says so first.
        existing_timer:
          timer && { kind: TopicTimer.types[timer.status_type].to_s, execute_at: timer.execute_at },
      }
    end

    private

    # As Case::Recommend checks: a carried-out sanction, a person concerned,
    # and no appeal being voted on.
    def may_recommend?
      appeal = object.appeal_ballot
      Rules::Record::NameKeeping.sanctioned?(object.outcome) && object.subject_ids.any? &&
        (appeal.nil? || appeal.closed?)
    end

    # Null for an account deleted since (the page says "a former member").
    def user_json(user)
      user && BasicUserSerializer.new(user, root: false).as_json
    end

    def disclosure
      options.fetch(:disclosure)
    end
  end
end
