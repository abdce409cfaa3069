# frozen_string_literal: true

require_relative "../pg_helper"

RSpec.describe DiscourseMediation::HelpRequest::Create do
  subject(:result) { described_class.call(params:, guardian: member.guardian) }

  let(:params) do
    { post_id: post.id, kind: "other", message: "  Please look  ", consent_to_be_named: true }
  end

  before { configure_mediation }

  def nothing_written
    [
      DiscourseMediation::MediationCase,
      DiscourseMediation::HelpRequest,
      DiscourseMediation::CaseEvent,
    ].map(&:count)
  end

  context "when the kind is not one the modal offers" do
    let(:params) { { post_id: post.id, kind: "dislike" } }

    it { is_expected.to fail_a_contract }
    it("writes nothing") { expect { result }.not_to change { nothing_written } }
  end

  context "when the message is over the site's limit" do
    let(:params) { { post_id: post.id, kind: "other", message: "é" * 101 } }

    before { SiteSetting.mediation_request_message_max_length = 100 }

    it { is_expected.to fail_a_contract }

    it "counts characters, not bytes" do
      params[:message] = "é" * 100
      expect(result).to run_successfully
    end
  end

  context "when it breaks an item of the published list" do
    let(:params) { { post_id: post.id, kind: "breaks_list", behaviour_key: } }

    context "with an item that is not on the list" do
      let(:behaviour_key) { "made-up" }

      it { is_expected.to fail_a_contract }
    end

    context "with a retired item" do
      let(:behaviour_key) { "threats" }

      before do
        DiscourseMediation::Behaviour.find_by(key: "threats").update!(retired_at: Time.zone.now)
      end

      it { is_expected.to fail_a_contract }
    end

    context "with a current item" do
      let(:behaviour_key) { "threats" }

      it("keeps the item with the request") do
        expect(result.help_request.behaviour_key).to eq("threats")
      end
    end
  end

  context "when the post does not exist" do
    let(:params) { { post_id: -42, kind: "other" } }

    it { is_expected.to fail_to_find_a_model(:post) }
  end

  context "when the post is deleted" do
    before { post.update!(deleted_at: Time.zone.now) }

    it { is_expected.to fail_to_find_a_model(:post) }
  end

  context "when the post is in a category the member cannot read" do
    let(:topic) { Fabricate(:topic, category: Fabricate(:category, read_restricted: true)) }

    it("answers as if there were no post") { is_expected.to fail_to_find_a_model(:post) }
  end

  context "when the post is in a category the member may read but the mediators may not" do
    let(:private_group) { Fabricate(:group) }
    let(:category) { Fabricate(:category, read_restricted: true) }
    let(:topic) { Fabricate(:topic, category:) }

    before do
      CategoryGroup.create!(category:, group: private_group)
      GroupUser.create!(group: private_group, user: member)
    end

    it("refuses, rather than show the post to mediators the category keeps out") do
      is_expected.to fail_a_policy(:mediators_can_read)
    end

    it "goes ahead once the mediator groups may read the category" do
      CategoryGroup.create!(category:, group: mediators)
      expect(result).to run_successfully
    end
  end

  context "when the post is in a private message" do
    let(:topic) { Fabricate(:private_message_topic, user: member, recipient: author) }

    it("asks first to let the mediators read it (private_message_help_pg.rb)") do
      is_expected.to fail_a_policy(:shares_private_message)
    end
  end

  context "when the member is not in an allowed group" do
    before do
      SiteSetting.mediation_request_allowed_groups = Group::AUTO_GROUPS[:trust_level_2].to_s
    end

    it { is_expected.to fail_a_policy(:can_request_help) }
  end

  context "when mediation is turned off" do
    before { SiteSetting.mediation_enabled = false }

    it { is_expected.to fail_a_policy(:can_request_help) }
  end

  context "when the member reached the daily limit" do
    before do
      SiteSetting.mediation_max_requests_per_day = 1
      ask_for_help(on: Fabricate(:post))
    end

    it { is_expected.to fail_a_policy(:within_daily_limit) }

    it "counts only the last 24 hours" do
      travel(25.hours) { expect(result).to run_successfully }
    end
  end

  context "when the member already asked about this author in this topic" do
    before { ask_for_help(on: Fabricate(:post, topic:, user: author)) }

    it { is_expected.to fail_a_policy(:not_asked_twice) }
    it("writes nothing more") { expect { result }.not_to change { nothing_written } }
  end

  context "when the member already asked about another author in this topic" do
    let(:other_author) { Fabricate(:member) }

    before { ask_for_help(on: Fabricate(:post, topic:, user: other_author)) }

    it "opens a case of its own about this author" do
      expect(result).to run_successfully
      expect(result.mediation_case).to have_attributes(subject_id: author.id, topic_id: topic.id)
      expect(
        DiscourseMediation::MediationCase.ongoing.where(topic_id: topic.id).pluck(:subject_id),
      ).to contain_exactly(author.id, other_author.id)
    end
  end

  context "when the case about another author in this topic has been escalated" do
    before { escalate(ask_for_help(on: Fabricate(:post, topic:), by: Fabricate(:member))) }

    it("is not refused: this author's case is still to be mediated") do
      is_expected.to run_successfully
    end
  end

  context "when everything's ok" do
    it { is_expected.to run_successfully }

    it "opens a case on the topic with the author as the person concerned" do
      mediation_case = result.mediation_case
      expect(mediation_case).to have_attributes(
        topic_id: topic.id,
        post_id: post.id,
        subject_id: author.id,
        state: "requested",
        urgent: false,
      )
      expect(mediation_case.people.map { [_1.user_id, _1.subject] }).to eq([[author.id, true]])
    end

    it "stores the request, trimmed, with the member's consent" do
      expect(result.help_request).to have_attributes(
        user_id: member.id,
        kind: "other",
        message: "Please look",
        consent_to_be_named: true,
      )
    end

    it "writes the opening on the timeline and tells the mediators after the commit" do
      expect(result.mediation_case.events.map(&:action)).to eq(["case_opened"])
      expect(
        enqueued_jobs(Jobs::DiscourseMediation::NotifyMediatorsOfHelpRequest).map { _1[:args] },
      ).to eq([{ "help_request_id" => result.help_request.id }])
    end

    context "when a case about the same author is already open on the topic" do
      let!(:existing) do
        ask_for_help(on: Fabricate(:post, topic:, user: author), by: Fabricate(:member))
      end

      it "joins it, though the request is about another of their posts" do
        expect(result.mediation_case.id).to eq(existing.id)
        expect(result.joined_existing_case).to eq(true)
        expect(existing.reload.events.map(&:action)).to eq(%w[case_opened request_added])
      end
    end

    context "when the request is urgent" do
      let(:params) { { post_id: post.id, kind: "unsafe" } }

      it("makes the whole case urgent") { expect(result.mediation_case.reload.urgent).to eq(true) }
    end
  end
