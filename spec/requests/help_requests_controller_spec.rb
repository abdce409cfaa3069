# frozen_string_literal: true

# Runs in Discourse's plugin CI (it needs a running Discourse).
RSpec.describe DiscourseMediation::HelpRequestsController do
  fab!(:member) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:newcomer) { Fabricate(:user, trust_level: TrustLevel[0], refresh_auto_groups: true) }
  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  fab!(:topic)
  fab!(:topic_post) { Fabricate(:post, topic:) }

  # The keys of `MyHelpRequest` in assets/javascripts/discourse/lib/types.ts
  let(:my_help_request_keys) do
    %w[
      id
      kind
      status
      created_at
      topic_title
      post_url
      conduct_place
      can_withdraw
      outcome_note
      next_step
    ]
  end

  let(:params) do
    {
      post_id: topic_post.id,
      kind: "deescalate",
      message: "It is getting heated.",
      consent_to_be_named: false,
    }
  end

  before do
    enable_current_plugin
    SiteSetting.mediation_mediator_groups = mediators.id.to_s
    SiteSetting.mediation_request_allowed_groups = Group::AUTO_GROUPS[:trust_level_1].to_s
  end

  describe "#create" do
    it "refuses anonymous visitors" do
      post "/mediation/help-requests.json", params: params
      expect(response.status).to eq(403)
    end

    context "when the help is about an item of the published list" do
      before do
        sign_in(member)
        DiscourseMediation::Defaults.seed!
      end

      it "needs a current item" do
        post "/mediation/help-requests.json", params: params.merge(kind: "breaks_list")
        expect(response.status).to eq(422)
        post "/mediation/help-requests.json",
             params: params.merge(kind: "breaks_list", behaviour_key: "made-up")
        expect(response.status).to eq(422)
      end

      it "keeps the item with the request" do
        post "/mediation/help-requests.json",
             params: params.merge(kind: "breaks_list", behaviour_key: "threats")
        expect(response.status).to eq(200)
        expect(DiscourseMediation::HelpRequest.last.behaviour_key).to eq("threats")
      end
    end

    context "when signed in as a member" do
      before { sign_in(member) }

      it "opens a case with the request on the timeline" do
        expect { post "/mediation/help-requests.json", params: params }.to change {
          DiscourseMediation::MediationCase.count
        }.by(1)

        expect(response.status).to eq(200)
        expect(response.parsed_body["joined_existing_case"]).to eq(false)
        expect(response.parsed_body["help_request"].keys).to match_array(my_help_request_keys)
        expect(response.parsed_body["help_request"]["status"]).to eq("waiting")

        mediation_case = DiscourseMediation::MediationCase.last
        expect(mediation_case.state).to eq("requested")
        expect(mediation_case.events.pluck(:action)).to eq(["case_opened"])
      end

      it "does not hide the post" do
        post "/mediation/help-requests.json", params: params
        expect(post_record_hidden?).to eq(false)
      end

      it "joins the open case about the same author in the topic instead of opening another" do
        other = Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true)
        other_post = Fabricate(:post, topic:, user: topic_post.user)
        DiscourseMediation::HelpRequest::Create.call(
          params: params.merge(post_id: other_post.id),
          guardian: other.guardian,
        )

        expect { post "/mediation/help-requests.json", params: params }.not_to change {
          DiscourseMediation::MediationCase.count
        }
        expect(response.parsed_body["joined_existing_case"]).to eq(true)
        expect(DiscourseMediation::MediationCase.last.help_requests.count).to eq(2)
      end

      it "opens a case of its own about another author in the same topic" do
        other = Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true)
        DiscourseMediation::HelpRequest::Create.call(
          params: params.merge(post_id: Fabricate(:post, topic:).id),
          guardian: other.guardian,
        )

        expect { post "/mediation/help-requests.json", params: params }.to change {
          DiscourseMediation::MediationCase.count
        }.by(1)
        expect(response.parsed_body["joined_existing_case"]).to eq(false)
      end

      it "marks the case urgent and tells moderators when the member feels unsafe" do
        post "/mediation/help-requests.json", params: params.merge(kind: "unsafe")
        expect(DiscourseMediation::MediationCase.last.urgent).to eq(true)
        expect_job_enqueued(job: Jobs::DiscourseMediation::NotifyMediatorsOfHelpRequest)
      end

      it "refuses a second request by the same member on the same case" do
        post "/mediation/help-requests.json", params: params
        expect { post "/mediation/help-requests.json", params: params }.not_to change {
          DiscourseMediation::HelpRequest.count
        }
        expect(response.status).to eq(409)
        expect(response.parsed_body["errors"]).to eq(
          [I18n.t("discourse_mediation.errors.already_asked")],
        )
      end

      it "refuses requests past the daily limit" do
        SiteSetting.mediation_max_requests_per_day = 1
        post "/mediation/help-requests.json", params: params
        other_post = Fabricate(:post)

        post "/mediation/help-requests.json", params: params.merge(post_id: other_post.id)

        expect(response.status).to eq(422)
        expect(response.parsed_body["errors"].first).to eq(
          I18n.t("discourse_mediation.errors.daily_limit_reached", count: 1),
        )
        expect(DiscourseMediation::MediationCase.count).to eq(1)
      end

      it "refuses a message over the length limit and writes nothing" do
        SiteSetting.mediation_request_message_max_length = 100
        expect {
          post "/mediation/help-requests.json", params: params.merge(message: "a" * 101)
        }.not_to change { DiscourseMediation::MediationCase.count }
        expect(response.status).to eq(422)
        expect(response.parsed_body["errors"]).to include(
          I18n.t("discourse_mediation.errors.message_too_long", count: 100),
        )
      end

      it "refuses an unknown kind of help" do
        post "/mediation/help-requests.json", params: params.merge(kind: "spam")
        expect(response.status).to eq(422)
        expect(response.parsed_body["errors"]).to include(
          I18n.t("discourse_mediation.errors.invalid_kind"),
        )
      end

      it "says a missing post is not found" do
        post "/mediation/help-requests.json", params: params.merge(post_id: -1)
        expect(response.status).to eq(404)
        expect(response.parsed_body["errors"]).to eq(
          [I18n.t("discourse_mediation.errors.post_not_found")],
        )
      end

      it "says a post the member cannot see is not found" do
        secret = Fabricate(:private_category, group: Fabricate(:group))
        hidden_post = Fabricate(:post, topic: Fabricate(:topic, category: secret))
        post "/mediation/help-requests.json", params: params.merge(post_id: hidden_post.id)
        expect(response.status).to eq(404)
      end

      it "refuses help with one's own private message" do
        pm = Fabricate(:private_message_post, user: member)
        post "/mediation/help-requests.json", params: params.merge(post_id: pm.id)
        expect(response.status).to eq(403)
      end

      it "takes help with a private message received only once the member lets the mediators read it" do
        author = Fabricate(:user)
        conversation = Fabricate(:private_message_topic, user: author, recipient: member)
        pm = Fabricate(:post, topic: conversation, user: author)
        post "/mediation/help-requests.json", params: params.merge(post_id: pm.id)
        expect(response.status).to eq(422)
        expect(response.parsed_body["errors"]).to eq(
          [I18n.t("discourse_mediation.errors.private_message_consent")],
        )
        expect(DiscourseMediation::HelpRequest.count).to eq(0)

        post "/mediation/help-requests.json",
             params: params.merge(post_id: pm.id, share_private_message: true)
        expect(response.status).to eq(200)
        expect(DiscourseMediation::MediationCase.last.conduct_place).to eq("private_message")
      end
    end

    it "refuses members outside the allowed groups" do
      sign_in(newcomer)
      post "/mediation/help-requests.json", params: params
      expect(response.status).to eq(403)
      expect(response.parsed_body["errors"]).to eq(
        [I18n.t("discourse_mediation.errors.not_allowed")],
      )
    end
  end

  describe "#index" do
    it "lists only the member's own requests" do
      other = Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true)
      DiscourseMediation::HelpRequest::Create.call(params:, guardian: other.guardian)
      DiscourseMediation::HelpRequest::Create.call(
        params: params.merge(post_id: Fabricate(:post).id),
        guardian: member.guardian,
      )

      sign_in(member)
      get "/mediation/help-requests.json"

      expect(response.status).to eq(200)
      requests = response.parsed_body["help_requests"]
      expect(requests.size).to eq(1)
      expect(requests.first.keys).to match_array(my_help_request_keys)
    end

    it "requires a login" do
      get "/mediation/help-requests.json"
      expect(response.status).to eq(403)
    end
  end

  def post_record_hidden?
    topic_post.reload.hidden
  end
end
