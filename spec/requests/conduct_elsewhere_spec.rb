# frozen_string_literal: true

require_relative "../support/mediation_case_steps"

# Runs in Discourse's plugin CI (it needs a running Discourse).
# A case about conduct outside the forum, as the queue, "My help requests"
# and the archive answer it: no post, no excerpt, where it happened as its
# title, and the case page refusing to cool down a topic it does not have.
RSpec.describe "a case about conduct outside the forum, in the JSON" do
  include MediationCaseSteps

  fab!(:moderator)
  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  fab!(:mediator) { Fabricate(:user, groups: [mediators]) }
  fab!(:requester) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:author, :user)

  let(:title) { I18n.t("discourse_mediation.elsewhere_title", where: "the #infra Matrix room") }
  let!(:mediation_case) do
    opened =
      DiscourseMediation::MediationCase.create!(
        conduct_place: "elsewhere",
        conduct_where: "the #infra Matrix room",
        conduct_on: 3.days.ago.to_date,
        subject_id: author.id,
      )
    opened.people.create!(user_id: author.id, subject: true)
    opened.help_requests.create!(
      user: requester,
      kind: "deescalate",
      message: "They called my patch worthless in front of everyone.",
      consent_to_be_named: false,
    )
    opened
  end

  before { configure_mediation(mediators:) }

  it "shows mediators a queue row with no post, and the limits to open such a case" do
    sign_in(mediator)
    get "/mediation/cases.json", params: { filter: "unassigned" }
    expect(response.status).to eq(200)
    expect(response.parsed_body["evidence_limits"]).to eq(
      DiscourseMediation::Limits.for_evidence.as_json,
    )
    row = response.parsed_body["cases"].sole
    expect(row).to include(
      "id" => mediation_case.id,
      "conduct_place" => "elsewhere",
      "topic_title" => title,
      "post_excerpt" => "",
      "post_url" => nil,
    )
    expect(response.body).not_to include(requester.username)
  end

  it "shows the member who asked their request with no post link, and the limits to ask again" do
    sign_in(requester)
    get "/mediation/help-requests.json"
    expect(response.status).to eq(200)
    expect(response.parsed_body["evidence_limits"]).to eq(
      DiscourseMediation::Limits.for_evidence.as_json,
    )
    expect(response.parsed_body["help_requests"].sole).to include(
      "conduct_place" => "elsewhere",
      "topic_title" => title,
      "post_url" => nil,
      "can_withdraw" => true,
    )
  end

  it "refuses to cool down a topic the case does not have, and says why" do
    mediation_case.update!(state: "mediating", mediator:)
    sign_in(mediator)
    post "/mediation/cases/#{mediation_case.id}/cool-down.json",
         params: {
           mode: "slow_mode",
           interval_seconds: 3600,
           hours: 2,
           reason: "Let it rest",
         }
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"]).to eq(
      [I18n.t("discourse_mediation.errors.cool_down_not_public.elsewhere")],
    )
  end

  it "lists the ended case in the archive by where it happened, found by it too" do
    mediation_case.update!(state: "closed", ended_at: 1.day.ago, outcome: "no_action")
    sign_in(moderator)
    get "/mediation/archive.json", params: { q: "#infra" }
    expect(response.status).to eq(200)
    expect(response.parsed_body["cases"].sole).to include(
      "id" => mediation_case.id,
      "topic_title" => title,
      "subject_username" => author.username,
    )
    expect(response.body).not_to include(requester.username)
  end
end
