# frozen_string_literal: true

module WholeProcess
  Step = Struct.new(:action, :actor, :arg) { def to_s = "#{actor} #{action}(#{arg})" }

  # What one sequence did: the steps it played, the stages the case reached
  # and what broke.
  Played = Struct.new(:steps, :violations, :reached)

  # Plays a sequence of steps on the real services and checks every
  # invariant after each one, inside a savepoint that is rolled back, so
  # every sequence starts from the same site. Without steps, it makes them
  # up as it goes from a seed, mostly from what makes sense in the case's
  # state and by who would plausibly act, sometimes anything by anyone.
  class Runner
    D = DiscourseMediation
    STARTS_AT = Time.utc(2026, 12, 1, 9)
    MAX_STEPS = 60
    ENDED = %w[resolved withdrawn archived].freeze
    # The stages a sequence's case can reach, for the figure bin/test prints.
    STAGES = %w[
      mediating
      report_draft
      awaiting_statements
      voting
      decided
      closed
      appeal
      appeal_decided
    ].freeze
    # The job that vacuums cannot run inside a transaction; it changes no row.
    SKIPPED_JOBS = [Jobs::DiscourseMediation::VacuumBallotPapers].freeze

    def initialize(spec, world)
      @spec = spec
      @world = world
      @actions = Actions.new(world, spec)
    end

    def play(seed:, steps: nil)
      rng = Random.new(seed)
      within_savepoint do
        oracle = Oracle.new(@world)
        played = []
        violations = []
        mediation_case = nil
        reached = Set.new
        MAX_STEPS.times do |index|
          step = steps ? steps[index] : invent(rng, mediation_case)
          break if step.nil?
          played << step
          violations = play_step(step, oracle, mediation_case) { mediation_case = _1 }
          reached.merge(stages_of(mediation_case))
          break if violations.any? || (steps.nil? && over?(mediation_case))
        end
        Played.new(
          played,
          violations.map { "step #{played.size} (#{played.last}): #{_1}" },
          reached,
        )
      end
    end

    # A shorter sequence that still breaks an invariant: chunks of steps are
    # dropped while it still does, halving the chunk when none can go, within
    # a budget of replays so that a badly broken build still finishes.
    def shrink(seed, steps, budget: 150)
      chunk = [steps.size / 2, 1].max
      loop do
        index = 0
        dropped = false
        while index < steps.size && budget.positive?
          budget -= 1
          candidate = steps[0...index] + steps[(index + chunk)..].to_a
          if candidate.any? && play(seed:, steps: candidate).violations.any?
            steps = candidate
            dropped = true
          else
            index += chunk
          end
        end
        break if budget <= 0 || (chunk == 1 && !dropped)
        chunk = [chunk / 2, 1].max if !dropped
      end
      play(seed:, steps:)
    end

    private

    def play_step(step, oracle, mediation_case)
      actor = @world.user(step.actor)
      before = fingerprint(mediation_case)
      violations = []
      result = @actions.call(step.action, actor, step.arg, mediation_case)
      run_enqueued_jobs
      if result.respond_to?(:failure?) && result.success?
        # A request after the case ended opens another case: no part in this one.
        other_case =
          mediation_case && result[:mediation_case] &&
            result[:mediation_case].id != mediation_case.id
        mediation_case ||= result[:mediation_case]
        yield mediation_case.reload
        if !other_case
          violations = oracle.check_actor(step.action, actor, mediation_case)
          oracle.record(step.action, actor, result, mediation_case)
        end
      elsif result.respond_to?(:failure?) && fingerprint(mediation_case) != before
        violations << "a refused #{step.action} changed the case"
      end
      violations + oracle.check_case(mediation_case&.reload, step)
    rescue StandardError => error
      ["#{step.action} raised #{error.class}: #{error.message.lines.first&.strip}"]
    end

    def invent(rng, mediation_case)
      state = mediation_case&.state
      fitting = Actions::KINDS.select { |_, kind| kind.states.include?(state) }
      pool = fitting.any? && rng.rand < 0.9 ? fitting : Actions::KINDS
      action = weighted(rng, pool)
      roles = Actions::KINDS[action].actors
      # Voters vote on the decision, the appeal groups on the appeal.
      roles = [state == "closed" ? :appeal_voters : :voters] if %i[vote step_aside].include?(action)
      names =
        rng.rand < 0.85 ? World::ROLES.fetch(roles[rng.rand(roles.size)]) : @world.everyone_names
      Step.new(action, names[rng.rand(names.size)], rng.rand(1 << 16))
    end

    def weighted(rng, pool)
      point = rng.rand(pool.values.sum(&:weight))
      pool.find { |_, kind| (point -= kind.weight).negative? }.first
    end

    def stages_of(mediation_case)
      return [] if mediation_case.nil?
      appeal = mediation_case.appeal_ballot
      [mediation_case.state, (appeal && "appeal"), (appeal&.closed? && "appeal_decided")].compact
    end

    # A case that ended, or whose appeal was decided, has nothing left to break.
    def over?(mediation_case)
      return false if mediation_case.nil?
      ENDED.include?(mediation_case.state) || mediation_case.appeal_ballot&.closed?
    end

    def run_enqueued_jobs
      until (job = Jobs.enqueued.shift).nil?
        job[:job].new.perform(job[:args]) if SKIPPED_JOBS.exclude?(job[:job])
      end
    end

    # Everything a refused step must leave as it was, in one query: the case
    # row, its requests, ballots, roll, papers and records, and the person
    # concerned's penalties.
    FINGERPRINT = <<~SQL
      WITH ballots AS (SELECT * FROM discourse_mediation_ballots WHERE case_id = :id)
      SELECT concat_ws('|',
        (SELECT row_to_json(c)::text FROM discourse_mediation_cases c WHERE id = :id),
        (SELECT string_agg(concat_ws(',', id, decision, updated_at), ';' ORDER BY id) FROM discourse_mediation_recusal_requests WHERE case_id = :id),
        (SELECT string_agg(concat_ws(',', id, eligible_count, closed_at, outcome), ';' ORDER BY id) FROM ballots),
        (SELECT string_agg(concat_ws(',', ballot_id, user_id, voted), ';' ORDER BY ballot_id, user_id)
           FROM discourse_mediation_ballot_voters WHERE ballot_id IN (SELECT id FROM ballots)),
        (SELECT count(*) FROM discourse_mediation_ballot_papers WHERE ballot_id IN (SELECT id FROM ballots)),
        (SELECT count(*) FROM discourse_mediation_case_events WHERE case_id = :id),
        (SELECT string_agg(concat_ws(',', id, withdrawn_at), ';' ORDER BY id) FROM discourse_mediation_help_requests WHERE case_id = :id),
        (SELECT count(*) FROM discourse_mediation_case_people WHERE case_id = :id),
        (SELECT count(*) FROM discourse_mediation_case_notes WHERE case_id = :id),
        (SELECT count(*) FROM discourse_mediation_statements WHERE case_id = :id),
        (SELECT string_agg(concat_ws(',', suspended_till, silenced_till), ';') FROM users
           WHERE id IN (SELECT user_id FROM discourse_mediation_case_people WHERE case_id = :id AND subject))
      )
    SQL

    def fingerprint(mediation_case)
      return nil if mediation_case.nil?
      ActiveRecord::Base.connection.select_value(
        ActiveRecord::Base.sanitize_sql([FINGERPRINT, { id: mediation_case.id }]),
      )
    end

    def within_savepoint
      connection = ActiveRecord::Base.connection
      outer = DB.test_transaction
      connection.begin_transaction(joinable: false, _lazy: false)
      DB.test_transaction = connection.current_transaction
      @spec.travel_to(STARTS_AT)
      Recorders.clear!
      yield
    ensure
      @spec.travel_back
      DB.test_transaction = outer
      connection.rollback_transaction
    end
  end
end
