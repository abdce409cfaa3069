# frozen_string_literal: true

# Runs in Discourse's plugin CI (it needs a running Discourse).
RSpec.describe DiscourseMediation::HelpRequest::Create do
  subject(:result) { described_class.call(params:, **dependencies) }

  fab!(:member) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:post)

  let(:dependencies) { { guardian: member.guardian } }
  let(:params) do
    { post_id: post.id, kind: "other", message: "Please look", consent_to_be_named: true }
  end

  before do
    enable_current_plugin
    SiteSetting.mediation_request_allowed_groups = Group::AUTO_GROUPS[:trust_level_1].to_s
  end

  context "when the contract is not valid" do
    let(:params) { { post_id: post.id, kind: "nope" } }

    it { is_expected.to fail_a_contract }
  end

  context "when the post does not exist" do
    let(:params) { { post_id: 0, kind: "other" } }

    it { is_expected.to fail_to_find_a_model(:post) }
  end

  context "when the member may not ask for help" do
    before { SiteSetting.mediation_request_allowed_groups = "" }

    it { is_expected.to fail_a_policy(:can_request_help) }
  end

  context "when the member reached the daily limit" do
    before do
      SiteSetting.mediation_max_requests_per_day = 1
      described_class.call(params: params.merge(post_id: Fabricate(:post).id), **dependencies)
    end

    it { is_expected.to fail_a_policy(:within_daily_limit) }
  end

  context "when the member already asked on this topic" do
    before { described_class.call(params:, **dependencies) }

    it { is_expected.to fail_a_policy(:not_asked_twice) }
  end

  context "when everything's ok" do
    it { is_expected.to run_successfully }

    it "stores the request with the member's consent" do
      expect(result.help_request).to have_attributes(
        user_id: member.id,
        post_id: post.id,
        kind: "other",
        message: "Please look",
        consent_to_be_named: true,
      )
    end

    it "notifies the mediators in the background" do
      result
      expect_job_enqueued(
        job: Jobs::DiscourseMediation::NotifyMediatorsOfHelpRequest,
        args: {
          help_request_id: result.help_request.id,
        },
      )
    end
  end
end
