# frozen_string_literal: true

require_relative "../support/mediation_case_steps"

# Conduct outside the forum through the JSON a browser reads: a member asks
# with evidence, a mediator opens a case, the case's mediator adds and
# removes pieces; and who may read a piece, its upload and who gave it.
# Runs in Discourse's plugin CI (it needs a running Discourse).
RSpec.describe "Conduct outside the forum" do
  include MediationCaseSteps

  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  fab!(:mediator) { Fabricate(:user, groups: [mediators], refresh_auto_groups: true) }
  fab!(:other_mediator) { Fabricate(:user, groups: [mediators], refresh_auto_groups: true) }
  fab!(:moderator)
  fab!(:voters) { Fabricate(:group, name: "voters") }
  fab!(:voter_list) { Array.new(3) { Fabricate(:user, groups: [voters]) } }
  fab!(:member) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:author) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:screenshot) do
    Fabricate(:upload, user: member, original_filename: "members-secret-name.png", filesize: 2048)
  end

  let(:quote_text) { "Nobody wants your patches here." }
  let(:evidence) do
    [
      { kind: "link", url: "https://github.com/org/repo/pull/4121", note: "The review" },
      { kind: "quote", quote: quote_text },
      { kind: "upload", upload_id: screenshot.id, note: "What they wrote" },
    ]
  end

  before { configure_mediation(mediators:, voters:) }

  def ask(consent: false, pieces: evidence)
    sign_in(member)
    post "/mediation/help-requests/elsewhere.json",
         params: {
           subject_username: author.username,
           where: "Review of pull request 4121",
           happened_on: 2.days.ago.to_date.iso8601,
           kind: "deescalate",
           message: "They wrote this under my pull request.",
           consent_to_be_named: consent,
           evidence: pieces,
         },
         as: :json
  end

  def case_page(mediation_case, as: mediator)
    sign_in(as)
    get "/mediation/cases/#{mediation_case.id}.json"
    response.parsed_body["mediation_case"]
  end

  def open_as_mediator(**overrides)
    sign_in(mediator)
    post "/mediation/cases/elsewhere.json",
         params: {
           subject_username: author.username,
           where: "Project chat",
           happened_on: 1.day.ago.to_date.iso8601,
           summary: "Insults in the chat, told by three members.",
           evidence: [],
           **overrides,
         },
         as: :json
  end

  let(:mediation_case) { DiscourseMediation::MediationCase.last }

  describe "a member asking" do
    it "opens a new case and answers with the request as the member sees it" do
      ask
      expect(response.status).to eq(200)
      body = response.parsed_body
      expect(body["joined_existing_case"]).to eq(false)
      expect(body["help_request"]).to include("kind" => "deescalate", "post_url" => nil)
      expect(mediation_case.elsewhere?).to eq(true)
      expect(mediation_case.evidence.count).to eq(3)
      expect(response.body).not_to include(quote_text)
    end

    it "reads the pieces as a form sends them, numbered, in their order" do
      sign_in(member)
      post "/mediation/help-requests/elsewhere.json",
           params: {
             subject_username: author.username,
             where: "Mailing list",
             happened_on: 2.days.ago.to_date.iso8601,
             kind: "other",
             message: "A thread on the list.",
             evidence: {
               "1" => {
                 kind: "upload",
                 upload_id: screenshot.id.to_s,
               },
               "0" => {
                 kind: "quote",
                 quote: quote_text,
               },
             },
           }
      expect(response.status).to eq(200)
      expect(mediation_case.evidence.pluck(:kind, :upload_id)).to eq(
        [["quote", nil], ["upload", screenshot.id]],
      )
    end

    it "answers bad fields with every reason, and asking twice with 409" do
      ask(pieces: [{ kind: "link", url: "github.com/x" }, { kind: "quote", quote: "" }])
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"].size).to eq(2)
      ask
      ask
      expect(response.status).to eq(409)
      expect(response.parsed_body["errors"]).to eq(
        [I18n.t("discourse_mediation.errors.elsewhere.already_asked")],
      )
    end

    it "answers someone else's upload as not found, and one too large with the limit" do
      theirs = Fabricate(:upload, user: author)
      ask(pieces: [{ kind: "upload", upload_id: theirs.id }])
      expect(response.status).to eq(404)
      expect(response.body).not_to include(theirs.original_filename)
      SiteSetting.mediation_evidence_max_upload_kb = 64
      screenshot.update!(filesize: 65 * 1024)
      ask
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"].join).to include("64")
      expect(DiscourseMediation::MediationCase.count).to eq(0)
    end

    it "refuses naming oneself, and anyone signed out" do
      sign_in(member)
      post "/mediation/help-requests/elsewhere.json",
           params: {
             subject_username: member.username,
             where: "Chat",
             happened_on: Date.today.iso8601,
             kind: "other",
             message: "Me",
           },
           as: :json
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"]).to eq(
        [I18n.t("discourse_mediation.errors.elsewhere.oneself")],
      )
      sign_out
      post "/mediation/help-requests/elsewhere.json", params: { subject_username: "x" }
      expect(response.status).to eq(403)
    end
  end

  describe "a mediator opening a case" do
    it "opens it, takes it, and answers with its id; the case page shows where and when" do
      open_as_mediator
      expect(response.status).to eq(200)
      expect(response.parsed_body).to eq("case_id" => mediation_case.id)
      detail = case_page(mediation_case)
      expect(detail).to include(
        "state" => "mediating",
        "conduct_place" => "elsewhere",
        "topic" => nil,
        "post" => nil,
        "conduct_elsewhere" => {
          "where" => "Project chat",
          "happened_on" => 1.day.ago.to_date.iso8601,
        },
        "evidence" => [],
      )
      expect(detail["available_actions"]).to include("add_evidence")
      expect(detail["limits"]).to include(
        "evidence" => 20,
        "evidence_upload_kb" => SiteSetting.mediation_evidence_max_upload_kb,
      )
    end

    it "is refused to members" do
      sign_in(member)
      post "/mediation/cases/elsewhere.json", params: { subject_username: author.username }
      expect(response.status).to eq(403)
      expect(DiscourseMediation::MediationCase.count).to eq(0)
    end

    it "answers an unknown person and the mediator themselves with a reason" do
      open_as_mediator(subject_username: "nobody_here")
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"]).to eq(
        [I18n.t("discourse_mediation.errors.elsewhere.no_such_person")],
      )
      open_as_mediator(subject_username: mediator.username)
      expect(response.status).to eq(422)
      open_as_mediator(happened_on: 3.days.from_now.to_date.iso8601)
      expect(response.parsed_body["errors"]).to eq(
        [I18n.t("discourse_mediation.errors.elsewhere.date_in_future")],
      )
    end
  end

  describe "adding and removing evidence" do
    before { open_as_mediator }

    let(:path) { "/mediation/cases/#{mediation_case.id}/evidence.json" }

    it "adds a piece and answers the case page; removes it again" do
      sign_in(mediator)
      post path, params: { kind: "link", url: "https://lists.example.org/msg/1", note: "The list" }
      expect(response.status).to eq(200)
      pieces = response.parsed_body["mediation_case"]["evidence"]
      expect(pieces.map { _1.slice("kind", "url", "note", "from_request") }).to eq(
        [
          {
            "kind" => "link",
            "url" => "https://lists.example.org/msg/1",
            "note" => "The list",
            "from_request" => false,
          },
        ],
      )
      expect(pieces.first.dig("added_by", "username")).to eq(mediator.username)
      timeline = response.parsed_body["mediation_case"]["timeline"]
      expect(timeline.last).to include("action" => "evidence_added", "data" => { "kind" => "link" })

      delete "/mediation/cases/#{mediation_case.id}/evidence/#{pieces.first["id"]}.json"
      expect(response.status).to eq(200)
      expect(response.parsed_body["mediation_case"]["evidence"]).to eq([])
      delete "/mediation/cases/#{mediation_case.id}/evidence/#{pieces.first["id"]}.json"
      expect(response.status).to eq(404)
    end

    it "reads the case page in as many queries with one piece as with many" do
      sign_in(mediator)
      add_upload = -> do
        post path, params: { kind: "upload", upload_id: Fabricate(:upload, user: mediator).id }
      end
      add_upload.call
      one = track_sql_queries { get "/mediation/cases/#{mediation_case.id}.json" }.count
      2.times { add_upload.call }
      post path, params: { kind: "quote", quote: "One" }
      many = track_sql_queries { get "/mediation/cases/#{mediation_case.id}.json" }.count
      expect(response.parsed_body["mediation_case"]["evidence"].size).to eq(4)
      expect(many).to eq(one)
    end

    it "says why it refuses a piece" do
      sign_in(mediator)
      post path, params: { kind: "link", url: "javascript:alert(1)" }
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"]).to eq(
        [I18n.t("discourse_mediation.errors.evidence.not_a_link")],
      )
      post path, params: { kind: "upload", upload_id: screenshot.id }
      expect(response.status).to eq(404)
      expect(response.body).not_to include("members-secret-name")
    end

    it "answers the same piece sent again with 409, keeping one" do
      sign_in(mediator)
      piece = { kind: "quote", quote: "Nobody wants you here." }
      2.times { post path, params: piece }
      expect(response.status).to eq(409)
      expect(response.parsed_body["errors"]).to eq(
        [I18n.t("discourse_mediation.errors.evidence.already_on_case")],
      )
      expect(mediation_case.evidence.where(kind: "quote", quote: piece[:quote]).count).to eq(1)
    end

    it "is the case's mediator's or a moderator's, nobody else's" do
      sign_in(other_mediator)
      post path, params: { kind: "quote", quote: "x" }
      expect(response.status).to eq(403)
      sign_in(author)
      post path, params: { kind: "quote", quote: "x" }
      expect(response.status).to eq(403)
      sign_in(moderator)
      post path, params: { kind: "quote", quote: "x" }
      expect(response.status).to eq(200)
    end

    it "is not offered, and refused, on a case about a post" do
      forum_post = Fabricate(:post, user: author)
      ask_for_help(forum_post, by: member)
      forum_case = DiscourseMediation::MediationCase.last
      DiscourseMediation::Case::Claim.call(
        params: {
          case_id: forum_case.id,
        },
        guardian: mediator.guardian,
      )
      expect(case_page(forum_case)["available_actions"]).not_to include("add_evidence")
      post "/mediation/cases/#{forum_case.id}/evidence.json", params: { kind: "quote", quote: "x" }
      expect(response.status).to eq(422)
    end
  end

  describe "who reads a piece, its upload and who gave it" do
    it "shows the mediators each piece, the upload's own name, and not the member who did not agree to be named" do
      ask
      detail = case_page(mediation_case)
      pieces = detail["evidence"]
      expect(pieces.map { _1["kind"] }).to eq(%w[link quote upload])
      expect(pieces.map { _1["from_request"] }.uniq).to eq([true])
      expect(pieces.map { _1["added_by"] }.uniq).to eq([nil])
      expect(pieces.last["original_filename"]).to eq("members-secret-name.png")
      expect(pieces.last["upload"]).to include(
        "url" => UrlHelper.cook_url(screenshot.url),
        "extension" => "png",
        "filesize" => 2048,
        "image" => true,
      )
      expect(response.body).not_to include(member.username)
    end

    it "names the member who agreed to be named" do
      ask(consent: true)
      pieces = case_page(mediation_case)["evidence"]
      expect(pieces.map { _1.dig("added_by", "username") }.uniq).to eq([member.username])
    end

    it "shows the case page to nobody but mediators and staff" do
      ask
      [member, author, Fabricate(:user)].each do |reader|
        sign_in(reader)
        get "/mediation/cases/#{mediation_case.id}.json"
        expect(response.status).to eq(403)
        expect(response.body).not_to include(quote_text)
      end
    end

    it "keeps evidence off the member's own list of requests" do
      ask
      get "/mediation/help-requests.json"
      expect(response.status).to eq(200)
      expect(response.body).not_to include(quote_text)
      expect(response.body).not_to include("members-secret-name")
    end

    it "cites each piece in the report the person concerned reads, never who gave it or the file's own name" do
      ask
      escalate(mediation_case, mediator:)
      submit_complete_report(mediation_case, mediator:, recommended: %w[formal_warning])
      expect(mediation_case.state).to eq("awaiting_statements")
      sign_in(author)
      get "/mediation/cases/#{mediation_case.id}/statement.json"
      expect(response.status).to eq(200)
      report = response.parsed_body.dig("statement_page", "report")
      expect(report["conduct_elsewhere"]).to eq(
        "where" => "Review of pull request 4121",
        "happened_on" => 2.days.ago.to_date.iso8601,
      )
      expect(report["evidence"].map(&:keys).uniq).to eq([%w[kind url quote upload note]])
      expect(report["evidence"].map { _1["quote"] }).to include(quote_text)
      expect(report["evidence"].last["upload"]).to eq(
        "url" => UrlHelper.cook_url(screenshot.url),
        "extension" => "png",
        "filesize" => 2048,
        "image" => true,
      )
      %W[members-secret-name #{member.username} from_request added_by original_filename].each do
        expect(response.body).not_to include(_1)
      end
    end

    it "keeps the timeline to the kind of each piece" do
      ask
      open_as_mediator(subject_username: member.username)
      sign_in(mediator)
      other = DiscourseMediation::MediationCase.last
      post "/mediation/cases/#{other.id}/evidence.json",
           params: {
             kind: "quote",
             quote: "A secret quote",
           }
      timeline = response.parsed_body["mediation_case"]["timeline"]
      expect(timeline.last["data"]).to eq("kind" => "quote")
      expect(timeline.to_json).not_to include("A secret quote")
    end
  end
end
