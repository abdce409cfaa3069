# frozen_string_literal: true

require_relative "../support/mediation_case_steps"

# Runs in Discourse's plugin CI (it needs a running Discourse and a browser).
describe "Mediation | Voting" do
  include MediationCaseSteps

  let(:ballot_page) { PageObjects::Pages::MediationBallot.new }
  let(:mediation_case) { DiscourseMediation::MediationCase.last }
  let(:ballot) { mediation_case.reload.ballot }

  fab!(:core) { Fabricate(:group, name: "core") }
  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  fab!(:voter) { Fabricate(:user, groups: [core]) }
  fab!(:other_voters) { Array.new(3) { Fabricate(:user, groups: [core]) } }
  fab!(:mediator) { Fabricate(:user, groups: [mediators]) }
  fab!(:requester) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:author, :user)
  fab!(:reports) { Fabricate(:private_category, group: core) }
  fab!(:topic)
  fab!(:post) { Fabricate(:post, topic:, user: author) }

  before do
    configure_mediation(mediators:, voters: core, reports:)
    ask_for_help(post, by: requester)
    escalate(mediation_case, mediator:)
    submit_complete_report(mediation_case, mediator:, recommended: %w[formal_warning])
    open_vote(mediation_case, subject: author)
    sign_in(voter)
  end

  it "votes, keeps the receipt and finds it counted after the close" do
    ballot_page.visit_ballot(ballot).vote_for("no_action")
    receipt = ballot_page.receipt
    expect(receipt).to match(/\A[A-Z0-9]{4}(-[A-Z0-9]{4}){3}\z/)

    freeze_time(ballot.closes_at + 1.minute)
    Jobs::DiscourseMediation::CloseMediationBallots.new.execute({})

    ballot_page.visit_ballot(ballot).check_receipt(receipt)
    expect(ballot_page).to have_counted_receipt
  end
end
