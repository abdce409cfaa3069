# frozen_string_literal: true

require_relative "pg_helper"

# What the admin dashboard says is still missing, in the quick start's order.
RSpec.describe DiscourseMediation::SetupProblems do
  before { configure_mediation }

  it "finds nothing to say about a site set up as the README says" do
    add_voters(3)
    mediator
    appeal_group = Fabricate(:group)
    3.times { Fabricate(:member, groups: [appeal_group]) }
    SiteSetting.mediation_appeal_groups = appeal_group.id.to_s
    expect(described_class.all).to eq([])
    expect(described_class.gentle).to eq([])
    expect(ProblemCheck::MediationSetup.new.run).to be_nil
    expect(ProblemCheck::MediationAppeals.new.run).to be_nil
  end

  describe "without appeal groups" do
    it "waits for the essentials, then names the appeal groups at low priority" do
      expect(described_class.gentle).to eq([])
      expect(ProblemCheck::MediationAppeals.new.run).to be_nil
      mediator
      add_voters(3)
      expect(described_class.all).to eq([])
      expect(described_class.gentle).to eq(%i[no_appeal_groups])
      expect(ProblemCheck::MediationSetup.new.run).to be_nil
      problem = ProblemCheck::MediationAppeals.new.run
      expect(problem.priority).to eq("low")
      expect(problem.message).to include(
        "cannot be appealed",
        "write to the moderators",
        "mediation appeal groups",
        "/admin/site_settings/category/discourse_mediation",
      )
    end

    it "stays quiet while a case waits for a vote that cannot open" do
      mediator
      voter_list = add_voters(3)
      mediation_case = submit_report(ask_for_help)
      GroupUser.where(user_id: voter_list.first.id, group_id: voters.id).delete_all
      succeed(
        DiscourseMediation::Statement::Waive.call(
          params: {
            case_id: mediation_case.id,
          },
          guardian: author.guardian,
        ),
      )
      expect(described_class.all).to eq(%i[too_few_voters votes_held])
      expect(ProblemCheck::MediationAppeals.new.run).to be_nil
    end

    it "says nothing while mediation is turned off" do
      mediator
      add_voters(3)
      SiteSetting.mediation_enabled = false
      expect(described_class.gentle).to eq([])
    end
  end

  it "names each missing piece, first things first" do
    expect(described_class.all).to eq(%i[no_mediators no_voters])
    mediator
    add_voters(3)
    SiteSetting.mediation_reports_category = ""
    expect(described_class.all).to eq(%i[no_reports_category])
  end

  it "warns when the reports category would publish reports" do
    mediator
    add_voters(3)
    reports_category.update!(read_restricted: false)
    expect(described_class.all).to eq(%i[reports_category_public])
  end

  it "warns when a mediator may not send private messages" do
    mediator
    add_voters(3)
    SiteSetting.personal_message_enabled_groups = Group::AUTO_GROUPS[:trust_level_4].to_s
    expect(described_class.all).to eq(%i[mediators_cannot_message])
  end

  it "warns when the voter groups cannot field the minimum number of ballots" do
    mediator
    add_voters(2)
    expect(described_class.all).to eq(%i[too_few_voters])
    add_voters(1)
    expect(described_class.all).to eq([])
  end

  it "warns when appeals are on and the appeal groups could not decide one" do
    mediator
    add_voters(3)
    appeal_group = Fabricate(:group)
    SiteSetting.mediation_appeal_groups = appeal_group.id.to_s
    2.times { Fabricate(:member, groups: [appeal_group]) }
    expect(described_class.all).to eq(%i[appeal_groups_too_small])
    Fabricate(:member, groups: [appeal_group])
    expect(described_class.all).to eq([])
  end

  it "keeps saying a case waits for its vote until the vote opens" do
    mediator
    voter_list = add_voters(3)
    mediation_case = submit_report(ask_for_help)
    GroupUser.where(user_id: voter_list.first.id, group_id: voters.id).delete_all
    succeed(
      DiscourseMediation::Statement::Waive.call(
        params: {
          case_id: mediation_case.id,
        },
        guardian: author.guardian,
      ),
    )
    expect(described_class.all).to eq(%i[too_few_voters votes_held])
    expect(DiscourseMediation::MediationCase.overdue).to include(mediation_case)
    expect(mediation_case.reload.overdue?).to eq(true)

    add_voters(1)
    run_job(Jobs::DiscourseMediation::MediationStatementWindows)
    expect(mediation_case.reload.state).to eq("voting")
    expect(described_class.all).to eq([])
    expect(ProblemCheck::MediationSetup.new.run).to be_nil
  end

  it "shows the first problem on the dashboard, with a link to the settings" do
    problem = ProblemCheck::MediationSetup.new.run
    expect(problem.message).to be_a(String)
    expect(problem.message).to include(
      "no mediators",
      "/admin/site_settings/category/discourse_mediation",
    )
    expect(problem.priority).to eq("high")
  end

  it "says nothing while mediation is turned off" do
    SiteSetting.mediation_enabled = false
    expect(described_class.all).to eq([])
  end
end
