# frozen_string_literal: true

require_relative "../support/mediation_case_steps"

# Runs in Discourse's plugin CI (it needs a running Discourse), and in
# spec/pg/requests_pg.rb on the stand-ins.
RSpec.describe "voters' questions to the mediators" do
  include MediationCaseSteps

  fab!(:moderator)
  fab!(:core) { Fabricate(:group, name: "core") }
  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  fab!(:voters) { Array.new(3) { Fabricate(:user, groups: [core]) } }
  fab!(:mediator) { Fabricate(:user, groups: [mediators]) }
  fab!(:requester) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:author, :user)
  fab!(:outsider, :user)
  fab!(:reports) { Fabricate(:private_category, group: core) }
  fab!(:topic)
  fab!(:topic_post) { Fabricate(:post, topic:, user: author) }

  let(:mediation_case) { DiscourseMediation::MediationCase.last }
  let(:ballot) { mediation_case.reload.ballot }
  let(:question_text) { "Did the mediator offer a private conversation?" }

  before do
    configure_mediation(mediators:, voters: core, reports:)
    ask_for_help(topic_post, by: requester)
    escalate(mediation_case, mediator:)
    submit_complete_report(mediation_case, mediator:, recommended: %w[formal_warning])
    open_vote(mediation_case, subject: author)
  end

  def ask(user, question = question_text)
    sign_in(user)
    post "/mediation/ballots/#{ballot.id}/questions.json", params: { question: }
  end

  def answer(user, question_id, raw = "Yes, twice.")
    sign_in(user)
    put "/mediation/cases/#{mediation_case.id}/questions/#{question_id}.json", params: { raw: }
  end

  def error
    response.parsed_body["errors"].first
  end

  describe "asking, on the ballot" do
    it "takes a voter's question and answers with the ballot, the question marked theirs" do
      ask(voters[0])
      expect(response.status).to eq(200)
      expect(response.parsed_body.dig("ballot", "questions")).to match(
        [hash_including("question" => question_text, "mine" => true, "answered" => false)],
      )
      expect(response.body).not_to include(voters[0].username)

      sign_in(voters[1])
      get "/mediation/ballots/#{ballot.id}.json"
      expect(response.parsed_body.dig("ballot", "questions", 0, "mine")).to eq(false)
      expect(response.parsed_body.dig("ballot", "can_ask_question")).to eq(true)
    end

    it "refuses an empty question and one over the limit in words, writing nothing" do
      ask(voters[0], "  ")
      expect(response.status).to eq(422)
      expect(error).to eq(I18n.t("discourse_mediation.errors.question_empty"))
      ask(voters[0], "x" * (DiscourseMediation::BallotQuestion::MAX_LENGTH + 1))
      expect(response.status).to eq(422)
      expect(error).to eq(
        I18n.t(
          "discourse_mediation.errors.question_too_long",
          count: DiscourseMediation::BallotQuestion::MAX_LENGTH,
        ),
      )
      expect(DiscourseMediation::BallotQuestion.count).to eq(0)
    end

    it "refuses the same question sent twice" do
      ask(voters[0])
      ask(voters[0])
      expect(response.status).to eq(409)
      expect(error).to eq(I18n.t("discourse_mediation.errors.question_already_asked"))
      expect(DiscourseMediation::BallotQuestion.count).to eq(1)
    end

    it "refuses someone who is not on the roll, saying why, and does not tell an outsider the ballot exists" do
      ask(moderator)
      expect(response.status).to eq(403)
      expect(error).to eq(I18n.t("discourse_mediation.errors.not_a_voter"))
      ask(outsider)
      expect(response.status).to eq(404)
      expect(DiscourseMediation::BallotQuestion.count).to eq(0)
    end

    it "refuses once the ballot has closed" do
      freeze_time(ballot.closes_at + 1.minute)
      ask(voters[0])
      expect(response.status).to eq(409)
      expect(error).to eq(I18n.t("discourse_mediation.errors.ballot_closed"))
    end
  end

  describe "answering, on the case page" do
    let(:question_id) do
      ask(voters[0])
      response.parsed_body.dig("ballot", "questions", 0, "id")
    end

    it "adds the answer to the case file, once, and answers with the case" do
      answer(mediator, question_id)
      expect(response.status).to eq(200)
      detail = response.parsed_body["mediation_case"]
      expect(detail["questions"]).to match(
        [
          hash_including(
            "id" => question_id,
            "question" => question_text,
            "answer" => hash_including("role" => "mediators", "kind" => "clarification"),
          ),
        ],
      )
      expect(detail["statements"].last).to include(
        "question" => question_text,
        "raw" => "Yes, twice.",
      )
      expect(response.body).not_to include(voters[0].username)

      answer(mediator, question_id, "Again")
      expect(response.status).to eq(409)
      expect(error).to eq(I18n.t("discourse_mediation.errors.question_already_answered"))
    end

    it "refuses an empty answer in words" do
      answer(mediator, question_id, " ")
      expect(response.status).to eq(422)
      expect(error).to eq(I18n.t("discourse_mediation.errors.answer_empty"))
    end

    it "is not for the person concerned or a voter, nor for a question that is not there" do
      id = question_id
      [author, voters[1]].each do |user|
        answer(user, id)
        expect(response.status).to eq(403)
      end
      answer(mediator, -1)
      expect(response.status).to eq(404)
      expect(DiscourseMediation::Statement.where(kind: "clarification").count).to eq(0)
    end
  end
end
