# frozen_string_literal: true

require_relative "../pg_helper"

RSpec.describe "what the pages read from a case" do
  before { configure_mediation }

  let!(:mediation_case) { ask_for_help }

  it "tells a requester where their request stands, withdrawn or not" do
    request = mediation_case.help_requests.first
    expect(request.status).to eq(mediation_case.requester_status)
    request.update!(withdrawn_at: Time.zone.now)
    expect(request.status).to eq(:withdrawn)
  end

  it "gives the first response a date from the site's setting and says what happens next" do
    SiteSetting.mediation_first_response_hours = 12
    expect(mediation_case.first_response_due_at).to eq_time(mediation_case.created_at + 12.hours)
    expect(mediation_case.open?).to eq(true)
    expect(mediation_case.next_step).to eq(
      DiscourseMediation::Rules::Case::NextStep.for(
        state: "requested",
        first_response_due_at: mediation_case.first_response_due_at,
        statement_closes_at: nil,
        ballot_ends_at: nil,
      ),
    )
  end

  it "lists every part of a report when none was saved" do
    reason = DiscourseMediation::Report::Policy::Complete.missing_everything_reason
    DiscourseMediation::Rules::DueProcess::ReportRules::PARTS.each do |part|
      expect(reason).to include(I18n.t("discourse_mediation.errors.report_parts.#{part}"))
    end
  end

  it "never rewrites a ballot paper or a list item's old version once stored" do
    behaviour = DiscourseMediation::Behaviour.find_by(key: "threats")
    expect { behaviour.versions.first.update!(title: "Changed") }.to raise_error(
      ActiveRecord::ReadOnlyRecord,
    )
    expect(behaviour.retired?).to eq(false)
    voters = add_voters(3)
    ballot = open_vote(mediation_case).ballot
    cast(ballot, voters.first, "no_action")
    paper = DiscourseMediation::BallotPaper.find_by(ballot_id: ballot.id)
    expect(paper.readonly?).to eq(true)
  end
end

RSpec.describe DiscourseMediation::GuardianExtension do
  let(:public_post) { Fabricate(:post) }
  let(:message_post) { Fabricate(:post, topic: Fabricate(:private_message_topic, user: member)) }

  it "replaces members' conduct flags on public posts, and leaves staff, spam and messages alone" do
    expect(member.guardian.mediation_replaces_flag_on?(public_post)).to eq(true)
    expect(member.guardian.post_can_act?(public_post, :inappropriate)).to eq(false)
    expect(member.guardian.post_can_act?(public_post, :spam)).to eq(true)
    expect(member.guardian.post_can_act?(message_post, :inappropriate)).to eq(true)
    expect(moderator.guardian.post_can_act?(public_post, :inappropriate)).to eq(true)
  end

  it "keeps core's flags when the site turns the replacement off" do
    SiteSetting.mediation_replace_flag = false
    expect(member.guardian.post_can_act?(public_post, :inappropriate)).to eq(true)
  end
end

RSpec.describe "the transparency report as a post" do
  before { configure_mediation }

  it "writes the same cells as the page, with small counts hidden" do
    4.times { ask_for_help(on: Fabricate(:post), by: Fabricate(:member)) }
    DiscourseMediation::TransparencyRollup.refresh!
    report = DiscourseMediation::TransparencyQuery.new(period: :month)
    raw = DiscourseMediation::TransparencyPost.raw(report)
    expect(DiscourseMediation::TransparencyPost.title(report)).to eq(
      I18n.t(
        "discourse_mediation.transparency.post_title",
        period: I18n.t("discourse_mediation.transparency.periods.month"),
      ),
    )
    expect(raw).to include("| 4 |", I18n.t("discourse_mediation.transparency.too_few"))
    expect(report.outcome_titles.keys).to eq(DiscourseMediation::Defaults::LADDER.map { _1[:key] })
    expect(
      DiscourseMediation::TransparencyPost.cell(
        DiscourseMediation::Rules::Record::Transparency::FEWER,
      ),
    ).to eq(I18n.t("discourse_mediation.transparency.fewer_than_3"))
  end
end

RSpec.describe Jobs::DiscourseMediation::SendMediationReportNotices do
  before { configure_mediation }

  it "tells the person concerned the extension decision and its reason, once" do
    mediation_case = submit_report(ask_for_help)
    succeed(
      DiscourseMediation::Statement::RequestExtension.call(
        params: {
          case_id: mediation_case.id,
          reason: "Away",
        },
        guardian: author.guardian,
      ),
    )
    succeed(
      DiscourseMediation::Statement::DecideExtension.call(
        params: {
          case_id: mediation_case.id,
          decision: "declined",
          reason: "The window is long enough",
        },
        guardian: other_mediator.guardian,
      ),
    )
    2.times do
      run_job(
        Jobs::DiscourseMediation::SendMediationReportNotices,
        case_id: mediation_case.id,
        kind: "extension_decision",
      )
    end
    sent = PostCreator.created.select { _1[:opts][:raw].include?("The window is long enough") }
    expect(sent.map { _1[:opts][:target_usernames] }).to eq([author.username])
  end
end
