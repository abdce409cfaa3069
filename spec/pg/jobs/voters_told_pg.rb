# frozen_string_literal: true

require_relative "../pg_helper"

# Voters learn that a vote is open from a message of their own: the roll,
# never the members of the voter groups the case recused.
RSpec.describe Jobs::DiscourseMediation::TellVotersBallotOpened do
  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }
  # Asks for help, so is recused from the case's roll.
  let!(:requesting_voter) { Fabricate(:member, groups: [voters]) }
  let!(:mediation_case) { ask_for_help(by: requesting_voter) }

  def told
    PostCreator.created.select { _1[:opts][:title].to_s.include?("A vote is open for you") }
  end

  it "tells each voter on the roll once, with the ballot and its closing time" do
    open_vote(mediation_case)
    ballot = mediation_case.reload.ballot
    2.times { run_enqueued_jobs }
    expect(told.map { _1[:opts][:target_usernames] }).to match_array(voter_list.map(&:username))
    expect(told.first[:opts][:raw]).to include(
      "/mediation/ballots/#{ballot.id}",
      DiscourseMediation::Notices::SystemMessage.time(ballot.closes_at),
    )
    2.times { described_class.new.execute(ballot_id: ballot.id) }
    expect(told.size).to eq(3)
  end

  it "tells nobody once the ballot has closed" do
    open_vote(mediation_case)
    ballot = mediation_case.reload.ballot
    DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
    described_class.new.execute(ballot_id: ballot.id)
    expect(told).to be_empty
  end
end
