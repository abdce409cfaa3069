# frozen_string_literal: true

require_relative "pg_helper"

# A reader with full access to the plugin's tables, system columns included,
# tries every ordering we could think of to link the roll (who voted) to the
# papers (what was voted). The votes commit for real, one transaction each,
# through the real Ballot::Cast. The figure bin/test prints comes from here.
RSpec.describe "ballot secrecy against a database reader", :concurrent do
  TRIALS = 3
  FIGURE_FILE = File.join(PLUGIN_ROOT, "tmp", "ballot-linkage.txt")

  ROLL_ORDERS = {
    "roll by row version" => "xmin::text::bigint, ctid",
    "roll by physical place" => "ctid",
    "roll by user id" => "user_id",
  }.freeze

  PAPER_ORDERS = {
    "papers by row version" => "xmin::text::bigint, ctid",
    "papers by physical place" => "ctid",
    "papers by receipt digest" => "receipt_digest",
  }.freeze

  before { configure_mediation }

  def connection
    ActiveRecord::Base.connection
  end

  def roll(ballot, order)
    connection.select_values(
      "SELECT user_id FROM discourse_mediation_ballot_voters WHERE ballot_id = #{ballot.id} AND voted ORDER BY #{order}",
    )
  end

  def papers(ballot, order)
    connection.select_values(
      "SELECT choice FROM discourse_mediation_ballot_papers WHERE ballot_id = #{ballot.id} ORDER BY #{order}",
    )
  end

  # The order an index scan on ballot_id returns the papers in.
  def papers_by_index(ballot)
    connection.transaction do
      connection.execute("SET LOCAL enable_seqscan = off")
      connection.execute("SET LOCAL enable_bitmapscan = off")
      connection.select_values(
        "SELECT choice FROM discourse_mediation_ballot_papers WHERE ballot_id = #{ballot.id}",
      )
    end
  end

  # Every pairing the reader can make: each roll order against each paper
  # order, forwards and backwards.
  def pairings(ballot)
    rolls = ROLL_ORDERS.values.map { |order| roll(ballot, order) }
    paper_lists = PAPER_ORDERS.values.map { |order| papers(ballot, order) } + [papers_by_index(ballot)]
    rolls.product(paper_lists).flat_map do |voters, choices|
      [voters.zip(choices), voters.zip(choices.reverse)]
    end
  end

  # The most voters any pairing links to their real choice.
  def best_linkage(ballot, truth)
    pairings(ballot).map { |pairs| pairs.count { |user_id, choice| truth[user_id] == choice } }.max
  end

  # What the same number of blind guesses links, on average, at best.
  def chance(truth, guesses)
    choices = truth.values
    samples =
      Array.new(300) do
        Array.new(guesses) { choices.shuffle.each_with_index.count { |choice, i| truth.values[i] == choice } }.max
      end
    samples.sum.to_f / samples.size
  end

  def trial(count)
    voter_list = add_voters(count)
    ballot = open_vote(ask_for_help(on: Fabricate(:post, user: author), by: Fabricate(:user))).ballot
    options = ballot.options + [DiscourseMediation::Rules::Ballot::Tally::ABSTAIN]
    truth = {}
    mid = nil
    voter_list.shuffle.each_with_index do |voter, index|
      choice = options.sample
      cast(ballot, voter, choice)
      truth[voter.id] = choice
      if index == count / 2
        so_far = truth.dup
        mid = { linked: best_linkage(ballot, so_far), chance: chance(so_far, pairings(ballot).size) }
      end
    end
    at_end = best_linkage(ballot, truth)
    connection.execute("VACUUM discourse_mediation_ballot_voters, discourse_mediation_ballot_papers")
    after_vacuum = best_linkage(ballot, truth)
    DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
    at_close = best_linkage(ballot, truth)
    {
      linked: [at_end, after_vacuum, at_close].max,
      mid:,
      chance: chance(truth, pairings(ballot).size),
    }
  end

  [12, 30].each do |count|
    it "links no more of #{count} voters to their choice than chance does" do
      results = Array.new(TRIALS) { trial(count) }
      linked = results.sum { _1[:linked] }.to_f / TRIALS
      expected = results.sum { _1[:chance] } / TRIALS
      File.open(FIGURE_FILE, "a") do |file|
        file.puts(
          format(
            "ballot linkage by a database reader: %.1f of %d (chance about %.1f), over %d trials",
            linked,
            count,
            expected,
            TRIALS,
          ),
        )
      end
      margin = [2.0, count * 0.15].max
      expect(linked).to be <= expected + margin
      mid_linked = results.sum { _1[:mid][:linked] }.to_f / TRIALS
      mid_chance = results.sum { _1[:mid][:chance] } / TRIALS
      expect(mid_linked).to be <= mid_chance + margin
    end
  end
end
