# frozen_string_literal: true

require_relative "pg_helper"

# Four people who read PostgreSQL try to say how each voter voted, on a
# site's first ballot (fresh tables), with random choices, each vote its own
# committed transaction through the real Ballot::Cast, the close through the
# real BallotBox and the vacuum through its real job:
# - a reader who reads every table after every vote (SQL, Data Explorer);
# - pageinspect on the heap and the indexes after the close, before any VACUUM;
# - the statement log, with log_statement = 'mod';
# - pageinspect after the close and the vacuum, while another session held a
#   snapshot open across the whole ballot (a long pg_dump, a replica).
# A fifth also holds the server's secret: it links everyone while the ballot
# is open, and nobody once it has closed and been vacuumed.
# The attackers are in spec/pg/support/ballot_adversary.rb; the figures bin/test
# prints come from here.
RSpec.describe "ballot secrecy against a database reader", :concurrent do
  TRIALS = 3
  FIGURE_FILE = File.join(PLUGIN_ROOT, "tmp", "ballot-linkage.txt")
  # The attackers' scores are expectations, not samples: an attacker that
  # learns nothing scores chance exactly. A voter more is a leak.
  LINKAGE_MARGIN = 1.0

  # The statement log is on only while an example runs, as a server that logs
  # writes would have it.
  around do |example|
    BallotAdversary.enable_pageinspect!
    BallotAdversary.log_statements!(true)
    example.run
  ensure
    BallotAdversary.log_statements!(false)
  end

  before do
    configure_mediation
    # Autovacuum would only help the defence; the attackers get every dead row.
    BallotAdversary::BALLOT_TABLES.each do
      BallotAdversary.connection.execute("ALTER TABLE #{_1} SET (autovacuum_enabled = false)")
    end
  end

  after do
    BallotAdversary::BALLOT_TABLES.each do
      BallotAdversary.connection.execute("ALTER TABLE #{_1} RESET (autovacuum_enabled)")
    end
  end

  # Each ballot on fresh tables, with a roll of its own.
  def open_ballot(voter_list)
    BallotAdversary.connection.execute("TRUNCATE #{BallotAdversary::BALLOT_TABLES.join(", ")}")
    mediation_case =
      open_vote(ask_for_help(on: Fabricate(:post, user: author), by: Fabricate(:member)))
    ballot = mediation_case.ballot
    expect(ballot.eligible_count).to eq(voter_list.size)
    ballot
  end

  def new_roll(count)
    GroupUser.where(group_id: voters.id).delete_all
    add_voters(count)
  end

  def choose(ballot)
    (ballot.options + [DiscourseMediation::Rules::Ballot::Tally::ABSTAIN]).sample
  end

  def salts(ballot)
    BallotAdversary.connection.select_values(
      "SELECT salt FROM #{BallotAdversary::SEALS} WHERE ballot_id = #{ballot.id}",
    )
  end

  def vacuum!
    run_job(Jobs::DiscourseMediation::VacuumBallotPapers)
  end

  # One ballot watched by the reader after every vote, the statement log,
  # pageinspect before the vacuum and the secret holder.
  def watched_ballot(count)
    voter_list = new_roll(count)
    ballot = open_ballot(voter_list)
    log_offset = File.size(POSTGRES.log_file)
    truth = {}
    live = []
    secret_salts = salts(ballot)
    before = BallotAdversary.live_state(ballot)
    voter_list.shuffle.each do |voter|
      truth[voter.id] = choose(ballot)
      cast(ballot, voter, truth[voter.id])
      after = BallotAdversary.live_state(ballot)
      live << BallotAdversary.live_event(before, after)
      secret_salts |= salts(ballot)
      before = after
    end
    during = { events: live, reveal: BallotAdversary.opener(ballot, secret_salts) }
    DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
    plain = BallotAdversary.plain_reader(ballot)

    seen = {
      live: {
        events: live,
        reveal: plain,
      },
      dead: {
        events: BallotAdversary.page_events(ballot),
        reveal: plain,
      },
      log: {
        events: BallotAdversary.log_events(log_offset, ballot),
        reveal: plain,
      },
    }
    index_entries = BallotAdversary::BALLOT_TABLES.flat_map { BallotAdversary.index_entries(_1) }
    vacuum!
    left = BallotAdversary.leftovers
    after_close = {
      events: BallotAdversary.page_events(ballot),
      reveal: BallotAdversary.opener(ballot, left[:salts]),
    }
    {
      truth:,
      seen:,
      during:,
      after_close:,
      index_entries:,
      leftovers: left,
      seal_values: secret_salts,
    }
  end

  # One ballot while another session holds a snapshot from before the first vote.
  def ballot_under_held_snapshot(count)
    voter_list = new_roll(count)
    ballot = open_ballot(voter_list)
    holder = PG.connect(host: POSTGRES.socket_dir, user: "postgres", dbname: POSTGRES.database)
    holder.exec("BEGIN ISOLATION LEVEL REPEATABLE READ")
    holder.exec("SELECT 1")
    truth = {}
    voter_list.shuffle.each do |voter|
      truth[voter.id] = choose(ballot)
      cast(ballot, voter, truth[voter.id])
    end
    DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
    vacuum!
    plain = BallotAdversary.plain_reader(ballot)
    { truth:, held: { events: BallotAdversary.page_events(ballot), reveal: plain } }
  ensure
    holder&.exec("ROLLBACK")
    holder&.close
  end

  def score(observation, truth)
    BallotAdversary.score(observation[:events], truth, observation[:reveal])
  end

  def linked(observation)
    BallotAdversary.link(observation[:events]).size
  end

  [12, 30].each do |count|
    it "links no more of #{count} voters to their choice than chance does, whoever reads the database" do
      results = Array.new(TRIALS) { [watched_ballot(count), ballot_under_held_snapshot(count)] }

      mean = ->(&blk) { results.sum { |watched, held| blk.call(watched, held) }.to_f / TRIALS }
      chance = mean.call { |watched, _| BallotAdversary.chance(watched[:truth]) }
      chance_held = mean.call { |_, held| BallotAdversary.chance(held[:truth]) }
      figures = {
        live: mean.call { |w, _| score(w[:seen][:live], w[:truth]) },
        dead: mean.call { |w, _| score(w[:seen][:dead], w[:truth]) },
        log: mean.call { |w, _| score(w[:seen][:log], w[:truth]) },
        held: mean.call { |_, h| score(h[:held], h[:truth]) },
      }
      during = mean.call { |w, _| score(w[:during], w[:truth]) }
      after_close = mean.call { |w, _| score(w[:after_close], w[:truth]) }

      File.open(FIGURE_FILE, "a") do |file|
        file.puts(
          format(
            "ballot linkage by a database reader: after every vote %.1f/%d, dead rows %.1f/%d, statement log %.1f/%d, held snapshot %.1f/%d (chance about %.1f)",
            figures[:live],
            count,
            figures[:dead],
            count,
            figures[:log],
            count,
            figures[:held],
            count,
            (chance + chance_held) / 2,
          ),
        )
        file.puts(
          format(
            "ballot linkage by a reader who also holds the server's secret: during the ballot %.1f/%d, after the close and VACUUM %.1f/%d (chance about %.1f)",
            during,
            count,
            after_close,
            count,
            chance,
          ),
        )
      end

      figures.each do |attacker, linked_voters|
        limit = (attacker == :held ? chance_held : chance) + LINKAGE_MARGIN
        expect([attacker, linked_voters]).to satisfy { linked_voters <= limit }
      end
      expect(after_close).to be <= chance + LINKAGE_MARGIN

      # The attacks are real: each one found which paper every voter cast...
      results.each do |watched, held|
        watched[:seen].each_value { |seen| expect(linked(seen)).to eq(count) }
        expect(linked(held[:held])).to eq(count)
      end
      # ... and the one holding the secret could read every paper while the ballot was open.
      expect(during).to eq(count.to_f)
      # Nothing of the papers or their seal is left in any page once vacuumed,
      # and no index ever held a paper's contents.
      results.each do |watched, _|
        expect(watched[:leftovers][:sealed]).to be_empty
        expect(watched[:leftovers][:salts] & watched[:seal_values]).to be_empty
        expect(watched[:index_entries].map(&:last).join).not_to match(
          /#{%w[no_action abstain].map { _1.unpack1("H*").scan(/../).join(" ") }.join("|")}/,
        )
      end
    end
  end
end
