# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/case/case_roles"

RSpec.describe DiscourseMediation::Rules::Case::CaseRoles do
  def roles(**overrides)
    described_class.for(
      user_id: 7,
      staff: false,
      mediator: false,
      case_mediator_id: nil,
      requester_ids: [],
      subject_ids: [],
      **overrides,
    )
  end

  it "sees an ordinary member as a member" do
    expect(roles).to eq([:member])
  end

  it "sees a mediator who is not assigned as a mediator only" do
    expect(roles(mediator: true, case_mediator_id: 8)).to eq([:mediator])
  end

  it "sees the case's own mediator as its assigned mediator" do
    expect(roles(mediator: true, case_mediator_id: 7)).to eq(%i[mediator assigned_mediator])
  end

  it "does not treat a former mediator who left the groups as assigned" do
    expect(roles(mediator: false, case_mediator_id: 7)).to eq([:member])
  end

  it "lets staff act as moderator and mediator" do
    expect(roles(staff: true)).to eq(%i[moderator mediator])
    expect(roles(staff: true, case_mediator_id: 7)).to eq(%i[moderator mediator assigned_mediator])
  end

  it "knows requesters and subjects" do
    expect(roles(requester_ids: [7])).to eq([:requester])
    expect(roles(subject_ids: [7])).to eq([:subject])
  end

  it "gives someone the case is about or with no mediator role on it" do
    expect(roles(mediator: true, requester_ids: [7])).to eq(%i[requester])
    expect(roles(mediator: true, subject_ids: [7], case_mediator_id: 7)).to eq(%i[subject])
    expect(roles(staff: true, affected_ids: [7])).to eq(%i[affected])
    expect(roles(mediator: true, involved_ids: [7])).to eq(%i[member])
  end

  it "keeps a withdrawn requester from mediating the case they asked about" do
    expect(roles(mediator: true, involved_ids: [7], requester_ids: [])).to eq(%i[member])
  end

  it "gives an anonymous visitor no role" do
    expect(roles(user_id: nil)).to eq([])
  end
end

RSpec.describe DiscourseMediation::Rules::Case::CaseRoles,
               ".for, for the people a report names as affected" do
  it "knows the people a report names as affected" do
    expect(
      described_class.for(
        user_id: 7,
        staff: false,
        mediator: false,
        case_mediator_id: nil,
        affected_ids: [7],
      ),
    ).to eq([:affected])
  end
end
