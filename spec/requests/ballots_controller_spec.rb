# frozen_string_literal: true

require_relative "../support/mediation_case_steps"

# Runs in Discourse's plugin CI (it needs a running Discourse).
RSpec.describe DiscourseMediation::BallotsController do
  include MediationCaseSteps

  fab!(:moderator)
  fab!(:core) { Fabricate(:group, name: "core") }
  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  fab!(:voters) { Array.new(4) { Fabricate(:user, groups: [core]) } }
  fab!(:mediator) { Fabricate(:user, groups: [mediators, core]) }
  fab!(:requester) do
    Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true, groups: [core])
  end
  fab!(:author) { Fabricate(:user, groups: [core]) }
  fab!(:outsider, :user)
  fab!(:reports) { Fabricate(:private_category, group: core) }
  fab!(:topic)
  fab!(:topic_post) { Fabricate(:post, topic:, user: author) }

  let(:mediation_case) { DiscourseMediation::MediationCase.last }
  let(:ballot) { mediation_case.reload.ballot }

  before do
    configure_mediation(mediators:, voters: core, reports:)
    ask_for_help(topic_post, by: requester)
    escalate(mediation_case, mediator:)
    submit_complete_report(mediation_case, mediator:, recommended: %w[suspension formal_warning])
    open_vote(mediation_case, subject: author)
  end

  def vote(user, choice)
    sign_in(user)
    post "/mediation/ballots/#{ballot.id}/vote.json", params: { choice: }
  end

  def close_ballot
    freeze_time(ballot.closes_at + 1.minute)
    Jobs::DiscourseMediation::CloseMediationBallots.new.execute({})
    ballot.reload
  end

  it "opens with No action first, then the recommended steps in severity order" do
    expect(mediation_case.reload.state).to eq("voting")
    expect(ballot.options).to eq(%w[no_action formal_warning suspension])
    expect(ballot.closes_at).to eq_time(ballot.opens_at + 72.hours)
  end

  it "puts the voter groups on the roll, minus the subject, the requesters and the mediators" do
    expect(ballot.voters.pluck(:user_id)).to match_array(voters.map(&:id))
    expect(ballot.eligible_count).to eq(4)
  end

  it "posts the report in the reports category, where the ballot shows" do
    Jobs::DiscourseMediation::PostMediationReportTopic.new.execute(ballot_id: ballot.id)
    report_topic = ballot.reload.topic
    expect(report_topic.category_id).to eq(reports.id)
    expect(report_topic.first_post.raw).to include("Insults")
    expect(report_topic.first_post.raw).not_to include(requester.username)
  end

  describe "#vote" do
    it "records that a voter voted and the paper apart, and hands back a receipt once" do
      vote(voters[0], "formal_warning")
      expect(response.status).to eq(200)
      expect(response.parsed_body["receipt"]).to match(/\A[A-Z0-9]{4}(-[A-Z0-9]{4}){3}\z/)
      expect(response.parsed_body.dig("ballot", "voter_status")).to eq("voted")
      papers = DiscourseMediation::BallotPaper.where(ballot_id: ballot.id)
      expect(papers.pluck(:choice)).to eq([nil])
      expect(papers.pluck(:sealed).first).to be_present

      get "/mediation/ballots/#{ballot.id}.json"
      expect(response.body).not_to include("receipt")
    end

    it "refuses a second vote, and a change of mind" do
      vote(voters[0], "formal_warning")
      vote(voters[0], "no_action")
      expect(response.status).to eq(409)
      expect(DiscourseMediation::BallotPaper.where(ballot_id: ballot.id).count).to eq(1)
    end

    it "tells the recused why they cannot vote" do
      vote(mediator, "no_action")
      expect(response.status).to eq(403)
      expect(response.parsed_body["errors"].first).to include("you mediated it")
      vote(requester, "no_action")
      expect(response.parsed_body["errors"].first).to include("you asked for help")
      vote(author, "no_action")
      expect(response.parsed_body["errors"].first).to eq(
        I18n.t("discourse_mediation.errors.recused_subject"),
      )
    end

    it "refuses someone who joined the voter group after it opened" do
      late = Fabricate(:user, groups: [core])
      vote(late, "no_action")
      expect(response.status).to eq(403)
    end

    it "refuses an option the report did not recommend" do
      vote(voters[0], "long_suspension")
      expect(response.status).to eq(422)
    end

    it "refuses votes after closing" do
      close_ballot
      vote(voters[0], "no_action")
      expect(response.status).to eq(409)
    end
  end

  describe "#show" do
    it "hides every count until closing, from voters and staff alike" do
      vote(voters[0], "suspension")
      [voters[1], moderator].each do |viewer|
        sign_in(viewer)
        get "/mediation/ballots/#{ballot.id}.json"
        expect(response.status).to eq(200)
        expect(response.parsed_body.dig("ballot", "results")).to be_nil
      end
    end

    it "is not for people outside the voter groups and staff, who are not told it exists" do
      sign_in(outsider)
      get "/mediation/ballots/#{ballot.id}.json"
      expect(response.status).to eq(404)
    end

    it "shows the recused their reason" do
      sign_in(mediator)
      get "/mediation/ballots/#{ballot.id}.json"
      expect(response.parsed_body.dig("ballot", "voter_status")).to eq("recused")
      expect(response.parsed_body.dig("ballot", "recusal_reason")).to eq("mediator")
    end

    it "shows the totals, turnout, quorum and outcome after closing" do
      vote(voters[0], "no_action")
      vote(voters[1], "formal_warning")
      vote(voters[2], "suspension")
      close_ballot
      sign_in(voters[3])
      get "/mediation/ballots/#{ballot.id}.json"
      results = response.parsed_body.dig("ballot", "results")
      expect(results["outcome"]).to eq("formal_warning")
      expect(results["quorum_met"]).to eq(true)
      expect(results["cast"]).to eq(3)
      expect(results["counts"].map { _1["count"] }).to eq([1, 1, 1])
    end
  end

  describe "secrecy in the database" do
    it "stores nothing that links a voter to a ballot: sealed papers, all of one length" do
      vote(voters[0], "no_action")
      vote(voters[1], "suspension")
      vote(voters[2], "abstain")

      connection = ActiveRecord::Base.connection
      paper_columns = connection.columns("discourse_mediation_ballot_papers").map(&:name)
      roll_columns = connection.columns("discourse_mediation_ballot_voters").map(&:name)
      expect(paper_columns).to match_array(%w[ballot_id choice receipt_digest reason sealed])
      expect(roll_columns).to match_array(%w[ballot_id user_id voted])

      papers =
        DB.query_hash(
          "SELECT * FROM discourse_mediation_ballot_papers WHERE ballot_id = ?",
          ballot.id,
        )
      voter_ids = voters.map { _1.id.to_s }
      papers.each { |paper| expect(paper.values.map(&:to_s) & voter_ids).to be_empty }
      expect(papers.map { _1["choice"] }).to all(be_nil)
      expect(papers.map { _1["sealed"].bytesize }.uniq.size).to eq(1)
    end
  end

  describe "closing" do
    it "decides once, closes the report topic, and moves the case on" do
      Jobs::DiscourseMediation::PostMediationReportTopic.new.execute(ballot_id: ballot.id)
      vote(voters[0], "suspension")
      vote(voters[1], "suspension")
      vote(voters[2], "suspension")
      close_ballot
      Jobs::DiscourseMediation::CloseMediationBallots.new.execute({})

      expect(ballot.outcome).to eq("suspension")
      expect(ballot.topic.reload.closed).to eq(true)
      expect(mediation_case.reload.state).to eq("decided")
      expect(mediation_case.events.where(action: "close_ballot").count).to eq(1)
    end

    it "decides No action when quorum is not met, and lifts an interim measure" do
      mediation_case.update!(urgent: true)
      DiscourseMediation::Case::InterimSuspend.call(
        params: {
          case_id: mediation_case.id,
          reason: "Safety",
        },
        guardian: moderator.guardian,
      )
      expect(author.reload.silenced?).to eq(true)

      vote(voters[0], "suspension")
      close_ballot
      expect(ballot.quorum_met).to eq(false)
      expect(ballot.outcome).to eq("no_action")
      expect(author.reload.silenced?).to eq(false)
    end
  end

  describe "#verify" do
    it "checks a receipt only after closing, and says counted or not, never the choice" do
      vote(voters[0], "formal_warning")
      receipt = response.parsed_body["receipt"]

      post "/mediation/ballots/#{ballot.id}/verify.json", params: { receipt: }
      expect(response.status).to eq(409)

      close_ballot
      post "/mediation/ballots/#{ballot.id}/verify.json",
           params: {
             receipt: receipt.downcase.delete("-"),
           }
      expect(response.parsed_body).to eq("counted" => true)
      post "/mediation/ballots/#{ballot.id}/verify.json", params: { receipt: "AAAA-AAAA-AAAA-AAAA" }
      expect(response.parsed_body).to eq("counted" => false)
    end
  end

  it "keeps a vote's choice, receipt and reason out of the request log" do
    filter = ActiveSupport::ParameterFilter.new(Rails.application.config.filter_parameters)
    filtered =
      filter.filter(
        "choice" => "suspension",
        "receipt" => "ABCD-EFGH",
        "paper_reason" => "Why",
        "ballot_id" => "3",
      )
    expect(filtered).to eq(
      "choice" => "[FILTERED]",
      "receipt" => "[FILTERED]",
      "paper_reason" => "[FILTERED]",
      "ballot_id" => "3",
    )
  end
end
