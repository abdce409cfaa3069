# frozen_string_literal: true

# Runs in Discourse's plugin CI (it needs a running Discourse).
RSpec.describe Jobs::DiscourseMediation::NotifyMediatorsOfHelpRequest do
  fab!(:member) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  fab!(:post)

  before do
    enable_current_plugin
    SiteSetting.mediation_mediator_groups = mediators.id.to_s
    SiteSetting.mediation_request_allowed_groups = Group::AUTO_GROUPS[:trust_level_1].to_s
  end

  def request_help(user, kind: "deescalate", on: post)
    DiscourseMediation::HelpRequest::Create.call(
      params: {
        post_id: on.id,
        kind:,
        message: "Look",
      },
      guardian: user.guardian,
    ).help_request
  end

  it "sends the mediator group a private message that does not name the requester" do
    help_request = request_help(member)
    described_class.new.execute(help_request_id: help_request.id)

    message = Topic.find(help_request.mediation_case.reload.mediators_topic_id)
    expect(message.private_message?).to eq(true)
    expect(message.allowed_groups).to contain_exactly(mediators)
    expect(message.first_post.raw).not_to include(member.username)
  end

  it "adds moderators when the request is urgent" do
    help_request = request_help(member, kind: "unsafe")
    described_class.new.execute(help_request_id: help_request.id)

    message = Topic.find(help_request.mediation_case.reload.mediators_topic_id)
    expect(message.allowed_groups.map(&:id)).to include(Group::AUTO_GROUPS[:moderators])
  end

  it "replies to the same message for a second request on the case" do
    first = request_help(member)
    described_class.new.execute(help_request_id: first.id)
    other = Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true)
    second = request_help(other, on: Fabricate(:post, topic: post.topic))

    expect { described_class.new.execute(help_request_id: second.id) }.not_to change {
      Topic.private_messages.count
    }
    expect(Topic.find(first.mediation_case.reload.mediators_topic_id).posts.count).to eq(2)
  end
end
