# frozen_string_literal: true

module WholeProcess
  # What the invariants of docs/design.md say the case must look like, kept
  # from the steps that succeeded rather than read from the plugin's own
  # record of who acted, and checked against the database after every step.
  # Each check returns the violations it finds, in words.
  class Oracle
    D = DiscourseMediation
    Tally = D::Rules::Ballot::Tally

    # What each successful action makes its actor, for the rolls.
    ACTOR_PART = {
      ask: :requester,
      claim: :mediator,
      assign: :mediator,
      add_person: :mediator,
      contact: :mediator,
      note: :mediator,
      escalate: :mediator,
      resolve: :mediator,
      save_report: :mediator,
      submit_report: :mediator,
      interim: :acted,
      decide_extension: :decider,
      decide_recusal: :decider,
      carry_out: :acted,
      review: :acted,
    }.freeze

    def initialize(world)
      @world = world
      @parts = Hash.new { |hash, id| hash[id] = Set.new }
      @parts[world.id(:author)] << :subject
      @papers = Hash.new { |hash, id| hash[id] = [] }
      @voted = Hash.new { |hash, id| hash[id] = [] }
      @seen_ballots = {}
      @voter_members_at_submit = []
      @carried_out = nil
    end

    # Who may not be on a roll of the case now, and why.
    def excluded_ids(mediation_case)
      named = mediation_case.recusal_requests.to_a
      @parts.filter_map do |id, parts|
        next if parts.empty?
        next id if parts.intersect?(%i[subject requester mediator acted decider])
        next id if parts.include?(:affected) && affected_off_roll?(id, named)
      end
    end

    # After a successful step, before it is recorded: what a voter or a
    # decider was when they acted.
    def check_actor(action, actor, mediation_case)
      parts = @parts.fetch(actor.id, Set.new)
      case action
      when :vote
        off = excluded_ids(mediation_case).include?(actor.id)
        if off
          ["#{@world.name_of(actor.id)} voted after acting on the case as #{parts.to_a.join(", ")}"]
        else
          []
        end
      when :decide_recusal
        acted = parts - %i[decider]
        if acted.any?
          ["#{@world.name_of(actor.id)} decided a request after acting as #{acted.to_a.join(", ")}"]
        else
          []
        end
      else
        []
      end
    end

    # After a successful step: what the actor now is, and what was cast.
    def record(action, actor, result, mediation_case)
      part = ACTOR_PART[action]
      @parts[actor.id] << part if part
      if action == :vote
        @papers[result[:ballot].id] << result[:params].choice
        @voted[result[:ballot].id] << actor.id
      end
      if action == :assign
        @parts[User.find_by(username: result[:params].username).id] << :mediator
      elsif action == :submit_report
        mediation_case.affected_ids.each { @parts[_1] << :affected }
        @voter_members_at_submit = D::BallotBox.active_voter_ids
      elsif action == :carry_out
        @carried_out = mediation_case.reload.outcome
      end
    end

    # After every step: the invariants of the whole case.
    def check_case(mediation_case, step_index)
      return [] if mediation_case.nil?
      mediation_case = D::MediationCase.includes(:recusal_requests).find(mediation_case.id)
      ballots = D::Ballot.where(case_id: mediation_case.id).order(:id).to_a
      ballots.flat_map { check_ballot(mediation_case, _1) } + check_outcome(mediation_case, ballots)
    end

    private

    # A voter named as affected is off the roll only once a moderator
    # confirmed it; someone named who was not a voter is off it as affected.
    def affected_off_roll?(id, requests)
      naming = requests.find { _1.named? && _1.voter_id == id }
      return naming.decision == "granted" if naming
      !@voter_members_at_submit.include?(id)
    end

    def check_ballot(mediation_case, ballot)
      problems = []
      if !@seen_ballots.key?(ballot.id)
        @seen_ballots[ballot.id] = :open
        problems.concat(check_opening(mediation_case, ballot))
      end
      if ballot.closed? && @seen_ballots[ballot.id] == :open
        @seen_ballots[ballot.id] = :closed
        problems.concat(check_count(ballot))
      end
      problems
    end

    # Invariants 1, 2, 3 and 5: the roll as it opened.
    def check_opening(mediation_case, ballot)
      roll = ballot.voters.pluck(:user_id).sort
      problems = []
      if !Tally.can_decide?(
           eligible: roll.size,
           quorum_percent: ballot.quorum_percent,
           minimum: ballot.min_ballots,
         )
        problems << "the #{ballot.kind} ballot opened with a roll of #{roll.size}, which cannot decide"
      end
      pending =
        mediation_case.recusal_requests.select do
          _1.decided_at.nil? || _1.decided_at > ballot.opens_at
        end
      if !ballot.appeal? && pending.any?
        problems << "the #{ballot.kind} ballot opened with #{pending.size} request(s) undecided"
      end
      expected = expected_roll(mediation_case, ballot)
      if roll != expected
        problems << "the #{ballot.kind} ballot's roll is #{names(roll)}, expected #{names(expected)}"
      end
      problems
    end

    def expected_roll(mediation_case, ballot)
      members =
        (
          if ballot.appeal?
            D::BallotBox.active_voter_ids(SiteSetting.mediation_appeal_groups_map)
          else
            D::BallotBox.active_voter_ids
          end
        )
      off = excluded_ids(mediation_case)
      if ballot.appeal?
        off += @voted[mediation_case.ballot.id]
      else
        off +=
          mediation_case
            .recusal_requests
            .select { _1.asked? && _1.decision == "granted" }
            .map(&:voter_id)
      end
      (members - off).sort
    end

    # Invariant 6: the outcome is the tally of the papers under the rule.
    def check_count(ballot)
      choices = @papers[ballot.id]
      result =
        Tally.decide(
          options: ballot.options,
          ballots: choices,
          eligible: ballot.eligible_count,
          quorum_percent: ballot.quorum_percent,
          minimum: ballot.min_ballots,
          kept: ballot.appeal? ? ballot.options.last : nil,
        )
      problems = []
      if ballot.cast_count != choices.size
        problems << "the #{ballot.kind} ballot counted #{ballot.cast_count} papers of #{choices.size} cast"
      end
      if ballot.outcome != result.outcome
        problems << "the #{ballot.kind} ballot decided #{ballot.outcome}; its papers #{choices.tally} decide #{result.outcome}"
      end
      problems
    end

    # Invariants 4 and 6: what is carried out is never more than decided, and
    # changes only by a decision.
    def check_outcome(mediation_case, ballots)
      appeal, decision = ballots.partition(&:appeal?).map(&:first)
      return [] if @carried_out.nil? || decision.nil?
      problems = []
      if decision.options.index(@carried_out).to_i > decision.options.index(decision.outcome).to_i
        problems << "#{@carried_out} was carried out although the ballot decided #{decision.outcome}"
      end
      decided_appeal = appeal&.closed? && appeal.quorum_met
      expected = decided_appeal ? appeal.outcome : @carried_out
      if mediation_case.outcome != expected
        problems << "the sanction carried out is now #{mediation_case.outcome}, not #{expected}, without a decision"
      end
      problems
    end

    def names(ids)
      ids.map { @world.name_of(_1) || _1 }.join(" ")
    end
  end
end
