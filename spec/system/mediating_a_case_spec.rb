# frozen_string_literal: true

require_relative "../support/mediation_case_steps"

# Runs in Discourse's plugin CI (it needs a running Discourse and a browser).
describe "Mediation | Mediating a case" do
  include MediationCaseSteps

  let(:queue) { PageObjects::Pages::MediationQueue.new }
  let(:case_page) { PageObjects::Pages::MediationCase.new }
  let(:mediation_case) { DiscourseMediation::MediationCase.last }

  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  fab!(:mediator) { Fabricate(:user, groups: [mediators]) }
  fab!(:requester) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:topic)
  fab!(:post) { Fabricate(:post, topic:) }

  before do
    configure_mediation(mediators:)
    ask_for_help(post, by: requester)
    sign_in(mediator)
  end

  it "claims a case from the queue and resolves it" do
    queue.visit_queue
    expect(queue).to have_case(mediation_case)

    queue.claim(mediation_case)
    expect(page).to have_css(
      ".mediation-notice.is-success",
      text: I18n.t("js.discourse_mediation.queue.claimed", title: topic.title),
    )
    expect(mediation_case.reload.mediator_id).to eq(mediator.id)

    case_page.visit_case(mediation_case).resolve(note: "They talked it through.")

    expect(case_page).to have_state(I18n.t("js.discourse_mediation.case_states.resolved"))
    expect(mediation_case.reload.state).to eq("resolved")
  end
end
