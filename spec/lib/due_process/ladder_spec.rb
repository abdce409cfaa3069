# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/due_process/ladder"

RSpec.describe DiscourseMediation::Rules::DueProcess::Ladder do
  def step(key, kind = key, duration_days: nil, review_days: nil)
    described_class::Step.new(key:, kind:, duration_days:, review_days:)
  end

  let(:default_ladder) do
    [
      step("no_action"),
      step("private_correction", review_days: 90),
      step("formal_warning", review_days: 180),
      step("cool_down", duration_days: 7),
      step("suspension", duration_days: 30),
      step("long_suspension", duration_days: 365, review_days: 180),
    ]
  end

  it "accepts the default ladder" do
    expect(described_class.errors(default_ladder)).to eq([])
  end

  it "needs No action first" do
    expect(described_class.errors(default_ladder.drop(1))).to include([:no_action_first, 1])
    expect(described_class.errors(default_ladder.rotate)).to include([:no_action_first, 1])
  end

  it "refuses a step with neither an end nor a review date" do
    ladder = default_ladder + [step("forever", "suspension")]
    expect(described_class.errors(ladder)).to eq([[:no_end, 7]])
  end

  it "refuses zero or negative days as an end" do
    ladder = [step("no_action"), step("cool_down", duration_days: 0, review_days: -1)]
    expect(described_class.errors(ladder)).to eq([[:no_end, 2]])
  end

  %w[12 010 0x1f 0b11].each do |key|
    it "refuses the id #{key}, which Discourse's list parameters would turn into a number" do
      expect(
        described_class.errors([step("no_action"), step(key, "cool_down", duration_days: 1)]),
      ).to eq([[:invalid_key, 2]])
    end
  end

  it "accepts ids with digits that do not read as numbers" do
    expect(
      described_class.errors(
        [step("no_action"), step("3-day-cool-down", "cool_down", duration_days: 3)],
      ),
    ).to eq([])
  end

  it "refuses a second No action, an unknown kind, a bad key, a duplicate and more than ten years" do
    ladder = [
      step("no_action"),
      step("again", "no_action", duration_days: 1),
      step("exile", "banishment", duration_days: 1),
      step("Bad Key", "cool_down", duration_days: 1),
      step("again", "cool_down", duration_days: 3651),
    ]
    expect(described_class.errors(ladder)).to eq(
      [
        [:duplicate_keys, nil],
        [:invalid_kind, 2],
        [:invalid_kind, 3],
        [:invalid_key, 4],
        [:too_long, 5],
      ],
    )
  end

  it "accepts coaching only with a duration, its period" do
    ladder = default_ladder + [step("coaching", duration_days: 28)]
    expect(described_class.errors(ladder)).to eq([])
    expect(described_class.errors(default_ladder + [step("coaching", review_days: 30)])).to eq(
      [[:coaching_needs_duration, 7]],
    )
    expect(described_class.errors(default_ladder + [step("coaching")])).to eq(
      [[:no_end, 7], [:coaching_needs_duration, 7]],
    )
  end

  it "offers every step but No action as a sanction" do
    expect(described_class.sanction_keys(default_ladder)).to eq(
      %w[private_correction formal_warning cool_down suspension long_suspension],
    )
  end

  it "puts recommended steps in severity order, dropping unknown and repeated keys" do
    expect(
      described_class.in_severity_order(
        %w[suspension formal_warning ghost suspension],
        default_ladder,
      ),
    ).to eq(%w[formal_warning suspension])
  end
end
