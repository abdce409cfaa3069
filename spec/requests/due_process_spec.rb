# frozen_string_literal: true

require_relative "../support/mediation_case_steps"

# Runs in Discourse's plugin CI (it needs a running Discourse).
RSpec.describe "Due process" do
  include MediationCaseSteps

  fab!(:admin)
  fab!(:moderator)
  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  fab!(:mediator) { Fabricate(:user, groups: [mediators]) }
  fab!(:requester) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:affected, :user)
  fab!(:bystander, :user)
  fab!(:author, :user)
  fab!(:topic)
  fab!(:topic_post) { Fabricate(:post, topic:, user: author) }
  # A ballot opens only with a roll that can reach its quorum and minimum.
  fab!(:voters) { Fabricate(:group, name: "voters") }
  fab!(:voter_list) { Array.new(3) { Fabricate(:user, groups: [voters]) } }

  let(:mediation_case) { DiscourseMediation::MediationCase.last }

  def messages_to(user)
    Topic.private_messages.where(id: TopicAllowedUser.where(user_id: user.id).select(:topic_id))
  end

  before { configure_mediation(mediators:, voters:) }

  def escalated_case(urgent: false)
    ask_for_help(topic_post, by: requester, kind: urgent ? "unsafe" : "deescalate")
    mediation_case.people.create!(user: affected)
    escalate(mediation_case, mediator:)
  end

  let(:complete_report) do
    {
      what_happened: "Insults in three replies.",
      mediation_course: "A public note, then a private conversation.",
      why_unresolved: "The insults continued.",
      cited_keys: ["personal-attacks"],
      recommended_keys: %w[suspension formal_warning],
      affected_user_ids: [affected.id],
    }
  end

  def submit_report
    sign_in(mediator)
    put "/mediation/cases/#{mediation_case.id}/report.json", params: complete_report
    post "/mediation/cases/#{mediation_case.id}/report/submit.json"
    mediation_case.reload
  end

  describe "the published list" do
    it "is public, current items only" do
      DiscourseMediation::Behaviour.find_by(key: "threats").update!(retired_at: Time.zone.now)
      get "/mediation/published-list.json"
      expect(response.status).to eq(200)
      keys = response.parsed_body["items"].map { _1["key"] }
      expect(keys).to include("personal-attacks")
      expect(keys).not_to include("threats")
      expect(response.parsed_body["ladder"].first["key"]).to eq("no_action")
    end

    it "shows admins retired items and every version" do
      DiscourseMediation::Behaviour.find_by(key: "threats").update!(retired_at: Time.zone.now)
      sign_in(admin)
      get "/mediation/admin/published-list.json"
      threats = response.parsed_body["items"].find { _1["key"] == "threats" }
      expect(threats["retired"]).to eq(true)
      expect(threats["versions"].map { _1["version"] }).to eq([1])
    end

    it "can be edited by admins only" do
      sign_in(moderator)
      put "/mediation/admin/published-list/threats.json", params: { title: "T", description: "D" }
      expect(response.status).to eq(403)
    end

    it "keeps every version, and a case keeps the text it cited" do
      escalated_case
      submit_report
      sign_in(admin)
      put "/mediation/admin/published-list/personal-attacks.json",
          params: {
            title: "Personal attacks",
            description: "A new wording.",
          }
      expect(response.status).to eq(200)
      behaviour = DiscourseMediation::Behaviour.find_by(key: "personal-attacks")
      expect(behaviour.version).to eq(2)
      expect(behaviour.versions.pluck(:version)).to eq([1, 2])
      citation = mediation_case.report.citations.first
      expect(citation.version).to eq(1)
      expect(citation.description).not_to eq("A new wording.")
    end

    it "refuses an id that was used before, even if retired" do
      sign_in(admin)
      post "/mediation/admin/published-list.json",
           params: {
             key: "threats",
             title: "T",
             description: "D",
           }
      expect(response.status).to eq(409)
    end

    it "retires and restores an item without changing it" do
      sign_in(admin)
      put "/mediation/admin/published-list/threats/retire.json"
      expect(DiscourseMediation::Behaviour.find_by(key: "threats").retired?).to eq(true)
      put "/mediation/admin/published-list/threats/restore.json"
      expect(DiscourseMediation::Behaviour.find_by(key: "threats").retired?).to eq(false)
    end

    it "refuses an order that does not list every current item once" do
      sign_in(admin)
      put "/mediation/admin/published-list/order.json", params: { keys: %w[threats] }
      expect(response.status).to eq(422)
    end
  end

  describe "the ladder" do
    let(:steps) do
      DiscourseMediation::LadderStep.in_order.map do
        DiscourseMediation::LadderStepSerializer.new(_1, root: false).as_json
      end
    end

    it "refuses a step without an end or a review, and one before No action" do
      sign_in(admin)
      put "/mediation/admin/ladder.json",
          params: {
            steps: steps + [{ key: "forever", kind: "suspension", title: "Forever" }],
          },
          as: :json
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"].first).to include("no step is open-ended")

      put "/mediation/admin/ladder.json", params: { steps: steps.rotate }, as: :json
      expect(response.status).to eq(422)
    end

    it "saves a sound ladder and keeps No action's words" do
      sign_in(admin)
      edited = steps.map { _1[:key] == "no_action" ? _1.merge(title: "Renamed") : _1 }
      edited[2] = edited[2].merge(review_days: 30)
      put "/mediation/admin/ladder.json", params: { steps: edited }, as: :json
      expect(response.status).to eq(200)
      expect(DiscourseMediation::LadderStep.find_by(key: "no_action").title).to eq("No action")
      expect(DiscourseMediation::LadderStep.find_by(key: edited[2][:key]).review_days).to eq(30)
    end
  end

  describe "the report" do
    before { escalated_case }

    it "saves an incomplete draft, but nothing that is not on the list or the ladder" do
      sign_in(mediator)
      put "/mediation/cases/#{mediation_case.id}/report.json", params: { what_happened: "Facts" }
      expect(response.status).to eq(200)
      put "/mediation/cases/#{mediation_case.id}/report.json", params: { cited_keys: ["made-up"] }
      expect(response.status).to eq(422)
    end

    it "names as affected only people involved, never the author" do
      sign_in(mediator)
      put "/mediation/cases/#{mediation_case.id}/report.json",
          params: {
            affected_user_ids: [author.id],
          }
      expect(response.status).to eq(422)
      put "/mediation/cases/#{mediation_case.id}/report.json",
          params: {
            affected_user_ids: [bystander.id],
          }
      expect(response.status).to eq(422)
    end

    it "says what is missing when submitted incomplete" do
      sign_in(mediator)
      put "/mediation/cases/#{mediation_case.id}/report.json", params: { what_happened: "Facts" }
      post "/mediation/cases/#{mediation_case.id}/report/submit.json"
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"].first).to include("the course of mediation")
      expect(mediation_case.reload.state).to eq("report_draft")
    end

    it "opens the statement window and tells the person concerned when complete" do
      freeze_time
      submit_report
      expect(response.status).to eq(200)
      expect(mediation_case.state).to eq("awaiting_statements")
      expect(mediation_case.statement_deadline_at).to eq_time(7.days.from_now)
      expect(mediation_case.report.citations.pluck(:behaviour_key)).to eq(["personal-attacks"])
      expect(mediation_case.report.recommended_keys).to eq(%w[formal_warning suspension])
      expect(
        job_enqueued?(
          job: Jobs::DiscourseMediation::SendMediationReportNotices,
          args: {
            case_id: mediation_case.id,
          },
        ),
      ).to eq(true)
    end

    it "is not for members" do
      sign_in(requester)
      put "/mediation/cases/#{mediation_case.id}/report.json", params: complete_report
      expect(response.status).to eq(403)
    end
  end

  describe "notices" do
    it "sends the person concerned the cited text and the deadline, once" do
      escalated_case
      submit_report
      2.times do
        Jobs::DiscourseMediation::SendMediationReportNotices.new.execute(case_id: mediation_case.id)
      end
      notices = messages_to(author)
      expect(notices.count).to eq(1)
      body = notices.first.first_post.raw
      expect(body).to include(mediation_case.report.citations.first.description)
      expect(body).to include("No action")
      expect(messages_to(affected).count).to eq(1)
    end
  end

  describe "statements" do
    before do
      escalated_case
      submit_report
    end

    it "lets the person concerned send one statement, then refuses a second" do
      sign_in(author)
      post "/mediation/cases/#{mediation_case.id}/statement.json", params: { raw: "My side" }
      expect(response.status).to eq(200)
      expect(response.parsed_body.dig("statement_page", "my_statement", "raw")).to eq("My side")
      post "/mediation/cases/#{mediation_case.id}/statement.json", params: { raw: "Again" }
      expect(response.status).to eq(409)
    end

    it "refuses someone who is not concerned, without saying whether the case exists" do
      sign_in(bystander)
      get "/mediation/cases/#{mediation_case.id}/statement.json"
      expect(response.status).to eq(404)
      post "/mediation/cases/#{mediation_case.id}/statement.json", params: { raw: "Me too" }
      expect(response.status).to eq(404)
      post "/mediation/cases/#{mediation_case.id}/statement/decline.json"
      expect(response.status).to eq(404)
      post "/mediation/cases/#{mediation_case.id + 1000}/statement/decline.json"
      expect(response.status).to eq(404)
    end

    it "answers a mediator who withdrew their own request on the case as if the case were not there" do
      mediator_requester = Fabricate(:user, groups: [mediators], refresh_auto_groups: true)
      request =
        DiscourseMediation::HelpRequest.create!(
          case_id: mediation_case.id,
          user: mediator_requester,
          post: topic_post,
          kind: "deescalate",
        )
      request.update!(withdrawn_at: Time.zone.now)
      sign_in(mediator_requester)
      post "/mediation/cases/#{mediation_case.id}/notes.json", params: { raw: "A note" }
      expect(response.status).to eq(404)
      post "/mediation/cases/#{mediation_case.id + 1000}/notes.json", params: { raw: "A note" }
      expect(response.status).to eq(404)
    end

    it "refuses a statement after the deadline" do
      mediation_case.update!(statement_deadline_at: 1.minute.ago)
      sign_in(author)
      post "/mediation/cases/#{mediation_case.id}/statement.json", params: { raw: "Late" }
      expect(response.status).to eq(409)
    end

    it "lets an affected person decline, but not the person concerned" do
      sign_in(affected)
      post "/mediation/cases/#{mediation_case.id}/statement/decline.json"
      expect(response.status).to eq(200)
      sign_in(author)
      post "/mediation/cases/#{mediation_case.id}/statement/decline.json"
      expect(response.status).to eq(403)
    end

    it "grants one extension, counted from the deadline" do
      deadline = mediation_case.statement_deadline_at
      sign_in(author)
      post "/mediation/cases/#{mediation_case.id}/extension.json", params: { reason: "Travelling" }
      expect(response.status).to eq(200)
      post "/mediation/cases/#{mediation_case.id}/extension.json", params: { reason: "Again" }
      expect(response.status).to eq(409)

      sign_in(mediator)
      put "/mediation/cases/#{mediation_case.id}/extension.json",
          params: {
            decision: "granted",
            reason: "Mine",
          }
      expect(response.status).to eq(403)

      sign_in(moderator)
      put "/mediation/cases/#{mediation_case.id}/extension.json",
          params: {
            decision: "granted",
            reason: "Fair",
          }
      expect(response.status).to eq(200)
      expect(mediation_case.reload.statement_deadline_at).to eq_time(deadline + 7.days)
      put "/mediation/cases/#{mediation_case.id}/extension.json",
          params: {
            decision: "declined",
            reason: "No",
          }
      expect(response.status).to eq(409)
    end

    it "opens the vote when the person concerned waives the window" do
      sign_in(author)
      post "/mediation/cases/#{mediation_case.id}/waive.json"
      expect(response.status).to eq(200)
      expect(mediation_case.reload.state).to eq("voting")
      expect(mediation_case.waived_at).to be_present
    end

    it "does not let an affected person waive the window" do
      sign_in(affected)
      post "/mediation/cases/#{mediation_case.id}/waive.json"
      expect(response.status).to eq(403)
    end
  end

  describe "the statement-window job" do
    before do
      escalated_case
      submit_report
    end

    it "reminds once in the last day, and opens the vote once after the deadline" do
      freeze_time(mediation_case.statement_deadline_at - 12.hours)
      expect {
        2.times { Jobs::DiscourseMediation::MediationStatementWindows.new.execute({}) }
      }.to change { messages_to(author).count }.by(1)

      freeze_time(mediation_case.statement_deadline_at + 1.minute)
      2.times { Jobs::DiscourseMediation::MediationStatementWindows.new.execute({}) }
      expect(mediation_case.reload.state).to eq("voting")
      expect(mediation_case.events.where(action: "open_vote").count).to eq(1)
    end
  end

  describe "interim suspension" do
    it "silences by default, so that the person concerned can still respond" do
      escalated_case(urgent: true)
      submit_report
      sign_in(moderator)
      post "/mediation/cases/#{mediation_case.id}/interim-suspension.json",
           params: {
             reason: "Safety",
           }
      expect(author.reload.silenced_till).to be_present
      expect(author.suspended_till).to be_nil
      expect(author.posts.where(hidden: true)).to be_empty

      sign_in(author)
      post "/mediation/cases/#{mediation_case.id}/statement.json", params: { raw: "My side" }
      expect(response.status).to eq(200)
    end

    it "is for urgent cases, by moderators, and ends after the ballot plus grace" do
      SiteSetting.mediation_interim_measure = "suspend"
      escalated_case(urgent: true)
      submit_report

      sign_in(mediator)
      post "/mediation/cases/#{mediation_case.id}/interim-suspension.json",
           params: {
             reason: "Safety",
           }
      expect(response.status).to eq(403)

      sign_in(moderator)
      post "/mediation/cases/#{mediation_case.id}/interim-suspension.json",
           params: {
             reason: "Safety",
           }
      expect(response.status).to eq(200)
      expected_end =
        mediation_case.statement_deadline_at + SiteSetting.mediation_ballot_hours.hours +
          SiteSetting.mediation_interim_grace_hours.hours
      expect(author.reload.suspended_till).to eq_time(expected_end)

      post "/mediation/cases/#{mediation_case.id}/interim-suspension.json",
           params: {
             reason: "Again",
           }
      expect(response.status).to eq(409)

      # A granted extension moves the vote, and the suspension's end with it.
      DiscourseMediation::Statement::RequestExtension.call(
        params: {
          case_id: mediation_case.id,
          reason: "Travelling",
        },
        guardian: Guardian.new(author),
      )
      sign_in(moderator)
      put "/mediation/cases/#{mediation_case.id}/extension.json",
          params: {
            decision: "granted",
            reason: "Fair",
          }
      expect(author.reload.suspended_till).to eq_time(
        expected_end + SiteSetting.mediation_extension_days.days,
      )
    end

    it "refuses a case that is not urgent" do
      escalated_case
      sign_in(moderator)
      post "/mediation/cases/#{mediation_case.id}/interim-suspension.json",
           params: {
             reason: "Safety",
           }
      expect(response.status).to eq(422)
    end
  end
end
