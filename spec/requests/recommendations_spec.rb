# frozen_string_literal: true

require_relative "../support/mediation_case_steps"

# Runs in Discourse's plugin CI (it needs a running Discourse), and here
# through spec/pg/requests_pg.rb.
RSpec.describe "Recommendations to other spaces" do
  include MediationCaseSteps

  fab!(:moderator)
  fab!(:core) { Fabricate(:group, name: "core") }
  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  fab!(:voters) { Array.new(3) { Fabricate(:user, groups: [core]) } }
  fab!(:mediator) { Fabricate(:user, groups: [mediators]) }
  fab!(:requester) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:outsider, :user)
  fab!(:author, :user)
  fab!(:reports) { Fabricate(:private_category, group: core) }
  fab!(:topic)
  fab!(:topic_post) { Fabricate(:post, topic:, user: author) }

  let(:mediation_case) { DiscourseMediation::MediationCase.last }
  let(:base) { "/mediation/cases/#{mediation_case.id}" }

  before { configure_mediation(mediators:, voters: core, reports:) }

  def carried_out(outcome = "cool_down")
    ask_for_help(topic_post, by: requester)
    escalate(mediation_case, mediator:)
    submit_complete_report(mediation_case, mediator:, recommended: %w[cool_down suspension])
    open_vote(mediation_case, subject: author)
    ballot = mediation_case.reload.ballot
    voters.each do |voter|
      DiscourseMediation::Ballot::Cast.call(
        params: {
          ballot_id: ballot.id,
          choice: outcome,
        },
        guardian: voter.guardian,
      )
    end
    freeze_time(ballot.closes_at + 1.minute)
    Jobs::DiscourseMediation::CloseMediationBallots.new.execute({})
    sign_in(moderator)
    terms = outcome == "no_action" ? {} : { duration_days: 7 }
    post "#{base}/implement.json", params: { reason: "Repeated insults.", **terms }
    expect(response.status).to eq(200)
  end

  def recommend(as: moderator, text: "Keep them out of triage for a week.", spaces: ["Matrix chat"])
    sign_in(as)
    post "#{base}/recommendations.json", params: { text:, spaces: }
  end

  def recommendation
    mediation_case.recommendations.reload.last
  end

  it "records it and answers with the case page, which shows it to the moderator" do
    carried_out
    recommend(spaces: ["Matrix chat", "GitHub repository"])
    expect(response.status).to eq(200)
    entry = response.parsed_body["mediation_case"]["recommendations"].sole
    expect(entry["spaces"]).to eq(["Matrix chat", "GitHub repository"])
    expect(entry["can_pass_on"]).to eq(false)
    expect(response.parsed_body["mediation_case"]["available_actions"]).to include("recommend")
  end

  it "refuses bad input with 422 and says what is wrong" do
    carried_out
    recommend(text: "")
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"].join).to include("Write the recommendation")
    recommend(spaces: [])
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"].join).to include("at least one space")
    recommend(spaces: ["x" * 61])
    expect(response.status).to eq(422)
    expect(recommendation).to be_nil
  end

  it "refuses a sixth recommendation with 422 and the reason" do
    carried_out
    5.times { |n| recommend(text: "Recommendation #{n}") }
    recommend(text: "One more")
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"]).to eq(
      [I18n.t("discourse_mediation.errors.recommendations.too_many", count: 5)],
    )
  end

  it "refuses a recommendation after No action with 422" do
    carried_out("no_action")
    recommend
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"]).to eq(
      [I18n.t("discourse_mediation.errors.recommendations.no_sanction")],
    )
  end

  it "refuses a double submission with 409" do
    carried_out
    recommend
    recommend
    expect(response.status).to eq(409)
    expect(response.parsed_body["errors"]).to eq(
      [I18n.t("discourse_mediation.errors.recommendations.already_made")],
    )
  end

  it "answers 403 to the case's mediator, the requester and anyone outside the mediators" do
    carried_out
    recommend(as: mediator)
    expect(response.status).to eq(403)
    recommend(as: outsider)
    expect(response.status).to eq(403)
    recommend(as: requester)
    expect(response.status).to eq(403)
    expect(recommendation).to be_nil
  end

  it "answers 409 before the outcome is carried out" do
    ask_for_help(topic_post, by: requester)
    recommend
    expect(response.status).to eq(409)
  end

  it "lets the person concerned answer once, then a moderator pass it on once" do
    carried_out
    recommend
    put "#{base}/recommendations/#{recommendation.id}/passed-on.json"
    expect(response.status).to eq(409)
    expect(response.parsed_body["errors"].join).to include("still has time to answer")

    sign_in(author)
    get "#{base}/statement.json"
    expect(response.parsed_body["statement_page"]["recommendations"].sole["can_answer"]).to eq(true)
    post "#{base}/recommendations/#{recommendation.id}/answer.json", params: { reason: "I agree." }
    expect(response.status).to eq(200)
    expect(response.parsed_body["statement_page"]["recommendations"].sole).to include(
      "answer" => "I agree.",
      "can_answer" => false,
    )
    post "#{base}/recommendations/#{recommendation.id}/answer.json", params: { reason: "Again" }
    expect(response.status).to eq(409)

    sign_in(moderator)
    put "#{base}/recommendations/#{recommendation.id}/passed-on.json"
    expect(response.status).to eq(200)
    entry = response.parsed_body["mediation_case"]["recommendations"].sole
    expect(entry["passed_on_by"]["username"]).to eq(moderator.username)
    put "#{base}/recommendations/#{recommendation.id}/passed-on.json"
    expect(response.status).to eq(409)
    put "#{base}/recommendations/0/passed-on.json"
    expect(response.status).to eq(404)
  end

  it "does not let the requester answer, and hides the case from an outsider" do
    carried_out
    recommend
    sign_in(requester)
    post "#{base}/recommendations/#{recommendation.id}/answer.json", params: { reason: "Me" }
    expect(response.status).to eq(404)
    sign_in(outsider)
    post "#{base}/recommendations/#{recommendation.id}/answer.json", params: { reason: "Me" }
    expect(response.status).to eq(404)
    expect(recommendation.answer).to be_nil
  end

  it "refuses spaces or text in the wrong shape with 422 and a clear reason" do
    carried_out
    sign_in(moderator)
    post "#{base}/recommendations.json", params: { text: "Keep out.", spaces: { a: "Matrix" } }
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"]).to eq(
      [I18n.t("discourse_mediation.errors.recommendations.spaces_not_list")],
    )
    post "#{base}/recommendations.json", params: { text: "Keep out.", spaces: [%w[a b]] }
    expect(response.status).to eq(422)
    post "#{base}/recommendations.json", params: { text: { a: "b" }, spaces: ["Matrix"] }
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"]).to eq(
      [I18n.t("discourse_mediation.errors.recommendations.text_not_text")],
    )
    recommend(text: "\u00A0\u200B")
    expect(response.status).to eq(422)
    expect(recommendation).to be_nil
    recommend(spaces: ["0x10"])
    expect(response.status).to eq(200)
    expect(recommendation.spaces).to eq(["0x10"])
  end

  it "refuses with 409 and the reason while an appeal is voted on, and after it lowers to No action" do
    appeal_group = Fabricate(:group)
    Array.new(3) { Fabricate(:user, groups: [appeal_group]) }
    SiteSetting.mediation_appeal_groups = appeal_group.id.to_s
    carried_out
    recommend
    made = recommendation
    sign_in(author)
    post "#{base}/recommendations/#{made.id}/answer.json", params: { reason: "I agree." }
    expect(response.status).to eq(200)
    # The outcome message (a job, not run here) starts the time to appeal.
    mediation_case.update!(outcome_told_at: Time.zone.now)
    appealed =
      DiscourseMediation::Statement::Appeal.call(
        params: {
          case_id: mediation_case.id,
          statement: "I apologised.",
        },
        guardian: author.guardian,
      )
    expect(appealed.success?).to eq(true)
    recommend(text: "Another one")
    expect(response.status).to eq(409)
    expect(response.parsed_body["errors"]).to eq(
      [I18n.t("discourse_mediation.errors.recommendations.appeal_open")],
    )
    put "#{base}/recommendations/#{made.id}/passed-on.json"
    expect(response.status).to eq(409)
    expect(response.parsed_body["errors"]).to eq(
      [I18n.t("discourse_mediation.errors.recommendations.appeal_open")],
    )
    get "#{base}.json"
    json = response.parsed_body["mediation_case"]
    expect(json["available_actions"]).not_to include("recommend")
    expect(json["recommendations"].sole["can_pass_on"]).to eq(false)

    mediation_case.update!(outcome: "no_action")
    mediation_case.appeal_ballot.update!(closed_at: Time.zone.now)
    put "#{base}/recommendations/#{made.id}/passed-on.json"
    expect(response.status).to eq(409)
    expect(response.parsed_body["errors"]).to eq(
      [I18n.t("discourse_mediation.errors.recommendations.sanction_lifted")],
    )
  end

  it "shows the recommended spaces in the archive only to moderators who may read them" do
    carried_out
    recommend(spaces: ["Matrix chat"])
    involved = Fabricate(:moderator)
    DiscourseMediation::CasePerson.create!(
      case_id: mediation_case.id,
      user_id: involved.id,
      subject: false,
    )
    sign_in(involved)
    get "#{base}.json"
    expect(response.status).to eq(404)
    get "/mediation/archive.json"
    row = response.parsed_body["cases"].find { |c| c["id"] == mediation_case.id }
    expect(row).to be_present
    expect(row).not_to have_key("recommended_spaces")
    expect(response.body).not_to include("Matrix")
  end

  it "names the spaces in the moderators' archive, and keeps it from the transparency report" do
    carried_out
    recommend(spaces: ["Matrix chat", "GitHub repository"])
    get "/mediation/archive.json"
    row = response.parsed_body["cases"].find { |c| c["id"] == mediation_case.id }
    expect(row["recommended_spaces"]).to eq(["Matrix chat", "GitHub repository"])
    get "/mediation/transparency.json"
    expect(response.status).to eq(200)
    expect(response.body).not_to include("Matrix", "triage")
  end
end
