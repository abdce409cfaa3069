# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/case/stage_targets"

RSpec.describe DiscourseMediation::Rules::Case::StageTargets do
  let(:started) { Time.utc(2026, 11, 1, 12) }

  it "gives mediating, the report and carrying out a target, and nothing else" do
    expect(described_class::STATES).to eq(%i[mediating report_draft decided])
    %i[requested awaiting_statements voting resolved closed].each do |state|
      expect(described_class.due_at(state:, started_at: started, days: 3)).to be_nil
    end
  end

  it "counts the target in whole days from the start of the stage" do
    expect(described_class.due_at(state: "mediating", started_at: started, days: 14)).to eq(
      Time.utc(2026, 11, 15, 12),
    )
  end

  it "is overdue only once the target has passed" do
    due = Time.utc(2026, 11, 4, 12)
    expect(described_class.overdue?(state: :decided, started_at: started, days: 3, now: due)).to eq(
      false,
    )
    expect(
      described_class.overdue?(state: :decided, started_at: started, days: 3, now: due + 1),
    ).to eq(true)
    expect(
      described_class.overdue?(state: :voting, started_at: started, days: 3, now: due + 86_400),
    ).to eq(false)
  end

  it "has no date for a stage whose start is unknown" do
    expect(described_class.due_at(state: :mediating, started_at: nil, days: 14)).to be_nil
  end

  it "reminds the mediator about mediating and the report, and the moderators about carrying out" do
    expect(%i[mediating report_draft decided].map { described_class.responsible(_1) }).to eq(
      %i[mediator mediator moderators],
    )
  end
end
