# frozen_string_literal: true

require_relative "pg_helper"

# What the admin dashboard says is still missing, in the quick start's order.
RSpec.describe DiscourseMediation::SetupProblems do
  before { configure_mediation }

  it "finds nothing to say about a site set up as the README says" do
    add_voters(3)
    mediator
    expect(described_class.all).to eq([])
    expect(ProblemCheck::MediationSetup.call).to eq([])
  end

  it "names each missing piece, first things first" do
    expect(described_class.all).to eq(%i[no_mediators no_voters])
    mediator
    add_voters(1)
    SiteSetting.mediation_reports_category = ""
    expect(described_class.all).to eq(%i[no_reports_category])
  end

  it "warns when the reports category would publish reports" do
    mediator
    add_voters(1)
    reports_category.update!(read_restricted: false)
    expect(described_class.all).to eq(%i[reports_category_public])
  end

  it "warns when a mediator may not send private messages" do
    mediator
    add_voters(1)
    SiteSetting.personal_message_enabled_groups = Group::AUTO_GROUPS[:trust_level_4].to_s
    expect(described_class.all).to eq(%i[mediators_cannot_message])
  end

  it "shows the first problem on the dashboard, with a link to the settings" do
    problem = ProblemCheck::MediationSetup.call.first
    expect(problem.message).to include("no mediators", "/admin/site_settings/category/discourse_mediation")
    expect(problem.priority).to eq("high")
  end

  it "says nothing while mediation is turned off" do
    SiteSetting.mediation_enabled = false
    expect(described_class.all).to eq([])
  end
end
