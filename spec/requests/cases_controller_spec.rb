# frozen_string_literal: true

require_relative "../support/mediation_case_steps"

# Runs in Discourse's plugin CI (it needs a running Discourse).
RSpec.describe DiscourseMediation::CasesController do
  include MediationCaseSteps

  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  # Mediators are members of some standing: their trust level lets them send
  # personal messages (personal_message_enabled_groups).
  fab!(:mediator) { Fabricate(:user, groups: [mediators], refresh_auto_groups: true) }
  fab!(:other_mediator) { Fabricate(:user, groups: [mediators], refresh_auto_groups: true) }
  fab!(:member) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:named_requester) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:author, :user)
  fab!(:topic)
  fab!(:topic_post) { Fabricate(:post, topic:, user: author) }

  let(:mediation_case) { DiscourseMediation::MediationCase.last }

  def ask(user, consent: false, post: topic_post)
    ask_for_help(post, by: user, message: "Heated", consent_to_be_named: consent)
  end

  before do
    configure_mediation(mediators:)
    ask(member)
    ask(named_requester, consent: true)
  end

  describe "#index" do
    it "refuses members who do not mediate" do
      sign_in(member)
      get "/mediation/cases.json"
      expect(response.status).to eq(403)
    end

    it "lists unassigned cases with counts per tab" do
      sign_in(mediator)
      get "/mediation/cases.json", params: { filter: "unassigned" }
      expect(response.status).to eq(200)
      body = response.parsed_body
      expect(body["cases"].map { _1["id"] }).to eq([mediation_case.id])
      expect(body["cases"].first["requests_count"]).to eq(2)
      expect(body["cases"].first["can_claim"]).to eq(true)
      expect(body["counts"]).to include("unassigned" => 1, "mine" => 0, "open" => 1)
    end

    it "makes the same number of queries for one case as for many" do
      sign_in(mediator)
      get "/mediation/cases.json"
      one = track_sql_queries { get "/mediation/cases.json" }.count

      # Five other members: one member may ask only so often a day.
      5.times do
        asker = Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true)
        ask(asker, post: Fabricate(:post, topic: Fabricate(:topic)))
      end
      many = track_sql_queries { get "/mediation/cases.json" }.count
      expect(response.parsed_body["cases"].size).to eq(6)
      expect(many).to eq(one)
    end
  end

  describe "#show" do
    it "names only requesters who consented, on the page and the timeline" do
      sign_in(mediator)
      get "/mediation/cases/#{mediation_case.id}.json"
      detail = response.parsed_body["mediation_case"]
      expect(detail["requesters"].map { _1["user"]&.dig("username") }).to eq(
        [nil, named_requester.username],
      )
      expect(detail["timeline"].first["actor"]).to be_nil
      expect(response.body).not_to include(member.username)
      expect(detail["people"].map { _1.dig("user", "username") }).to eq([author.username])
    end

    it "is not for members" do
      sign_in(member)
      get "/mediation/cases/#{mediation_case.id}.json"
      expect(response.status).to eq(403)
    end

    it "serves the app shell to a member, whose page then says it is for mediators" do
      sign_in(member)
      get "/mediation/cases/#{mediation_case.id}"
      expect(response.status).to eq(200)
      expect(response.body).not_to include(topic_post.raw)
    end
  end

  describe "#claim" do
    it "assigns the case and stops the first-response clock" do
      sign_in(mediator)
      put "/mediation/cases/#{mediation_case.id}/claim.json"
      expect(response.status).to eq(200)
      expect(mediation_case.reload.mediator_id).to eq(mediator.id)
      expect(mediation_case.first_response_at).to be_present
      expect(mediation_case.events.pluck(:action)).to include("claim")
    end

    it "tells the second of two mediators who has the case" do
      DiscourseMediation::Case::Claim.call(
        params: {
          case_id: mediation_case.id,
        },
        guardian: other_mediator.guardian,
      )
      sign_in(mediator)
      put "/mediation/cases/#{mediation_case.id}/claim.json"
      expect(response.status).to eq(409)
      expect(response.parsed_body["errors"].first).to include(other_mediator.username)
      expect(mediation_case.reload.mediator_id).to eq(other_mediator.id)
    end

    it "refuses a member" do
      sign_in(member)
      put "/mediation/cases/#{mediation_case.id}/claim.json"
      expect(response.status).to eq(403)
    end
  end

  context "when the case is being mediated" do
    before do
      DiscourseMediation::Case::Claim.call(
        params: {
          case_id: mediation_case.id,
        },
        guardian: mediator.guardian,
      )
      sign_in(mediator)
    end

    it "assigns it to another mediator, not to a member" do
      put "/mediation/cases/#{mediation_case.id}/assign.json", params: { username: member.username }
      expect(response.status).to eq(422)
      put "/mediation/cases/#{mediation_case.id}/assign.json",
          params: {
            username: other_mediator.username,
          }
      expect(mediation_case.reload.mediator_id).to eq(other_mediator.id)
    end

    it "resolves with a note and tells the requesters" do
      put "/mediation/cases/#{mediation_case.id}/resolve.json",
          params: {
            outcome_note: "Talked it through",
            shareable: true,
          }
      expect(response.status).to eq(200)
      expect(mediation_case.reload.state).to eq("resolved")
      expect(mediation_case.ended_at).to be_present
      expect(
        job_enqueued?(
          job: Jobs::DiscourseMediation::TellRequestersCaseResolved,
          args: {
            case_id: mediation_case.id,
          },
        ),
      ).to eq(true)
    end

    it "refuses to resolve without a note, and a second time" do
      put "/mediation/cases/#{mediation_case.id}/resolve.json", params: { outcome_note: " " }
      expect(response.status).to eq(422)
      put "/mediation/cases/#{mediation_case.id}/resolve.json", params: { outcome_note: "Done" }
      put "/mediation/cases/#{mediation_case.id}/resolve.json", params: { outcome_note: "Done" }
      expect(response.status).to eq(409)
    end

    it "lets only the assigned mediator resolve" do
      sign_in(other_mediator)
      put "/mediation/cases/#{mediation_case.id}/resolve.json", params: { outcome_note: "Done" }
      expect(response.status).to eq(403)
    end

    it "escalates only after contact with the person concerned, or with the reason there was none" do
      put "/mediation/cases/#{mediation_case.id}/escalate.json",
          params: {
            reason: "Insults continued",
          }
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"]).to eq(
        [I18n.t("discourse_mediation.errors.contact_first")],
      )
      expect(mediation_case.reload.state).to eq("mediating")

      put "/mediation/cases/#{mediation_case.id}/escalate.json",
          params: {
            reason: "Insults continued",
            no_contact_reason: "They asked not to be contacted",
          }
      expect(mediation_case.reload).to have_attributes(
        state: "report_draft",
        no_contact_reason: "They asked not to be contacted",
      )
    end

    it "refuses a private reminder without an item of the published list" do
      put "/mediation/cases/#{mediation_case.id}/resolve.json",
          params: {
            outcome_note: "Reminded",
            private_reminder: true,
            reminder_message: "Please keep to the ideas.",
          }
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"]).to eq(
        [I18n.t("discourse_mediation.errors.reminder_needs_items")],
      )
      expect(mediation_case.reload.state).to eq("mediating")
    end

    it "keeps private notes and logs that one was added" do
      post "/mediation/cases/#{mediation_case.id}/notes.json", params: { raw: "Seems new here" }
      expect(mediation_case.notes.pluck(:raw)).to eq(["Seems new here"])
      expect(mediation_case.events.last.data).not_to include("raw")
      post "/mediation/cases/#{mediation_case.id}/notes.json", params: { raw: "x" * 5001 }
      expect(response.status).to eq(422)
    end

    it "adds and removes people, but never the author" do
      extra = Fabricate(:user)
      post "/mediation/cases/#{mediation_case.id}/people.json", params: { username: extra.username }
      expect(mediation_case.people.pluck(:user_id)).to include(extra.id)
      post "/mediation/cases/#{mediation_case.id}/people.json", params: { username: extra.username }
      expect(response.status).to eq(409)
      delete "/mediation/cases/#{mediation_case.id}/people/#{author.id}.json"
      expect(response.status).to eq(422)
      delete "/mediation/cases/#{mediation_case.id}/people/#{extra.id}.json"
      expect(mediation_case.people.pluck(:user_id)).not_to include(extra.id)
    end

    it "opens a private conversation, never with a requester who did not consent" do
      post "/mediation/cases/#{mediation_case.id}/conversation.json",
           params: {
             user_ids: [author.id, member.id],
             title: "Let us talk",
             message: "Hello both of you",
           }
      expect(response.status).to eq(422)

      post "/mediation/cases/#{mediation_case.id}/conversation.json",
           params: {
             user_ids: [author.id, named_requester.id],
             title: "Let us talk",
             message: "Hello both of you",
           }
      expect(response.status).to eq(200)
      conversation = Topic.find_by(title: "Let us talk")
      expect(conversation.private_message?).to eq(true)
      expect(conversation.allowed_users).to include(author, named_requester, mediator)
      expect(conversation.allowed_users).not_to include(member)
    end

    it "cools the topic down with slow mode that ends by itself" do
      post "/mediation/cases/#{mediation_case.id}/cool-down.json",
           params: {
             mode: "slow_mode",
             interval_seconds: 3600,
             hours: 12,
             reason: "Too fast",
           }
      expect(response.status).to eq(200)
      expect(topic.reload.slow_mode_seconds).to eq(3600)
      expect(topic.topic_timers.last.status_type).to eq(TopicTimer.types[:clear_slow_mode])
      expect(mediation_case.events.last.data).to include("reason" => "Too fast")
    end

    it "closes the topic for some hours and reopens it by itself" do
      post "/mediation/cases/#{mediation_case.id}/cool-down.json",
           params: {
             mode: "close",
             hours: 6,
             reason: "Pause",
           }
      expect(topic.reload.closed).to eq(true)
      expect(topic.topic_timers.last.status_type).to eq(TopicTimer.types[:open])
    end

    it "refuses an open-ended cool-down or one without a reason" do
      post "/mediation/cases/#{mediation_case.id}/cool-down.json",
           params: {
             mode: "close",
             hours: 0,
             reason: "",
           }
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"].size).to eq(2)
    end

    it "attaches a further post by its link with a note, says why it refuses one, and takes it off again" do
      other_post = Fabricate(:post, user: author)
      url =
        "#{Discourse.base_url}/t/#{other_post.topic.slug}/#{other_post.topic_id}/#{other_post.post_number}"
      path = "/mediation/cases/#{mediation_case.id}/posts.json"

      post path, params: { url: "last week's thread", note: "Same tone" }
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"]).to eq(
        [I18n.t("discourse_mediation.errors.attached_posts.not_a_post_link")],
      )
      post path, params: { url: "/t/#{other_post.topic_id}/999", note: "Same tone" }
      expect(response.status).to eq(404)
      expect(response.parsed_body["errors"]).to eq(
        [I18n.t("discourse_mediation.errors.attached_posts.not_found")],
      )

      post path, params: { url:, note: "Same tone, a week earlier" }
      expect(response.status).to eq(200)
      attached = response.parsed_body["mediation_case"]["attached_posts"]
      expect(attached.map { _1["post_id"] }).to eq([other_post.id])
      expect(attached.first["note"]).to eq("Same tone, a week earlier")

      post path, params: { url:, note: "Again" }
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"]).to eq(
        [I18n.t("discourse_mediation.errors.attached_posts.already_attached")],
      )

      sign_in(other_mediator)
      delete "/mediation/cases/#{mediation_case.id}/posts/#{attached.first["id"]}.json"
      expect(response.status).to eq(403)
      sign_in(mediator)
      delete "/mediation/cases/#{mediation_case.id}/posts/#{attached.first["id"]}.json"
      expect(response.status).to eq(200)
      expect(response.parsed_body["mediation_case"]["attached_posts"]).to eq([])
      delete "/mediation/cases/#{mediation_case.id}/posts/#{attached.first["id"]}.json"
      expect(response.status).to eq(404)
    end

    it "marks the mediator's posts in the topic" do
      reply =
        PostCreator.create!(mediator, topic_id: topic.id, raw: "Let us take a pause, everyone.")
      expect(reply.custom_fields[DiscourseMediation::MediatorPostMark::FIELD]).to be_present
    end
  end
