# frozen_string_literal: true

require_relative "../support/mediation_case_steps"

# Runs in Discourse's plugin CI (it needs a running Discourse and a browser).
describe "Mediation | Asking for help" do
  include MediationCaseSteps

  let(:help_modal) { PageObjects::Modals::MediationHelp.new }
  let(:my_requests) { PageObjects::Pages::MediationMyRequests.new }

  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  fab!(:member) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:topic)
  fab!(:post) { Fabricate(:post, topic:) }

  before do
    configure_mediation(mediators:)
    sign_in(member)
  end

  it "sends a request from the post menu and shows it on My help requests" do
    visit("/t/#{topic.slug}/#{topic.id}")

    help_modal
      .open_for(post)
      .choose_kind("deescalate")
      .fill_message("It is getting heated.")
      .send_request

    expect(help_modal).to have_sent
    help_modal.go_to_my_requests

    expect(my_requests).to have_request_on(topic)
    expect(DiscourseMediation::HelpRequest.where(user_id: member.id).count).to eq(1)
  end
end
