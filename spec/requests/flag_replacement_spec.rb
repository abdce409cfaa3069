# frozen_string_literal: true

# Runs in Discourse's plugin CI (it needs a running Discourse).
RSpec.describe "Conduct flags when “I need help” replaces the flag button" do
  fab!(:member) { Fabricate(:user, trust_level: TrustLevel[2], refresh_auto_groups: true) }
  fab!(:moderator)
  fab!(:topic_post, :post)

  before do
    enable_current_plugin
    SiteSetting.mediation_replace_flag = true
  end

  def flag(type)
    post "/post_actions.json",
         params: {
           id: topic_post.id,
           post_action_type_id: PostActionType.types[type],
         }
  end

  it "refuses a member's inappropriate flag, so crowd auto-hide cannot happen" do
    sign_in(member)
    flag(:inappropriate)
    expect(response.status).to eq(403)
    expect(topic_post.reload.hidden).to eq(false)
  end

  it "refuses a member's off-topic flag" do
    sign_in(member)
    flag(:off_topic)
    expect(response.status).to eq(403)
  end

  it "keeps the spam flag working for members" do
    sign_in(member)
    flag(:spam)
    expect(response.status).to eq(200)
  end

  it "keeps every flag for staff" do
    sign_in(moderator)
    flag(:inappropriate)
    expect(response.status).to eq(200)
  end

  it "gives members their flags back when the setting is off" do
    SiteSetting.mediation_replace_flag = false
    sign_in(member)
    flag(:inappropriate)
    expect(response.status).to eq(200)
  end

  it "tells the front end per post what the server decided" do
    SiteSetting.mediation_request_allowed_groups = Group::AUTO_GROUPS[:trust_level_1].to_s
    sign_in(member)
    get "/t/#{topic_post.topic_id}.json"
    serialized = response.parsed_body["post_stream"]["posts"].first
    expect(serialized["can_request_mediation"]).to eq(true)
    expect(serialized["mediation_replaces_flag"]).to eq(true)
  end
end