end

RSpec.describe DiscourseMediation::HelpRequest::Withdraw do
  subject(:result) { described_class.call(params: { help_request_id: }, guardian: by.guardian) }

  before { configure_mediation }

  let!(:mediation_case) { ask_for_help }
  let(:help_request) { mediation_case.help_requests.first }
  let(:help_request_id) { help_request.id }
  let(:by) { member }

  context "when the request is someone else's" do
    let(:by) { Fabricate(:member) }

    it("answers as if there were none") { is_expected.to fail_to_find_a_model(:help_request) }
  end

  context "when the request was already withdrawn" do
    before { described_class.call(params: { help_request_id: }, guardian: member.guardian) }

    it { is_expected.to fail_a_policy(:withdrawable) }
  end

  context "when the case has been escalated" do
    before { escalate(mediation_case) }

    it { is_expected.to fail_a_policy(:withdrawable) }

    it "keeps the request as it was" do
      result
      expect(help_request.reload.withdrawn_at).to be_nil
    end
  end

  context "when everything's ok" do
    it { is_expected.to run_successfully }

    it "ends the case when nobody else is asking" do
      result
      expect(mediation_case.reload.state).to eq("withdrawn")
      expect(mediation_case.ended_at).to be_present
    end

    it "keeps the case open while another member still asks" do
      ask_for_help(by: Fabricate(:member))
      result
      expect(mediation_case.reload.state).to eq("requested")
      expect(mediation_case.events.map(&:action)).to eq(
        %w[case_opened request_added request_withdrawn],
      )
    end
  end
end
