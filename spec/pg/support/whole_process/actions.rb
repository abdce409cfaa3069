# frozen_string_literal: true

module WholeProcess
  # Everything someone can do to a case, each through the service a
  # controller runs (or, for time passing, the scheduled jobs Sidekiq runs).
  # A step names its actor and a number its action reads its choices from
  # (which voter, which option), against the case as it stands, so a shrunk
  # sequence still means something.
  class Actions
    D = DiscourseMediation

    # What each action is: the states where it makes sense, who would
    # plausibly take it, and how often the generator picks it there.
    Kind = Struct.new(:states, :actors, :weight, keyword_init: true)

    KINDS = {
      ask: Kind.new(states: [nil, "requested", "mediating"], actors: %i[members voters], weight: 3),
      withdraw: Kind.new(states: %w[requested mediating], actors: %i[members voters], weight: 1),
      claim: Kind.new(states: %w[requested], actors: %i[mediators mediators moderators], weight: 4),
      assign:
        Kind.new(states: %w[requested mediating], actors: %i[moderators mediators], weight: 1),
      add_person:
        Kind.new(states: %w[requested mediating report_draft], actors: %i[mediators], weight: 2),
      contact:
        Kind.new(states: %w[mediating], actors: %i[mediators mediators moderators], weight: 2),
      note:
        Kind.new(
          states: %w[mediating report_draft awaiting_statements voting decided],
          actors: %i[mediators mediators moderators],
          weight: 1,
        ),
      escalate:
        Kind.new(states: %w[mediating], actors: %i[mediators mediators moderators], weight: 4),
      resolve: Kind.new(states: %w[mediating], actors: %i[mediators], weight: 1),
      save_report:
        Kind.new(states: %w[report_draft], actors: %i[mediators mediators moderators], weight: 4),
      submit_report:
        Kind.new(states: %w[report_draft], actors: %i[mediators mediators moderators], weight: 4),
      interim:
        Kind.new(
          states: %w[report_draft awaiting_statements voting],
          actors: %i[moderators],
          weight: 1,
        ),
      request_extension: Kind.new(states: %w[awaiting_statements], actors: %i[subject], weight: 1),
      decide_extension:
        Kind.new(states: %w[awaiting_statements], actors: %i[moderators], weight: 1),
      request_recusal: Kind.new(states: %w[awaiting_statements], actors: %i[subject], weight: 3),
      decide_recusal: Kind.new(states: %w[awaiting_statements], actors: %i[moderators], weight: 4),
      statement: Kind.new(states: %w[awaiting_statements], actors: %i[subject], weight: 1),
      waive: Kind.new(states: %w[awaiting_statements], actors: %i[subject], weight: 2),
      vote: Kind.new(states: %w[voting closed], actors: %i[voters appeal_voters], weight: 10),
      step_aside: Kind.new(states: %w[voting closed], actors: %i[voters appeal_voters], weight: 1),
      time_passes:
        Kind.new(
          states: %w[awaiting_statements voting decided closed],
          actors: %i[subject],
          weight: 3,
        ),
      carry_out: Kind.new(states: %w[decided], actors: %i[moderators], weight: 5),
      appeal: Kind.new(states: %w[closed], actors: %i[subject], weight: 3),
      review: Kind.new(states: %w[closed], actors: %i[moderators], weight: 1),
    }.freeze

    HOURS = [1, 12, 48, 200].freeze

    def initialize(world, spec)
      @world = world
      @spec = spec
    end

    # The service's result, or nil when there is nothing to act on yet.
    def call(action, actor, arg, mediation_case)
      @actor = actor
      @arg = arg
      @case = mediation_case
      return nil if mediation_case.nil? && action != :ask
      public_send(action)
    end

    def ask
      run(
        D::HelpRequest::Create,
        post_id: @world.post.id,
        kind: @arg.even? ? "deescalate" : "unsafe",
        consent_to_be_named: @arg % 3 == 0,
      )
    end

    def withdraw
      request = @case.help_requests.find { _1.user_id == @actor.id } || @case.help_requests.first
      run(D::HelpRequest::Withdraw, help_request_id: request&.id)
    end

    def claim = run_on_case(D::Case::Claim)

    def assign
      run_on_case(
        D::Case::Assign,
        username: pick(@world.ids(:mediators)).then { User.find(_1).username },
      )
    end

    def add_person
      run_on_case(
        D::Case::AddPerson,
        username: User.find(pick(@world.everyone_names.map { @world.id(_1) })).username,
      )
    end

    def contact
      run_on_case(
        D::Case::OpenConversation,
        user_ids: @case.subject_ids,
        title: "About the thread",
        message: "Could we talk?",
      )
    end

    def note = run_on_case(D::Case::AddNote, raw: "Seen")

    def escalate
      run_on_case(
        D::Case::Escalate,
        reason: "It went on",
        no_contact_reason: @arg.odd? ? "They asked not to be written to" : nil,
      )
    end

    def resolve = run_on_case(D::Case::Resolve, outcome_note: "They settled it")

    def save_report
      candidates = @case.affected_candidate_ids
      affected = candidates.select.with_index { |_, index| @arg[index] == 1 }
      run_on_case(
        D::Report::Save,
        what_happened: "Insults",
        mediation_course: "A note, then a conversation",
        why_unresolved: "They went on",
        cited_keys: ["personal-attacks"],
        recommended_keys: %w[formal_warning suspension],
        affected_user_ids: affected,
      )
    end

    def submit_report = run_on_case(D::Report::Submit)

    def interim = run_on_case(D::Case::InterimSuspend, reason: "Threats")

    def request_extension = run_on_case(D::Statement::RequestExtension, reason: "Travelling")

    def decide_extension
      run_on_case(
        D::Statement::DecideExtension,
        decision: @arg.even? ? "granted" : "declined",
        reason: "Fair",
      )
    end

    def request_recusal
      run_on_case(
        D::Statement::RequestRecusal,
        voter_id: pick(@world.ids(:voters)),
        reason: "A friend of theirs",
      )
    end

    def decide_recusal
      request = @case.recusal_requests.to_a.then { _1.empty? ? nil : _1[@arg % _1.size] }
      run_on_case(
        D::Case::DecideRecusal,
        recusal_request_id: request&.id,
        decision: @arg.even? ? "declined" : "granted",
        reason: "Considered",
      )
    end

    def statement = run_on_case(D::Statement::Submit, raw: "My side of it")

    def waive = run_on_case(D::Statement::Waive)

    # Half the papers choose the most severe option, so that sanctions, and
    # appeals against them, come up as often as No action.
    def vote
      ballot = open_ballot
      choice =
        ballot &&
          (@arg.odd? ? ballot.options.last : ballot.options[(@arg / 2) % ballot.options.size])
      run(D::Ballot::Cast, ballot_id: ballot&.id, choice:)
    end

    def step_aside = run(D::Ballot::StepAside, ballot_id: open_ballot&.id, reason: "I know them")

    # Time passes and the scheduled jobs run, then whatever they enqueued.
    def time_passes
      @spec.travel(HOURS[@arg % HOURS.size].hours)
      [
        Jobs::DiscourseMediation::MediationStatementWindows,
        Jobs::DiscourseMediation::CloseMediationBallots,
        Jobs::DiscourseMediation::MediationReviewsDue,
        Jobs::DiscourseMediation::MediationStagesOverdue,
      ].each { @spec.run_job(_1) }
      :time
    end

    def carry_out
      ballot = @case.ballot
      keys =
        (
          if ballot&.closed?
            D::Rules::DueProcess::AsVoted.allowed_keys(
              options: ballot.options,
              decided: ballot.outcome,
            )
          else
            []
          end
        )
      # Mostly as voted; now and then more leniently, with a reason.
      key = keys.empty? ? nil : keys[@arg % 3 == 0 ? @arg % keys.size : 0]
      step = key && ballot.option_step(key)
      run_on_case(
        D::Case::Implement,
        step_key: key,
        duration_days: step&.duration_days,
        review_days: step&.review_days,
        reason: "As decided",
        change_reason: key == keys.first ? nil : "They apologised",
      )
    end

    def appeal = run_on_case(D::Statement::Appeal, statement: "I apologised the next day")

    def review
      run_on_case(D::Case::Review, decision: @arg.even? ? "keep" : "end_early", reason: "Reviewed")
    end

    private

    def run(service, **params)
      service.call(params:, guardian: @actor.guardian)
    end

    def run_on_case(service, **params)
      run(service, case_id: @case.id, **params)
    end

    def open_ballot
      [@case.appeal_ballot, @case.ballot].compact.find { !_1.closed? }
    end

    def pick(list)
      list[@arg % list.size]
    end
  end
end