end

RSpec.describe DiscourseMediation::HelpRequestsController, "#withdraw" do
  include MediationCaseSteps

  fab!(:member) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:other) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:topic_post, :post)

  before do
    enable_current_plugin
    SiteSetting.mediation_request_allowed_groups = Group::AUTO_GROUPS[:trust_level_1].to_s
  end

  def ask(user)
    ask_for_help(topic_post, by: user, kind: "other")[:help_request]
  end

  it "withdraws the request; the case ends when nobody asks any more" do
    mine = ask(member)
    theirs = ask(other)
    sign_in(member)
    put "/mediation/help-requests/#{mine.id}/withdraw.json"
    expect(response.parsed_body.dig("help_request", "status")).to eq("withdrawn")
    expect(mine.mediation_case.reload.state).to eq("requested")

    sign_in(other)
    put "/mediation/help-requests/#{theirs.id}/withdraw.json"
    expect(mine.mediation_case.reload.state).to eq("withdrawn")
  end

  it "does not let anyone withdraw someone else's request, or twice" do
    mine = ask(member)
    sign_in(other)
    put "/mediation/help-requests/#{mine.id}/withdraw.json"
    expect(response.status).to eq(404)

    sign_in(member)
    put "/mediation/help-requests/#{mine.id}/withdraw.json"
    put "/mediation/help-requests/#{mine.id}/withdraw.json"
    expect(response.status).to eq(409)
  end

  it "refuses once the case is escalated" do
    mine = ask(member)
    mine.mediation_case.update!(state: "report_draft")
    sign_in(member)
    put "/mediation/help-requests/#{mine.id}/withdraw.json"
    expect(response.status).to eq(409)
    expect(response.parsed_body["errors"].first).to include("can no longer be withdrawn")
  end
end
